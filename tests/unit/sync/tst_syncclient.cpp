// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/syncclient.h"
#include "fakenetwork.h"

#include <QJsonArray>
#include <QTest>

using namespace barntid;
using namespace barntid::sync;
using namespace barntid::test;
using namespace Qt::StringLiterals;
using Kind = SyncError::Kind;

Q_DECLARE_METATYPE(SyncError::Kind)

class TestSyncClient : public QObject
{
    Q_OBJECT

private:
    FakeNetwork m_network;
    std::unique_ptr<SyncClient> m_client;

    SyncError pullWith(const FakeResponse &response)
    {
        m_network.handler = [response](const FakeRequest &) { return response; };
        protocol::PullPage page;
        return m_client->pull(0, 10, page);
    }

private slots:
    void init()
    {
        m_network.requests.clear();
        m_client = std::make_unique<SyncClient>(m_network, QUrl(u"https://sync.example.se/"_s));
        m_client->setToken(u"secret-token"_s);
    }

    void statusesMapToKinds_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<bool>("mayHaveArrived");
        QTest::newRow("400") << 400 << Kind::BadRequest << false << false;
        QTest::newRow("401") << 401 << Kind::Unauthorized << false << false;
        QTest::newRow("403") << 403 << Kind::Forbidden << false << false;
        QTest::newRow("409") << 409 << Kind::ResetRequired << false << false;
        QTest::newRow("410") << 410 << Kind::DeviceWiped << false << false;
        QTest::newRow("413") << 413 << Kind::TooLarge << false << false;
        QTest::newRow("429") << 429 << Kind::RateLimited << true << false;
        QTest::newRow("500") << 500 << Kind::ServerError << true << true;
        QTest::newRow("503") << 503 << Kind::ServerError << true << true;
        QTest::newRow("404") << 404 << Kind::NotFound << false << false; // one-record read
    }

    void statusesMapToKinds()
    {
        QFETCH(int, status);
        QFETCH(Kind, kind);
        QFETCH(bool, retryable);
        QFETCH(bool, mayHaveArrived);
        const SyncError e = pullWith(FakeResponse::envelope(status, u"some_code"_s, 3));
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.code, u"some_code"_s);
        QCOMPARE(e.index, 3);
        QCOMPARE(e.isRetryable(), retryable);
        QCOMPARE(e.mayHaveArrived(), mayHaveArrived);
    }

    void deviceTakenIsItsOwnKindAtLogin()
    {
        // 409 is reset_required on a pull, and device_taken at a login (issue 10).
        m_network.handler
            = [](const FakeRequest &) { return FakeResponse::envelope(409, u"device_taken"_s); };
        LoginResult result;
        const SyncError e = m_client->login(
            {u"worker4"_s, u"barntid-demo"_s, u"0190a1b2-0000-7000-8000-000000000001"_s, u"t"_s},
            result);
        QCOMPARE(e.kind, Kind::DeviceTaken);
        QCOMPARE(e.httpStatus, 409);
        QVERIFY(!e.isRetryable());
        QVERIFY(result.token.isEmpty());
    }

    void retryAfterIsRead()
    {
        FakeResponse r = FakeResponse::envelope(429, u"too_many"_s);
        r.headers << std::pair {"Retry-After"_ba, "12"_ba};
        QCOMPARE(pullWith(r).retryAfterMs, 12000);
    }

    void errorWithoutEnvelopeStillHasACode()
    {
        FakeResponse r;
        r.status = 502;
        r.body = "<html>bad gateway</html>";
        const SyncError e = pullWith(r);
        QCOMPARE(e.kind, Kind::ServerError);
        QCOMPARE(e.code, u"http_502"_s);
    }

    void networkErrors_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<bool>("mayHaveArrived");
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << Kind::Unreachable
                                 << false;
        QTest::newRow("no host") << int(QNetworkReply::HostNotFoundError) << Kind::Unreachable
                                 << false;
        QTest::newRow("closed") << int(QNetworkReply::RemoteHostClosedError) << Kind::Interrupted
                                << true;
        QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << Kind::Interrupted
                             << true;
    }

    void networkErrors()
    {
        QFETCH(int, error);
        QFETCH(Kind, kind);
        QFETCH(bool, mayHaveArrived);
        const SyncError e = pullWith(FakeResponse::failure(QNetworkReply::NetworkError(error)));
        QCOMPARE(e.kind, kind);
        QVERIFY(e.isRetryable());
        QCOMPARE(e.mayHaveArrived(), mayHaveArrived);
    }

    void silenceTimesOut()
    {
        m_client->setTimeout(std::chrono::milliseconds(30));
        QElapsedTimer t;
        t.start();
        const SyncError e = pullWith(FakeResponse::never());
        QCOMPARE(e.kind, Kind::Timeout);
        QVERIFY(t.elapsed() < 5000);
    }

    void pushSendsTheBatchWithTheToken()
    {
        m_network.handler = [](const FakeRequest &r) {
            const QString id = r.json()["mutations"_L1].toArray()[0]["mutation_id"_L1].toString();
            return FakeResponse::json(200,
                {{u"results"_s,
                     QJsonArray {QJsonObject {
                         {u"mutation_id"_s, id}, {u"status"_s, u"applied"_s}, {u"version"_s, 4}}}},
                    {u"checkpoint"_s, 9}});
        };
        protocol::PushRequest request;
        protocol::Mutation m;
        m.mutationId = u"0190a1b2-0000-7000-8000-000000000001"_s;
        m.entity = u"case"_s;
        m.id = u"0190a1b2-0000-7000-8000-000000000002"_s;
        m.baseVersion = 3;
        request.mutations << m;
        protocol::PushResponse response;
        QVERIFY(!m_client->push(request, response).isError());
        QCOMPARE(response.results.size(), 1);
        QCOMPARE(response.results[0].version, 4);
        QCOMPARE(m_network.requests.size(), 1);
        const FakeRequest &sent = m_network.requests[0];
        QCOMPARE(sent.verb, "POST"_ba);
        QCOMPARE(sent.url.toString(), u"https://sync.example.se/v1/sync/push"_s);
        QCOMPARE(sent.authorization, "Bearer secret-token"_ba);
        QCOMPARE(sent.json()["mutations"_L1].toArray()[0]["base_version"_L1].toInteger(), 3);
    }

    void malformedPushAnswerIsAProtocolError()
    {
        m_network.handler = [](const FakeRequest &) {
            return FakeResponse::json(200, {{u"oops"_s, true}});
        };
        protocol::PushResponse response;
        QCOMPARE(m_client->push({}, response).kind, Kind::Protocol);
    }

    void pullDropsUnknownEntitiesOnly()
    {
        const QJsonObject known {{u"seq"_s, 1}, {u"entity"_s, u"case"_s},
            {u"id"_s, u"0190a1b2-0000-7000-8000-000000000002"_s}, {u"op"_s, u"delete"_s},
            {u"version"_s, 2}, {u"data"_s, QJsonObject()}};
        QJsonObject unknown = known;
        unknown.insert(u"entity"_s, u"from_the_future"_s);
        unknown.insert(u"seq"_s, 2);
        m_network.handler = [&](const FakeRequest &r) {
            return FakeResponse::json(200,
                {{u"changes"_s, QJsonArray {known, unknown}}, {u"next"_s, 2},
                    {u"has_more"_s, false}});
            Q_UNUSED(r);
        };
        protocol::PullPage page;
        int ignored = 0;
        QVERIFY(!m_client->pull(5, 7, page, &ignored).isError());
        QCOMPARE(ignored, 1);
        QCOMPARE(page.changes.size(), 1);
        QCOMPARE(page.next, 2);
        const QUrl url = m_network.requests[0].url;
        QCOMPARE(url.path(), u"/v1/sync/pull"_s);
        QCOMPARE(url.query(), u"since=5&limit=7"_s);
        QCOMPARE(m_network.requests[0].verb, "GET"_ba);
    }

    void loginReadsTokenAndUser()
    {
        m_client->setToken({});
        m_network.handler = [](const FakeRequest &r) {
            if (r.json()["password"_L1].toString() != u"right")
                return FakeResponse::envelope(401, u"invalid_credentials"_s);
            return FakeResponse::json(200,
                {{u"token"_s, u"t0k"_s},
                    {u"user"_s,
                        QJsonObject {{u"id"_s, u"u1"_s}, {u"role"_s, u"social_worker"_s},
                            {u"display_name"_s, u"W One"_s}}}});
        };
        LoginResult result;
        QCOMPARE(m_client->login({u"worker1"_s, u"wrong"_s, u"d"_s, u"n"_s}, result).kind,
            Kind::InvalidCredentials);
        QVERIFY(m_client->token().isEmpty());
        QVERIFY(!m_client->login({u"worker1"_s, u"right"_s, u"d"_s, u"n"_s}, result).isError());
        QCOMPARE(result.userId, u"u1"_s);
        QCOMPARE(result.role, u"social_worker"_s);
        QCOMPARE(m_client->token(), u"t0k"_s);
        QVERIFY(m_network.requests[0].authorization.isEmpty());
        const QJsonObject sent = m_network.requests[1].json();
        QCOMPARE(sent["username"_L1].toString(), u"worker1"_s);
        QCOMPARE(sent["device_id"_L1].toString(), u"d"_s);
        QCOMPARE(sent["device_name"_L1].toString(), u"n"_s);
    }

    void plainHttpOnlyToThisMachine()
    {
        QVERIFY(SyncClient::isAllowedServer(QUrl(u"https://sync.kommun.se"_s)));
        QVERIFY(SyncClient::isAllowedServer(QUrl(u"http://127.0.0.1:8787"_s)));
        QVERIFY(SyncClient::isAllowedServer(QUrl(u"http://localhost:8787"_s)));
        QVERIFY(SyncClient::isAllowedServer(QUrl(u"http://[::1]:8787"_s)));
        QVERIFY(!SyncClient::isAllowedServer(QUrl(u"http://sync.kommun.se"_s)));
        QVERIFY(!SyncClient::isAllowedServer(QUrl(u"http://10.0.0.5:8787"_s)));
        QVERIFY(!SyncClient::isAllowedServer(QUrl(u"ftp://127.0.0.1"_s)));
        QVERIFY(!SyncClient::isAllowedServer(QUrl(u"sync.kommun.se"_s)));
    }
};

QTEST_GUILESS_MAIN(TestSyncClient)
#include "tst_syncclient.moc"
