// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

#include <functional>

namespace barntid::bench {

/** One answer and how long it took from sending the request to the last byte. */
struct HttpReply
{
    int status = 0; ///< 0: no HTTP answer at all (see error)
    QByteArray body;
    double ms = 0;
    QString error;
};

/** What a pull of a whole scope brought. */
struct PullTotals
{
    int changes = 0;
    int pages = 0;
    qint64 bytes = 0; ///< response bodies
    double requestMs = 0; ///< request sent to last byte received, summed over the pages
};

/** A device as the server sees it: its own device_id, token and QNetworkAccessManager (so many
 *  devices really run at once). Requests are sent as they are given; no retries. */
class BenchDevice
{
public:
    explicit BenchDevice(const QUrl &server);

    /** Logs in with the demo password; throws std::runtime_error unless 200. */
    void login(const QString &username);
    QString userId() const { return m_userId; }
    QString deviceId() const { return m_deviceId; }

    /** Sends and waits for the answer (runs an event loop). */
    HttpReply post(const QString &path, const QByteArray &body);
    HttpReply get(const QString &path);
    /** Sends and calls done with the answer from the event loop. */
    void postAsync(
        const QString &path, const QByteArray &body, std::function<void(const HttpReply &)> done);
    void getAsync(const QString &path, std::function<void(const HttpReply &)> done);
    /** Logs in without waiting; done gets the answer (the token is kept when it is 200). */
    void loginAsync(const QString &username, std::function<void(const HttpReply &)> done);

    /** Pulls everything from since=0, page by page; throws unless every page is 200. */
    PullTotals pullAll(int limit);

private:
    void keepLogin(const HttpReply &reply);
    QNetworkRequest request(const QString &path) const;
    void sendAsync(bool isPost, const QString &path, const QByteArray &body,
        std::function<void(const HttpReply &)> done);
    HttpReply wait(bool isPost, const QString &path, const QByteArray &body);

    QUrl m_server;
    QString m_deviceId;
    QByteArray m_token;
    QString m_userId;
    QNetworkAccessManager m_network;
};

/** Throws std::runtime_error unless the push answered 200 with every result applied. */
void requireApplied(const HttpReply &reply, int mutations);

} // namespace barntid::bench
