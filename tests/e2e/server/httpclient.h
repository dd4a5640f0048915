// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

namespace e2eserver {

/** What came back for one request; status 0 when no HTTP answer arrived. */
struct HttpResponse
{
    int status = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QByteArray body;
    QByteArray retryAfter;
    QByteArray contentType;
    QByteArray contentDisposition;

    QJsonObject json() const;
    /** error.code of the envelope, or empty. */
    QString errorCode() const;
    /** Exactly {"error":{"code":string,"message":string,…}} with non-empty code and message. */
    bool hasEnvelope() const;
    QByteArray describe() const;
};

/** A small HTTP client over its own QNetworkAccessManager (one per simulated device, so their
 *  requests really run side by side). Synchronous calls spin a local event loop. */
class HttpClient
{
public:
    explicit HttpClient(const QUrl &base = {});

    void setBase(const QUrl &base) { m_base = base; }
    QUrl base() const { return m_base; }
    /** Starts a request; authorization is the raw header value ("Bearer …"), empty for none. */
    QNetworkReply *start(const QByteArray &method, const QString &pathAndQuery,
        const QByteArray &body = {}, const QByteArray &authorization = {});
    HttpResponse send(const QByteArray &method, const QString &pathAndQuery,
        const QByteArray &body = {}, const QByteArray &authorization = {}, int timeoutMs = 120'000);

    /** Waits for the reply (aborting it after timeoutMs) and deletes it. */
    static HttpResponse finish(QNetworkReply *reply, int timeoutMs = 120'000);
    static QList<HttpResponse> finishAll(const QList<QNetworkReply *> &replies);
    static HttpResponse read(QNetworkReply *reply);
    static QByteArray bearer(const QString &token) { return "Bearer " + token.toUtf8(); }

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
};

} // namespace e2eserver
