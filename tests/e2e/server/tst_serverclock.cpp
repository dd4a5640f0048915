// SPDX-License-Identifier: GPL-3.0-or-later
// The server's one clock (serve --clock-file, a test aid): a token expires when the clock moves
// past its lifetime, a garbled rewrite keeps the last good time, and the option is refused
// anywhere but on plain loopback and without a readable time.
#include "serverharness.h"
#include "testclock.h"

#include <QTest>

using namespace e2eserver;

class TestServerClock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void init() { E2E_SKIP_UNAVAILABLE_BACKEND(); }
    void cleanupTestCase() { TestDatabase::dropTemplates(); }

    void tokenExpiresOnTheServerClock();
    void refusedOutsideTests();
};

void TestServerClock::tokenExpiresOnTheServerClock()
{
    // Five days behind the wall clock: a token of one day issued now has expired by the wall
    // clock, so every answer below shows which clock the server asked.
    TestClock clock(QDateTime::currentDateTimeUtc().addDays(-5));
    ServerFixture f(currentBackend());
    E2E_START(f, 1, clock.serveArgs() + QStringList {QStringLiteral("--token-days"), "1"});
    Device worker = f.newDevice(QStringLiteral("worker1"));
    QVERIFY2(worker.isValid(), worker.login.describe());
    QCOMPARE(worker.pull(0).status, 200);

    clock.writeRaw("not a time");
    const HttpResponse kept = worker.pull(0);
    QVERIFY2(kept.status == 200, kept.describe());

    clock.advanceSecs(23 * 3600);
    QCOMPARE(worker.pull(0).status, 200);
    clock.advanceDays(1);
    const HttpResponse expired = worker.pull(0);
    QCOMPARE(expired.status, 401);
    QVERIFY2(expired.hasEnvelope(), expired.describe());

    // A new sign-in on the moved clock works again: only the token's time ran out.
    Device again = f.newDevice(QStringLiteral("worker1"));
    QVERIFY2(again.isValid(), again.login.describe());
    QCOMPARE(again.pull(0).status, 200);
}

void TestServerClock::refusedOutsideTests()
{
    TestClock clock(QDateTime::currentDateTimeUtc());
    TestDatabase db(currentBackend(), false);
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const QStringList serve {QStringLiteral("serve"), QStringLiteral("--database"), db.url()};
    const QString port = QStringLiteral(":1");
    struct
    {
        const char *name;
        QStringList args;
        const char *message;
    } cases[] = {
        {"with TLS",
            {QStringLiteral("--listen"), QStringLiteral("127.0.0.1") + port,
                QStringLiteral("--tls-cert"), clock.path(), QStringLiteral("--tls-key"),
                clock.path(), QStringLiteral("--clock-file"), clock.path()},
            "only on loopback without TLS"},
        {"missing file",
            {QStringLiteral("--clock-file"), clock.path() + QStringLiteral(".missing")},
            "RFC 3339"},
        {"no value", {QStringLiteral("--clock-file")}, "--clock-file wants a file"},
    };
    for (const auto &c : cases) {
        const CliRun run = runServerCli(serve + c.args);
        QVERIFY2(run.finished && run.exitCode == 2, qPrintable(c.name + u' ' + run.describe()));
        QVERIFY2(run.err.contains(c.message), qPrintable(c.name + u' ' + run.describe()));
    }
    clock.writeRaw("2026-13-45T25:00:00Z");
    const CliRun garbled = runServerCli(serve + clock.serveArgs());
    QVERIFY2(garbled.finished && garbled.exitCode == 2, qPrintable(garbled.describe()));
    QVERIFY2(garbled.err.contains("RFC 3339"), qPrintable(garbled.describe()));
}

QTEST_GUILESS_MAIN(TestServerClock)
#include "tst_serverclock.moc"
