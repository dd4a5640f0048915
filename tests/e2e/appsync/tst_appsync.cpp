// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 5 from the app's side: sign in, "safe to leave", a revoked token asks for the password
// without losing work, and a remote wipe returns the app to first start.
#include "domain/case.h"
#include "domain/clock.h"
#include "localserver.h"
#include "models/session.h"
#include "models/synccontroller.h"
#include "store/outbox.h"
#include "store/repository.h"
#include "store/statement.h"
#include "store/store.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace barntid;
using namespace Qt::StringLiterals;

namespace {

constexpr int syncTimeoutMs = 30'000;
const QString pin = u"482915"_s;

int caseCount(Session &session)
{
    Statement &s = session.store()->connection().cached("SELECT COUNT(*) FROM cases");
    s.step();
    const int n = int(s.integer(0));
    s.reset();
    return n;
}

} // namespace

class TestAppSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    LocalServer m_server {QStringLiteral(BARNTID_SERVER_PATH)};
    QUrl m_url;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(m_dir.path()), qPrintable(m_server.error()));
        m_url = m_server.url();
    }

    void signInSyncWipe()
    {
        QTemporaryDir data;
        Session session(data.path(), systemClock());
        Session::setInstance(&session);
        SyncController sync(&session, m_url, nullptr);
        SyncController::setInstance(&sync);
        QCOMPARE(sync.status(), SyncController::Status::SignedOut);

        session.setUpPin(pin, pin);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Open, syncTimeoutMs);

        // A case made before signing in: its author is filled by the server.
        Repository<Case> cases(*session.store());
        Case c;
        c.caseNumber = u"APP-1"_s;
        c.childName = u"Test T"_s;
        const QString localCase = cases.create(c).meta.id;
        QCOMPARE(Outbox(*session.store()).pendingCount(), 1);

        QSignalSpy signedIn(&sync, &SyncController::signInFinished);
        sync.signIn(u"https://example.invalid"_s.replace(u"https"_s, u"ftp"_s), u"worker1"_s,
            u"barntid-demo"_s);
        QVERIFY2(!sync.errorText().isEmpty(), "a server address that is not https is refused");
        sync.signIn(m_url.toString(), u"worker1"_s, u"wrong-password"_s);
        QVERIFY(signedIn.wait(syncTimeoutMs));
        QCOMPARE(signedIn.last().first().toBool(), false);
        QVERIFY(!sync.errorText().isEmpty());
        QVERIFY(!sync.signedIn());

        sync.signIn(m_url.toString(), u"worker1"_s, u"barntid-demo"_s);
        QVERIFY(signedIn.wait(syncTimeoutMs));
        QCOMPARE(signedIn.last().first().toBool(), true);
        QVERIFY(sync.signedIn());
        QVERIFY(!session.store()->userId().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(sync.status(), SyncController::Status::UpToDate, syncTimeoutMs);
        QCOMPARE(sync.pending(), 0);
        QVERIFY(sync.safeToLeave());
        QVERIFY2(sync.receipt().contains(u"1"_s), qPrintable(sync.receipt()));
        // worker1's three demo cases came down, next to the one made here.
        QCOMPARE(caseCount(session), 4);
        QVERIFY(cases.find(localCase).has_value());

        // The admin revokes the device: work made meanwhile waits, and the app asks to sign in.
        QVERIFY2(m_server.revokeDevices(u"worker1"_s), qPrintable(m_server.error()));
        Case second;
        second.caseNumber = u"APP-2"_s;
        second.childName = u"Test U"_s;
        cases.create(second);
        sync.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!sync.signedIn(), syncTimeoutMs);
        QCOMPARE(sync.status(), SyncController::Status::SignedOut);
        QCOMPARE(Outbox(*session.store()).pendingCount(), 1);
        sync.signIn(m_url.toString(), u"worker1"_s, u"barntid-demo"_s);
        QTRY_COMPARE_WITH_TIMEOUT(sync.status(), SyncController::Status::UpToDate, syncTimeoutMs);
        QCOMPARE(Outbox(*session.store()).pendingCount(), 0);

        // Lock and unlock: the sync thread's connection closes with the store and comes back.
        session.lock();
        QCOMPARE(session.state(), Session::State::Locked);
        session.unlock(pin);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Open, syncTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(sync.status(), SyncController::Status::UpToDate, syncTimeoutMs);

        // Remote wipe: the next request destroys the store and the key; first start again.
        QVERIFY2(m_server.wipeDevices(u"worker1"_s), qPrintable(m_server.error()));
        sync.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::FirstStart, syncTimeoutMs);
        QVERIFY(!QFile::exists(data.filePath(u"barntid.db"_s)));
        QVERIFY(!QFile::exists(data.filePath(u"key.json"_s)));
        QCOMPARE(sync.status(), SyncController::Status::SignedOut);
        SyncController::setInstance(nullptr);
        Session::setInstance(nullptr);
    }
};

QTEST_MAIN(TestAppSync)
#include "tst_appsync.moc"
