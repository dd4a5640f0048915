// SPDX-License-Identifier: GPL-3.0-or-later
// The serve and user commands' refusals and warnings (DESIGN.md §5, §7; issue 4).
#include "serverharness.h"

#include <QTcpServer>
#include <QTest>

using namespace e2eserver;

class TestServerCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void init() { E2E_SKIP_UNAVAILABLE_BACKEND(); }
    void cleanupTestCase() { TestDatabase::dropTemplates(); }

    void plainHttpOnlyOnLoopback();
    void teamAboveTwelveWarns();
    void deviceCommands();
};

void TestServerCli::plainHttpOnlyOnLoopback()
{
    ServerFixture f(currentBackend(), false);
    QVERIFY2(f.db().isValid(), qPrintable(f.db().error()));
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    for (const QString &host : {QStringLiteral("0.0.0.0"), QStringLiteral("::")}) {
        const CliRun run = f.cli({QStringLiteral("serve"), QStringLiteral("--listen"),
            QStringLiteral("%1:%2").arg(host).arg(port)});
        QVERIFY2(run.finished, "serve on a public address without TLS must exit, not serve");
        QVERIFY2(run.exitCode != 0, qPrintable(run.describe()));
        QVERIFY2(run.err.contains("loopback") && run.err.contains("--tls-cert"),
            qPrintable(run.describe()));
    }
    // Half a TLS setup is refused too.
    const CliRun half = f.cli({QStringLiteral("serve"), QStringLiteral("--listen"),
        QStringLiteral("0.0.0.0:%1").arg(port), QStringLiteral("--tls-cert"),
        QStringLiteral("/nonexistent.pem")});
    QVERIFY2(
        half.finished && half.exitCode != 0 && !half.err.isEmpty(), qPrintable(half.describe()));
    // The same command on loopback does serve.
    ServerProcess loopback(f.db().url());
    QVERIFY2(loopback.start(), qPrintable(loopback.error()));
}

void TestServerCli::teamAboveTwelveWarns()
{
    ServerFixture f(currentBackend());
    QVERIFY2(f.db().isValid(), qPrintable(f.error()));
    const qint64 before = f.db().number(QStringLiteral(
        "SELECT COUNT(*) FROM users u JOIN teams t ON t.id = u.team_id WHERE t.name = 'norr' "
        "AND u.role = 'social_worker'"));
    QCOMPARE(before, 3);
    // Members 4..12: no warning; the 13th is above the ~12 a supervisor can lead.
    for (int n = 4; n <= 13; ++n) {
        const CliRun run
            = f.cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--username"),
                        QStringLiteral("extra%1").arg(n), QStringLiteral("--role"),
                        QStringLiteral("social_worker"), QStringLiteral("--team"),
                        QStringLiteral("norr"), QStringLiteral("--password-stdin")},
                "a-long-enough-password\n");
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        const bool warned = run.err.contains("warning") && run.err.contains("13");
        QVERIFY2(
            warned == (n == 13), qPrintable(QStringLiteral("member %1: ").arg(n) + run.describe()));
        if (n < 13)
            QVERIFY2(run.err.trimmed().isEmpty(), qPrintable(run.describe()));
    }
    // The warned-about account still works.
    QVERIFY2(f.start(), qPrintable(f.error()));
    Device d = signIn(f.url(), QStringLiteral("extra13"), QStringLiteral("a-long-enough-password"));
    QVERIFY2(d.isValid(), d.login.describe());
}

void TestServerCli::deviceCommands()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &w = f.device(QStringLiteral("worker1"));
    QVERIFY2(w.isValid(), w.login.describe());
    const CliRun list = f.cli({QStringLiteral("device"), QStringLiteral("list"),
        QStringLiteral("--username"), QStringLiteral("worker1")});
    QVERIFY2(list.ok() && list.out.contains(w.deviceId.toUtf8()), qPrintable(list.describe()));
    // No token hash, password hash or display name in the listing.
    QVERIFY(!list.out.contains("argon2"));
    QVERIFY(!list.out.contains("Anna"));
    const CliRun unknown = f.cli({QStringLiteral("device"), QStringLiteral("wipe"),
        QStringLiteral("--device"), QStringLiteral("00000000-0000-7000-8000-00000000abcd")});
    QVERIFY2(unknown.finished && unknown.exitCode != 0, qPrintable(unknown.describe()));
}

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
