// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/syncsession.h"
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
        m_device = std::make_unique<Device>(m_clock, m_server);
        m_device->client.setToken({});
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
};

QTEST_GUILESS_MAIN(TestSyncSession)
#include "tst_syncsession.moc"
