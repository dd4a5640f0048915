// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor's team roster in the sync engine (issue 12): after a whole push and pull a
// supervisor's device fetches GET /v1/team and keeps it in the encrypted store's setting
// "team_roster"; a failed fetch keeps the last roster and the sync still succeeds; any other role
// loses it, and so does an account change. The network is the unit tests' FakeServer, with
// /v1/team answered here (the real server's endpoint is checked in e2e_teamrostersync).
#include "engine/syncsession.h"
#include "syncfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

Q_DECLARE_METATYPE(barntid::test::FakeResponse)

using namespace barntid;
using namespace barntid::test;
using namespace Qt::StringLiterals;

namespace {

const QString rosterKey = sync::SyncEngine::teamRosterKey();

QJsonObject team(const QString &teamName)
{
    const QJsonObject device {{u"id"_s, u"0190a1b2-0000-7000-8000-0000000000d1"_s},
        {u"name"_s, u"Surfplatta 1"_s}, {u"last_seen_at"_s, u"2026-11-24T08:00:00+01:00"_s}};
    const QJsonObject worker {{u"id"_s, u"0190a1b2-0000-7000-8000-0000000000a1"_s},
        {u"username"_s, u"worker1"_s}, {u"display_name"_s, u"Anna Lindqvist"_s},
        {u"role"_s, u"social_worker"_s}, {u"active"_s, true}, {u"devices"_s, QJsonArray {device}}};
    return {{u"team"_s, QJsonObject {{u"id"_s, u"team-norr"_s}, {u"name"_s, teamName}}},
        {u"members"_s, QJsonArray {worker}}};
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool notesRoster(const QSignalSpy &spy)
{
    for (const QList<QVariant> &args : spy) {
        for (const StoreChange &c : args.at(0).value<StoreChangeList>()) {
            if (c.entity == rosterKey)
                return true;
        }
    }
    return false;
}

} // namespace

class TestTeamRoster : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock {QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};
    FakeServer m_server;
    std::unique_ptr<Device> m_device;
    FakeResponse m_teamAnswer;
    int m_teamRequests = 0;

    Device &d() { return *m_device; }

    /** The FakeServer for push and pull; /v1/team answers m_teamAnswer. */
    void serveTeam()
    {
        d().network.handler = [this](const FakeRequest &r) {
            if (r.url.path() != u"/v1/team")
                return m_server.handle(r);
            ++m_teamRequests;
            return m_teamAnswer;
        };
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_server = FakeServer();
        m_device = std::make_unique<Device>(m_clock, m_server);
        m_teamAnswer = FakeResponse::json(200, team(u"norr"_s));
        m_teamRequests = 0;
        serveTeam();
    }

    void supervisorStoresTheRosterAfterPushAndPull()
    {
        d().store->setSetting(u"user_role"_s, u"supervisor"_s);
        d().addCase(u"2026-0001"_s);
        QSignalSpy committed(&d().store->changes(), &StoreChanges::committed);
        const sync::SyncReport r = d().sync();
        QVERIFY2(!r.error.isError(), qPrintable(r.error.describe()));
        QVERIFY(r.complete);
        QCOMPARE(d().store->setting(rosterKey), compact(team(u"norr"_s)));
        // Push, pull, then the team (and the question sets and the children's answers in
        // figures), with the account's token.
        QCOMPARE(d().network.requests.size(), 5);
        QCOMPARE(d().network.requests[0].url.path(), u"/v1/sync/push"_s);
        QCOMPARE(d().network.requests[1].url.path(), u"/v1/sync/pull"_s);
        QCOMPARE(d().network.requests[2].url.path(), u"/v1/team"_s);
        QCOMPARE(d().network.requests[2].verb, "GET"_ba);
        QCOMPARE(d().network.requests[2].authorization, "Bearer token-for-worker1"_ba);
        QCOMPARE(d().network.requests[3].url.path(), u"/v1/question-sets"_s);
        QCOMPARE(d().network.requests[4].url.path(), u"/v1/survey-aggregates"_s);
        QVERIFY2(notesRoster(committed), "the feed tells the dashboard the roster changed");

        // A new answer replaces it; the same answer again writes nothing.
        m_teamAnswer = FakeResponse::json(200, team(u"norr och väst"_s));
        QVERIFY(!d().sync().error.isError());
        QCOMPARE(d().store->setting(rosterKey), compact(team(u"norr och väst"_s)));
        committed.clear();
        QVERIFY(!d().sync().error.isError());
        QCOMPARE(m_teamRequests, 3);
        QVERIFY(!notesRoster(committed));
    }

    void otherRolesLoseTheRosterAndNeverAsk()
    {
        d().store->setSetting(rosterKey, compact(team(u"norr"_s)));
        d().store->setSetting(u"user_role"_s, u"social_worker"_s);
        QSignalSpy committed(&d().store->changes(), &StoreChanges::committed);
        const sync::SyncReport r = d().sync();
        QVERIFY2(!r.error.isError(), qPrintable(r.error.describe()));
        QVERIFY(r.complete);
        QVERIFY(d().store->setting(rosterKey).isEmpty());
        QCOMPARE(m_teamRequests, 0);
        QVERIFY(notesRoster(committed));
    }

    void failedFetchKeepsTheOldRoster_data()
    {
        QTest::addColumn<FakeResponse>("answer");
        QTest::newRow("404 server without /v1/team") << FakeResponse::envelope(404, u"not_found"_s);
        QTest::newRow("403 forbidden") << FakeResponse::envelope(403, u"forbidden"_s);
        QTest::newRow("500") << FakeResponse::envelope(500, u"internal"_s);
        QTest::newRow("connection refused")
            << FakeResponse::failure(QNetworkReply::ConnectionRefusedError);
        QTest::newRow("not a team") << FakeResponse::json(200, {{u"members"_s, 3}});
    }

    void failedFetchKeepsTheOldRoster()
    {
        QFETCH(FakeResponse, answer);
        const QString old = compact(team(u"norr"_s));
        d().store->setSetting(rosterKey, old);
        d().store->setSetting(u"user_role"_s, u"supervisor"_s);
        const QString caseId = d().addCase(u"2026-0002"_s);
        m_teamAnswer = answer;
        const sync::SyncReport r = d().sync();
        QVERIFY2(!r.error.isError(), qPrintable(r.error.describe()));
        QVERIFY(r.complete);
        QVERIFY(r.safeToLeave);
        QCOMPARE(r.applied, 1);
        QCOMPARE(d().findCase(caseId)->meta.version, 1);
        QCOMPARE(m_teamRequests, 1);
        QCOMPARE(d().store->setting(rosterKey), old);
    }

    void anAccountChangeRemovesTheRoster()
    {
        m_server.userIds.insert(u"worker4"_s, u"0190a1b2-0000-7000-8000-00000000bbbb"_s);
        d().client.setToken({});
        sync::SyncSession session(*d().store);
        QVERIFY(
            !session.login(d().client, u"supervisor1"_s, u"barntid-demo"_s, u"tablet"_s).isError());
        d().store->setSetting(rosterKey, compact(team(u"norr"_s)));
        QVERIFY(!session.login(d().client, u"worker4"_s, u"barntid-demo"_s, u"tablet"_s).isError());
        QVERIFY(session.replacedAccount());
        QVERIFY(d().store->setting(rosterKey).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTeamRoster)
#include "tst_teamroster.moc"
