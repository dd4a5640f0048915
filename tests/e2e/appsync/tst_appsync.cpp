// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 5 from the app's side: sign in, "safe to leave", a revoked token asks for the password
// without losing work, and a remote wipe returns the app to first start.
#include "domain/case.h"
#include "domain/clock.h"
#include "models/session.h"
#include "models/synccontroller.h"
#include "store/outbox.h"
#include "store/repository.h"
#include "store/statement.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace barntid;
using namespace Qt::StringLiterals;

namespace {

constexpr int syncTimeoutMs = 30'000;
const QString pin = u"482915"_s;

/** barntid-server args…; its exit code (stdout in *out). */
int server(const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(BARNTID_SERVER_PATH), args);
    if (!p.waitForFinished(60'000))
        return -1;
    if (out)
        *out = p.readAllStandardOutput();
    return p.exitCode();
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

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
    QString m_database;
    QUrl m_url;
    QProcess m_server;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_database = u"sqlite:"_s + m_dir.filePath(u"server.db"_s);
        QCOMPARE(server({u"seed"_s, u"--demo"_s, u"--database"_s, m_database}), 0);
        const quint16 port = freePort();
        m_url = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
        m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_server.start(QStringLiteral(BARNTID_SERVER_PATH),
            {u"serve"_s, u"--database"_s, m_database, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)});
        QVERIFY(m_server.waitForStarted());
        QNetworkAccessManager net;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QNetworkReply *r = net.get(QNetworkRequest(m_url.resolved(QUrl(u"/v1/health"_s))));
                QSignalSpy done(r, &QNetworkReply::finished);
                done.wait(1000);
                const bool ok = r->error() == QNetworkReply::NoError;
                r->deleteLater();
                return ok;
            }(),
            10'000);
    }

    void cleanupTestCase()
    {
        m_server.kill();
        m_server.waitForFinished();
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
        const QString device = session.store()->deviceId();
        QCOMPARE(
            server({u"device"_s, u"revoke"_s, u"--database"_s, m_database, u"--device"_s, device}),
            0);
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
        QCOMPARE(
            server({u"device"_s, u"wipe"_s, u"--database"_s, m_database, u"--device"_s, device}),
            0);
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
