// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log, the server's own log, and the tombstone horizon (issue 4, DESIGN.md §5 and §6).
#include "domain/ids.h"
#include "records.h"
#include "serverharness.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace e2eserver;
namespace rec = e2eserver::records;

using barntid::newId;

class TestServerAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void init() { E2E_SKIP_UNAVAILABLE_BACKEND(); }
    void cleanupTestCase() { TestDatabase::dropTemplates(); }

    void readsAndWritesOfCaseContentAreAudited();
    void everyRowOfOneRequestIsAuditedWithItsOwnOutcome();
    void logsCarryIdsNeverNamesOrNotes();
    void cursorBelowTheHorizonMustReset();
};

void TestServerAudit::readsAndWritesOfCaseContentAreAudited()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &worker = f.device(QStringLiteral("worker2"));
    QVERIFY2(worker.isValid(), worker.login.body.constData());
    const QString caseId = newId();
    const QString visitId = newId();
    const HttpResponse push = worker.push(
        {rec::upsert(QStringLiteral("case"), caseId, rec::caseData(QStringLiteral("AUD-1"))),
            rec::upsert(QStringLiteral("visit"), visitId,
                rec::visit(caseId, QStringLiteral("Anteckning om besöket")))});
    QCOMPARE(outcomes(push), QStringList({QStringLiteral("applied"), QStringLiteral("applied")}));

    // Who, what, when, which device: one write row per record.
    const auto writes
        = f.db().rows(QStringLiteral("SELECT user_id, device_id, entity, outcome, at FROM audit "
                                     "WHERE action = 'write' AND record_id = ?"),
            {visitId});
    QCOMPARE(writes.size(), 1);
    QCOMPARE(writes[0][0].toString(), worker.userId());
    QCOMPARE(writes[0][1].toString(), worker.deviceId);
    QCOMPARE(writes[0][2].toString(), QStringLiteral("visit"));
    QCOMPARE(writes[0][3].toString(), QStringLiteral("applied"));
    QVERIFY(!writes[0][4].toString().isEmpty());

    // A pull that delivers the visit is a read of it, by the supervisor's device too.
    Device &supervisor = f.device(QStringLiteral("supervisor1"));
    QVERIFY(pullAll(supervisor).error.isEmpty());
    QCOMPARE(f.db().number(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'read' AND "
                                          "record_id = ? AND user_id = ? AND device_id = ?"),
                 {visitId, supervisor.userId(), supervisor.deviceId}),
        1);

    // A refusal is audited: a foster parent writing a case, an administrator pulling.
    Device &foster = f.device(QStringLiteral("foster1"));
    const QString refused = newId();
    const HttpResponse denied = foster.push(
        {rec::upsert(QStringLiteral("case"), refused, rec::caseData(QStringLiteral("AUD-2")))});
    QCOMPARE(outcomes(denied), QStringList({QStringLiteral("rejected:forbidden")}));
    QCOMPARE(
        f.db().text(QStringLiteral("SELECT outcome FROM audit WHERE record_id = ?"), {refused}),
        QStringLiteral("rejected:forbidden"));
    Device &admin = f.device(QStringLiteral("admin"));
    QCOMPARE(admin.pull(0).status, 403);
    QCOMPARE(f.db().number(QStringLiteral("SELECT COUNT(*) FROM audit WHERE user_id = ? AND "
                                          "outcome = 'forbidden'"),
                 {admin.userId()}),
        1);

    // The audit keeps ids, never content.
    for (const QVariantList &row : f.db().rows(QStringLiteral("SELECT * FROM audit")))
        for (const QVariant &v : row)
            QVERIFY2(
                !v.toString().contains(QStringLiteral("Anteckning")), "note text in the audit");
}

