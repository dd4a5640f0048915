// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/retention.h"
#include "engine/syncsession.h"
#include "store/entitytable.h"
#include "store/outbox.h"
#include "store/recordwriter.h"
#include "syncfixture.h"

#include <QDirIterator>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace barntid;
using namespace barntid::test;
using namespace Qt::StringLiterals;
using Kind = sync::SyncError::Kind;

class TestSyncSession : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock {QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};
    FakeServer m_server;
    std::unique_ptr<Device> m_device;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_server = FakeServer();
        m_server.userIds.insert(u"worker4"_s, worker4);
        m_server.bindDevices = true;
        m_device = std::make_unique<Device>(m_clock, m_server);
        m_device->client.setToken({});
        m_device->addCase(u"2026-0001"_s);
    }

    void loginKeepsTheSessionInTheStoreOnly()
    {
        Device &d = *m_device;
        sync::SyncSession session(*d.store);
        const QUrl server = d.client.server();
        QVERIFY(session.token(server, u"worker1"_s).isEmpty());
        QCOMPARE(session.login(d.client, u"worker1"_s, u"wrong"_s, u"tablet"_s).kind,
            Kind::InvalidCredentials);
        QVERIFY(d.store->userId().isEmpty());
        QVERIFY(!session.login(d.client, u"worker1"_s, u"barntid-demo"_s, u"tablet"_s).isError());
        QCOMPARE(d.network.requests.last().json()["device_id"_L1].toString(), d.store->deviceId());
        QCOMPARE(session.token(server, u"worker1"_s), u"token-for-worker1"_s);
        QVERIFY(session.token(server, u"worker2"_s).isEmpty());
        QVERIFY(session.token(QUrl(u"https://other.example"_s), u"worker1"_s).isEmpty());
        QCOMPARE(d.store->userId(), m_server.userId);
        QCOMPARE(d.store->setting(u"user_role"_s), u"social_worker"_s);
        QCOMPARE(d.store->setting(u"display_name"_s), u"Worker One"_s);
        // New records are authored by the signed-in user.
        QCOMPARE(d.findCase(d.addCase(u"2026-0001"_s))->meta.authorId, m_server.userId);
        // Nothing but the encrypted store holds the token.
        QVERIFY(QSettings().allKeys().isEmpty());
        d.store->lock();
        QDirIterator it(d.dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("token-for-worker1"), qPrintable(f.fileName()));
        }
    }

    void logoutForgetsTheToken()
    {
        Device &d = *m_device;
        sync::SyncSession session(*d.store);
        QVERIFY(!session.login(d.client, u"worker1"_s, u"barntid-demo"_s, u"tablet"_s).isError());
        QVERIFY(!session.logout(d.client).isError());
        QVERIFY(session.token(d.client.server(), u"worker1"_s).isEmpty());
        QVERIFY(d.client.token().isEmpty());
        QCOMPARE(d.network.requests.last().url.path(), u"/v1/auth/logout"_s);
    }

    void anotherAccountCannotTakeOverUnsyncedWork()
    {
        Device &d = *m_device;
        sync::SyncSession session(*d.store);
        QVERIFY(!session.login(d.client, u"worker1"_s, u"barntid-demo"_s, u"tablet"_s).isError());
        d.addCase(u"2026-0001"_s);
        m_server.userId = u"0190a1b2-0000-7000-8000-00000000bbbb"_s;
        QCOMPARE(session.login(d.client, u"worker2"_s, u"barntid-demo"_s, u"tablet"_s).kind,
            Kind::AccountMismatch);
        QCOMPARE(d.store->setting(u"server_username"_s), u"worker1"_s);
        QVERIFY(d.store->userId() != m_server.userId);
    }

    // Issue 10: the refusal comes before any request, so the other account's login never
    // carries this device's id, and a running child-time segment counts as work too.
    void refusalSendsNothingAndCountsARunningTimer()
    {
        Device &d = *m_device;
        sync::SyncSession session(*d.store);
        QVERIFY(!login(session, u"worker1"_s).isError());
        QVERIFY(!d.sync().error.isError());
        d.store->setSetting(u"running_child_time"_s, u"{\"starts_at\":\"2026-11-25T08:00:00Z\"}"_s);
        const qsizetype sent = d.network.requests.size();
        QCOMPARE(login(session, u"worker4"_s).kind, Kind::AccountMismatch);
        QCOMPARE(d.network.requests.size(), sent);
        QCOMPARE(d.scalar("SELECT count(*) FROM cases"), 1);
        QCOMPARE(d.store->userId(), worker1);
    }

    void anotherAccountReplacesTheFirstOnesData()
    {
        Device &d = *m_device;
        sync::SyncSession session(*d.store);
        QVERIFY(!login(session, u"worker1"_s).isError());
        QVERIFY(!d.sync().error.isError());
        const QString oldDevice = d.store->deviceId();
        d.store->audit(u"opened"_s, u"case"_s, d.text("SELECT id FROM cases"));
        d.store->setSetting(sync::Retention::daysKey(), u"30"_s);
        d.store->setSetting(u"receipt_count"_s, u"4"_s);
        QVERIFY(!d.store->setting(u"sync_cursor"_s).isEmpty());
        QVERIFY(!d.store->setting(u"last_sync"_s).isEmpty());
        const qint64 zeroing = d.scalar("PRAGMA secure_delete");

        QVERIFY(!login(session, u"worker4"_s).isError());
        QVERIFY(session.replacedAccount());
        const QString sentDevice = d.network.requests.last().json()["device_id"_L1].toString();
        QVERIFY(sentDevice != oldDevice);
        QCOMPARE(d.store->deviceId(), sentDevice);
        QCOMPARE(d.store->userId(), worker4);
        QCOMPARE(m_server.deviceOwners.value(oldDevice), worker1); // never taken over
        for (const EntityTable &t : entityTables()) {
            const QByteArray sql = "SELECT count(*) FROM " + QByteArray(t.table.data());
            QCOMPARE(d.scalar(sql.constData()), 0);
        }
        QCOMPARE(d.scalar("SELECT count(*) FROM outbox"), 0);
        QCOMPARE(d.scalar("SELECT count(*) FROM audit WHERE record_id <> ''"), 0);
        QCOMPARE(d.scalar("SELECT count(*) FROM audit WHERE event = 'account_changed'"), 1);
        QCOMPARE(d.text("SELECT group_concat(key, ' ') FROM (SELECT key FROM settings "
                        "ORDER BY key)"),
            u"auth_token device_id display_name retention_days server_url server_user_id "
            "server_username user_id user_role"_s);
        QCOMPARE(d.store->setting(sync::Retention::daysKey()), u"30"_s);
        QCOMPARE(d.scalar("PRAGMA secure_delete"), zeroing); // back to what it was
        // The next pull starts from the beginning of worker4's scope.
        const int pullsBefore = m_server.pulls;
        QVERIFY(!d.sync().error.isError());
        QVERIFY(m_server.pulls > pullsBefore);
        const auto lastPull = std::find_if(d.network.requests.crbegin(), d.network.requests.crend(),
            [](const auto &r) { return r.url.path() == u"/v1/sync/pull"; });
        QVERIFY(lastPull != d.network.requests.crend());
        QVERIFY(lastPull->url.query().contains(u"since=0"_s));
    }

    void failedLoginAsAnotherAccountChangesNothing()
    {
        Device &d = *m_device;
        sync::SyncSession session(*d.store);
        QVERIFY(!login(session, u"worker1"_s).isError());
        QVERIFY(!d.sync().error.isError());
        const QString oldDevice = d.store->deviceId();
        QCOMPARE(login(session, u"worker4"_s, u"wrong"_s).kind, Kind::InvalidCredentials);
        // The attempt already used a new id; the store still has its own and all its data.
        QVERIFY(d.network.requests.last().json()["device_id"_L1].toString() != oldDevice);
        QCOMPARE(d.store->deviceId(), oldDevice);
        QCOMPARE(d.store->userId(), worker1);
        QCOMPARE(d.scalar("SELECT count(*) FROM cases"), 1);
        QVERIFY(!session.replacedAccount());
        QVERIFY(!session.token(d.client.server(), u"worker1"_s).isEmpty());
    }

    void sameAccountUnderAnotherSpellingKeepsTheData()
    {
        Device &d = *m_device;
        sync::SyncSession session(*d.store);
        QVERIFY(!login(session, u"worker1"_s).isError());
        QVERIFY(!d.sync().error.isError());
        // localhost and 127.0.0.1 are one server, but the store cannot know it before the login.
        sync::SyncClient spelled(d.network, QUrl(u"http://localhost:8787"_s));
        QVERIFY(!session.login(spelled, u"worker1"_s, u"barntid-demo"_s, u"tablet"_s).isError());
        QVERIFY(!session.replacedAccount());
        QCOMPARE(d.store->userId(), worker1);
        QCOMPARE(d.scalar("SELECT count(*) FROM cases"), 1);
        QCOMPARE(d.store->deviceId(), d.network.requests.last().json()["device_id"_L1].toString());
    }

    void loginAsAnotherAccountRechecksUnderTheWriteLock()
    {
        Device &d = *m_device;
        sync::SyncSession session(*d.store);
        QVERIFY(!login(session, u"worker1"_s).isError());
        QVERIFY(!d.sync().error.isError());
        // A record saved while the login is on its way (the app's UI thread does this).
        d.network.handler = [&](const FakeRequest &r) {
            if (r.url.path() == u"/v1/auth/login")
                d.addCase(u"2026-0002"_s);
            return m_server.handle(r);
        };
        QCOMPARE(login(session, u"worker4"_s).kind, Kind::AccountMismatch);
        QCOMPARE(d.scalar("SELECT count(*) FROM cases"), 2);
        QCOMPARE(d.store->userId(), worker1);
        QCOMPARE(d.network.requests.last().url.path(), u"/v1/auth/logout"_s);
    }

    void deviceTakenRegistersAnewOnlyWithoutPendingWork()
    {
        Device &d = *m_device;
        sync::SyncSession session(*d.store);
        QVERIFY(!login(session, u"worker1"_s).isError());
        // An old server gave this id to worker4 while worker1's work waited here.
        const QString oldDevice = d.store->deviceId();
        m_server.deviceOwners.insert(oldDevice, worker4);
        QVERIFY(session.token(d.client.server(), u"worker1"_s).size() > 0);
        session.forgetToken();
        QCOMPARE(login(session, u"worker1"_s).kind, Kind::DeviceTaken);
        QCOMPARE(d.store->deviceId(), oldDevice);
        QCOMPARE(Outbox(*d.store).pendingCount(), 1);
        // Once nothing waits, it registers under a new id and keeps its (own) data.
        m_server.deviceOwners.insert(oldDevice, worker1);
        QVERIFY(!login(session, u"worker1"_s).isError());
        QVERIFY(!d.sync().error.isError());
        m_server.deviceOwners.insert(oldDevice, worker4);
        QVERIFY(!login(session, u"worker1"_s).isError());
        QVERIFY(d.store->deviceId() != oldDevice);
        QVERIFY(!session.replacedAccount());
        QCOMPARE(d.scalar("SELECT count(*) FROM cases"), 1);
    }

private:
    const QString worker1 = u"0190a1b2-0000-7000-8000-00000000aaaa"_s;
    const QString worker4 = u"0190a1b2-0000-7000-8000-00000000dddd"_s;

    sync::SyncError login(sync::SyncSession &session, const QString &username,
        const QString &password = u"barntid-demo"_s)
    {
        return session.login(m_device->client, username, password, u"tablet"_s);
    }
};

QTEST_GUILESS_MAIN(TestSyncSession)
#include "tst_syncsession.moc"
