// SPDX-License-Identifier: GPL-3.0-or-later
// SIGKILL during a push of 1,000 records (issue 4): after a restart on the same database the
// batch is there completely or not at all, and pushing it again completes it exactly once.
#include "domain/ids.h"
#include "records.h"
#include "serverharness.h"

#include <QElapsedTimer>
#include <QTest>

using namespace e2eserver;
namespace r = e2eserver::records;

namespace {

/** A new case and 999 visits on it: one transaction on the server. */
QList<QJsonObject> bigBatch(QString *caseId)
{
    *caseId = barntid::newId();
    QList<QJsonObject> batch {
        r::upsert(QStringLiteral("case"), *caseId, r::caseData(QStringLiteral("K-1")))};
    const QString note = QStringLiteral("Hembesök: samtal med barnet om skolan. ").repeated(6);
    while (batch.size() < 1000)
        batch << r::upsert(QStringLiteral("visit"), barntid::newId(), r::visit(*caseId, note));
    return batch;
}

} // namespace

class TestServerKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void init() { E2E_SKIP_UNAVAILABLE_BACKEND(); }
    void cleanupTestCase() { TestDatabase::dropTemplates(); }

    void killDuringALargePushIsAllOrNothing();
    void termRightAfterTheFirstAnswerStopsCleanly();
};

void TestServerKill::killDuringALargePushIsAllOrNothing()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &d = f.device(QStringLiteral("worker1"));
    QVERIFY2(d.isValid(), d.login.describe());
    const QString countSql = QStringLiteral("SELECT COUNT(*) FROM records WHERE case_id = ?");

    // How long one such push takes here, to aim the kills inside it.
    QString caseId;
    QElapsedTimer timer;
    timer.start();
    const HttpResponse timed = d.push(bigBatch(&caseId));
    const qint64 duration = timer.elapsed();
    QCOMPARE(timed.status, 200);
    QCOMPARE(f.db().number(countSql, {caseId}), 1000);

    int inFlight = 0, committed = 0, rolledBack = 0;
    const QList<double> fractions {0.0, 0.3, 0.6, 0.95};
    for (const double fraction : fractions) {
        const QList<QJsonObject> batch = bigBatch(&caseId);
        const auto before = f.db().counts();
        QNetworkReply *reply = d.startPush(batch);
        QTest::qWait(int(fraction * double(duration)));
        const bool answered = reply->isFinished();
        f.server().kill();
        const HttpResponse cut = HttpClient::finish(reply);
        inFlight += !answered;
        QVERIFY2(f.server().start(), qPrintable(f.server().error()));

        const qint64 records = f.db().number(countSql, {caseId});
        const auto after = f.db().counts();
        const qint64 remembered
            = after.value(QStringLiteral("mutations")) - before.value(QStringLiteral("mutations"));
        const QString state
            = QStringLiteral("after %1 of %2 ms (answered: %3): %4 records, %5 mutation results")
                  .arg(int(fraction * double(duration)))
                  .arg(duration)
                  .arg(answered ? QStringLiteral("yes") : QStringLiteral("no"))
                  .arg(records)
                  .arg(remembered);
        QVERIFY2((records == 0 && remembered == 0) || (records == 1000 && remembered == 1000),
            qPrintable(state));
        if (cut.status == 200)
            QVERIFY2(
                records == 1000, qPrintable(QStringLiteral("acknowledged but lost: ") + state));
        committed += records == 1000;
        rolledBack += records == 0;

        // The device retries: what was committed is a duplicate, the rest is applied, once.
        const HttpResponse retry = d.push(batch);
        QCOMPARE(retry.status, 200);
        const QString expected
            = records == 1000 ? QStringLiteral("duplicate") : QStringLiteral("applied");
        QCOMPARE(outcomes(retry), QStringList(1000, expected));
        QCOMPARE(f.db().number(countSql, {caseId}), 1000);
        QCOMPARE(f.db().counts().value(QStringLiteral("mutations")),
            before.value(QStringLiteral("mutations")) + 1000);
    }
    qInfo("push of 1,000 records: %lld ms; kills in flight %d, committed %d, rolled back %d",
        duration, inFlight, committed, rolledBack);
    QVERIFY2(inFlight > 0, "no kill landed while the push was in flight");

    // A device pulling from scratch sees every batch once, with no half batch anywhere.
    const PullLog log = pullAll(d, 0, 1000);
    QVERIFY2(log.error.isEmpty(), qPrintable(log.error));
    QHash<QString, int> perCase;
    for (const QJsonObject &c : log.changes) {
        if (c.value(QLatin1StringView("entity")).toString() == u"visit")
            ++perCase[c.value(QLatin1StringView("data"))
                          .toObject()
                          .value(QLatin1StringView("case_id"))
                          .toString()];
    }
    int full = 0;
    for (auto it = perCase.begin(); it != perCase.end(); ++it)
        full += it.value() == 999;
    QCOMPARE(full, int(fractions.size()) + 1);
}

void TestServerKill::termRightAfterTheFirstAnswerStopsCleanly()
{
    // systemd stops a unit with SIGTERM at any moment, also the first moment it serves: the
    // serving threads answer before the main thread runs its event loop, and a SIGTERM then
    // must still end the process cleanly (found by the package test: exit by signal 15).
    ServerFixture f(currentBackend(), false);
    QVERIFY2(f.db().isValid(), qPrintable(f.db().error()));
    for (int round = 0; round < 10; ++round) {
        ServerProcess server(f.db().url());
        QVERIFY2(server.start(), qPrintable(server.error()));
        server.stop();
        QVERIFY(!server.isRunning());
        QVERIFY2(server.exitedCleanly(),
            qPrintable(QStringLiteral("round %1: ").arg(round) + server.logTail()));
    }
}

QTEST_GUILESS_MAIN(TestServerKill)
#include "tst_serverkill.moc"