void TestServerAudit::everyRowOfOneRequestIsAuditedWithItsOwnOutcome()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &worker = f.device(QStringLiteral("worker2"));
    QVERIFY2(worker.isValid(), worker.login.body.constData());

    // One push whose rows end differently: the time, account and device are the request's, the
    // outcome each row's own. The visit of a case that does not exist is refused.
    const QString caseId = newId();
    QList<QJsonObject> mutations {
        rec::upsert(QStringLiteral("case"), caseId, rec::caseData(QStringLiteral("AUD-3")))};
    QStringList ids {caseId};
    for (int i = 0; i < 400; ++i) {
        ids << newId();
        const QString parent = i == 7 ? newId() : caseId;
        mutations << rec::upsert(
            QStringLiteral("visit"), ids.last(), rec::visit(parent, QStringLiteral("Besök")));
    }
    const QStringList pushed = outcomes(worker.push(mutations));
    QCOMPARE(pushed.size(), ids.size());
    QCOMPARE(pushed.count(QStringLiteral("applied")), ids.size() - 1);
    QVERIFY2(pushed.at(8).startsWith(u"rejected:"), qPrintable(pushed.at(8)));
    QHash<QString, QString> written;
    QSet<QString> times;
    for (const QVariantList &row : f.db().rows(
             QStringLiteral("SELECT record_id, outcome, user_id, device_id, at FROM audit WHERE "
                            "action = 'write' AND device_id = ?"),
             {worker.deviceId})) {
        QVERIFY2(!written.contains(row[0].toString()), "one write row per record");
        written.insert(row[0].toString(), row[1].toString());
        QCOMPARE(row[2].toString(), worker.userId());
        times << row[4].toString();
    }
    QCOMPARE(written.size(), ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
        QCOMPARE(written.value(ids.at(i)), pushed.at(i));
    QCOMPARE(times.size(), 1);

    // A fresh device pulls the lot in pages larger than one statement's share of rows: one
    // read row for every record of case content it received, none twice, none missing.
    Device reader = f.newDevice(QStringLiteral("worker2"));
    QVERIFY(reader.isValid());
    const PullLog pulled = pullAll(reader, 0, 1000);
    QVERIFY2(pulled.error.isEmpty(), qPrintable(pulled.error));
    static const QStringList content {QStringLiteral("case"), QStringLiteral("visit"),
        QStringLiteral("visit_amendment"), QStringLiteral("child_time"), QStringLiteral("contact"),
        QStringLiteral("time_entry"), QStringLiteral("review"), QStringLiteral("access_event"),
        QStringLiteral("foster_home"), QStringLiteral("survey_response")};
    QSet<QString> delivered;
    for (const QJsonObject &c : pulled.changes) {
        if (c.value(QLatin1StringView("op")).toString() == u"upsert"
            && content.contains(c.value(QLatin1StringView("entity")).toString()))
            delivered << c.value(QLatin1StringView("id")).toString();
    }
    QVERIFY(delivered.size() > 400);
    QSet<QString> audited;
    for (const QVariantList &row : f.db().rows(
             QStringLiteral("SELECT record_id, user_id, outcome FROM audit WHERE action = 'read' "
                            "AND device_id = ?"),
             {reader.deviceId})) {
        QVERIFY2(!audited.contains(row[0].toString()), "one read row per record and pull");
        audited << row[0].toString();
        QCOMPARE(row[1].toString(), reader.userId());
        QCOMPARE(row[2].toString(), QStringLiteral("pulled"));
    }
    QCOMPARE(audited, delivered);
}

void TestServerAudit::logsCarryIdsNeverNamesOrNotes()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &worker = f.device(QStringLiteral("worker1"));
    QVERIFY(worker.isValid());
    const QString caseId = newId();
    const QString secret = QStringLiteral("Hemlig anteckning om familjen Sjögren");
    worker.push(
        {rec::upsert(QStringLiteral("case"), caseId, rec::caseData(QStringLiteral("LOG-1"))),
            rec::upsert(QStringLiteral("visit"), newId(), rec::visit(caseId, secret))});
    QVERIFY(pullAll(worker).error.isEmpty());
    // A failed login with a username and a refused push leave their traces in the log too.
    QCOMPARE(
        signIn(f.url(), QStringLiteral("worker1"), QStringLiteral("fel-lösenord")).login.status,
        401);
    f.server().stop();
    const QByteArray log = f.server().log();
    QVERIFY2(log.contains("/v1/sync/push"), "the log records requests");
    QVERIFY2(log.contains(worker.userId().toUtf8()), "the log names accounts by id");
    for (const QByteArray &word : {secret.toUtf8(), QByteArray("Sjögren"),
             QByteArray("Anna Lindqvist"), QByteArray("worker1"), QByteArray("barntid-demo"),
             QByteArray("fel-lösenord"), worker.token.toUtf8()})
        QVERIFY2(!log.contains(word), word.constData());
}

void TestServerAudit::cursorBelowTheHorizonMustReset()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &worker = f.device(QStringLiteral("worker3"));
    QVERIFY(worker.isValid());
    const PullLog first = pullAll(worker);
    QVERIFY(first.error.isEmpty());
    const qint64 oldCursor = first.next;
    const QString caseId = newId();
    QCOMPARE(outcomes(worker.push({rec::upsert(
                 QStringLiteral("case"), caseId, rec::caseData(QStringLiteral("GONE-1")))})),
        QStringList({QStringLiteral("applied")}));
    QCOMPARE(outcomes(worker.push({rec::remove(QStringLiteral("case"), caseId, 1)})),
        QStringList({QStringLiteral("applied")}));
    const qint64 current = pullAll(worker, oldCursor).next;

    // Purging delete notices older than 0 days drops this one; a cursor from before it would miss
    // it.
    const CliRun purge = f.cli(
        {QStringLiteral("purge"), QStringLiteral("--older-than-days"), QStringLiteral("0")});
    QVERIFY2(purge.ok(), qPrintable(purge.describe()));
    const HttpResponse stale = worker.pull(oldCursor);
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
        QStringLiteral("reset_required"));
    // A device that had seen everything goes on; a full download works and lacks the tombstone.
    QCOMPARE(worker.pull(current).status, 200);
    const PullLog again = pullAll(worker, 0);
    QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
    QVERIFY(!Snapshot(again.changes).has(QStringLiteral("case"), caseId));
    QVERIFY(Snapshot(again.changes).size() >= Snapshot(first.changes).size());
    QCOMPARE(
        f.db().number(QStringLiteral("SELECT COUNT(*) FROM records WHERE id = ?"), {caseId}), 0);
    // A cursor past the server's checkpoint (a restored backup) must reset too.
    QCOMPARE(worker.pull(again.next + 1000).status, 409);
}

QTEST_GUILESS_MAIN(TestServerAudit)
#include "tst_serveraudit.moc"
