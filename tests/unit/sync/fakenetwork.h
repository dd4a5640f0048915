// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

#include <functional>

namespace barntid::test {

/** What the code under test sent. */
struct FakeRequest
{
    QByteArray verb;
    QUrl url;
    QByteArray body;
    QByteArray authorization;
    QJsonObject json() const;
};

/** A canned answer: a status with a body, a network error, or no answer at all (hang). */
struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool hang = false;

    static FakeResponse json(int status, const QJsonObject &body);
    static FakeResponse envelope(int status, const QString &code, int index = -1);
    static FakeResponse failure(QNetworkReply::NetworkError error);
    static FakeResponse never();
};

/** Unit tests only (DESIGN.md §8): a network access manager that answers from a handler instead
 *  of the network, and remembers every request. */
class FakeNetwork : public QNetworkAccessManager
{
    Q_OBJECT
public:
    std::function<FakeResponse(const FakeRequest &)> handler;
    QList<FakeRequest> requests;

protected:
    QNetworkReply *createRequest(
        Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;
};

} // namespace barntid::test
