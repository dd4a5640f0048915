// SPDX-License-Identifier: GPL-3.0-or-later
// GET /v1/records/{entity}/{id} (issue 11, item 7: a conflict's server copy): the caller's own
// record as a pull delivers it, audited like a pull; another worker's or team's record, a
// foster parent asking for case content and a record that does not exist all get the same
// 404 not_found; administrators 403, no token 401; bad entity or id 400. SQLite and PostgreSQL.
#include "domain/ids.h"
#include "records.h"
#include "serverharness.h"

#include <QTest>

using namespace e2eserver;
namespace rec = e2eserver::records;

using barntid::newId;

namespace {

HttpResponse read(Device &d, const QString &entity, const QString &id)
{
    return d.http->send("GET", QStringLiteral("/v1/records/%1/%2").arg(entity, id), {}, d.auth());
}

} // namespace

class TestServerRecordRead : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void init() { E2E_SKIP_UNAVAILABLE_BACKEND(); }
    void cleanupTestCase() { TestDatabase::dropTemplates(); }

    void readsTheCallersRecordAsAPullDoes();
    void outsideTheScopeIsNotFound();
};

void TestServerRecordRead::readsTheCallersRecordAsAPullDoes()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &worker = f.device(QStringLiteral("worker1"));
    QVERIFY2(worker.isValid(), worker.login.body.constData());
    const QString caseId = newId();
    const QString visitId = newId();
    QCOMPARE(outcomes(worker.push({rec::upsert(QStringLiteral("case"), caseId,
                                       rec::caseData(QStringLiteral("RD-1"))),
                 rec::upsert(QStringLiteral("visit"), visitId,
                     rec::visit(caseId, QStringLiteral("Serverns anteckning")))})),
        QStringList({QStringLiteral("applied"), QStringLiteral("applied")}));

    const HttpResponse r = read(worker, QStringLiteral("visit"), visitId.toUpper());
    QVERIFY2(r.status == 200, r.describe().constData());
    const QJsonObject body = r.json();
    QCOMPARE(body.value(QStringLiteral("entity")).toString(), QStringLiteral("visit"));
    QCOMPARE(body.value(QStringLiteral("id")).toString(), visitId);
    QCOMPARE(body.value(QStringLiteral("version")).toInteger(), 1);
    const QJsonObject data = body.value(QStringLiteral("data")).toObject();
    QCOMPARE(data.value(QStringLiteral("note")).toString(), QStringLiteral("Serverns anteckning"));
    QCOMPARE(data.value(QStringLiteral("author_id")).toString(), worker.userId());
    // Exactly what the pull delivers of it.
    const PullLog log = pullAll(worker);
    QVERIFY(log.error.isEmpty());
    QCOMPARE(data, Snapshot(log.changes).get(QStringLiteral("visit"), visitId));

    // Audited like a pull: one read row for the fetch, by this account and device.
    QCOMPARE(f.db().number(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'read' AND "
                                          "record_id = ? AND user_id = ? AND device_id = ? AND "
                                          "outcome = 'fetched'"),
                 {visitId, worker.userId(), worker.deviceId}),
        1);
    // The team's supervisor reads it too, as the pull would deliver it to them.
    Device &supervisor = f.device(QStringLiteral("supervisor1"));
    QCOMPARE(read(supervisor, QStringLiteral("visit"), visitId).status, 200);
    QCOMPARE(read(supervisor, QStringLiteral("case"), caseId).status, 200);
}

void TestServerRecordRead::outsideTheScopeIsNotFound()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &worker = f.device(QStringLiteral("worker1"));
    QVERIFY(worker.isValid());
    const QString caseId = newId();
    const QString visitId = newId();
    QCOMPARE(outcomes(worker.push({rec::upsert(QStringLiteral("case"), caseId,
                                       rec::caseData(QStringLiteral("RD-2"))),
                 rec::upsert(QStringLiteral("visit"), visitId,
                     rec::visit(caseId, QStringLiteral("Hemlig anteckning")))})),
        QStringList({QStringLiteral("applied"), QStringLiteral("applied")}));

    // Another team's worker, a colleague in the same team, a foster parent: the same 404 as a
    // record that does not exist, so nothing tells that it does.
    const HttpResponse absent = read(worker, QStringLiteral("visit"), newId());
    QCOMPARE(absent.status, 404);
    QCOMPARE(absent.errorCode(), QStringLiteral("not_found"));
    for (const QString &who : {QStringLiteral("worker4"), QStringLiteral("supervisor2"),
             QStringLiteral("worker2"), QStringLiteral("foster1")}) {
        Device &other = f.device(who);
        QVERIFY2(other.isValid(), qPrintable(who));
        for (const QString &entity : {QStringLiteral("visit"), QStringLiteral("case")}) {
            const QString id = entity == u"visit" ? visitId : caseId;
            const HttpResponse r = read(other, entity, id);
            QVERIFY2(r.status == 404, qPrintable(who + u' ' + r.describe()));
            QVERIFY(r.hasEnvelope());
            QCOMPARE(r.body, absent.body);
            QVERIFY(!r.body.contains("Hemlig"));
        }
        // Each refusal is in the audit log, under the caller.
        QCOMPARE(f.db().number(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'read' "
                                              "AND user_id = ? AND outcome = 'not_found'"),
                     {other.userId()}),
            2);
    }
    Device &admin = f.device(QStringLiteral("admin"));
    const HttpResponse asAdmin = read(admin, QStringLiteral("visit"), visitId);
    QCOMPARE(asAdmin.status, 403);
    QCOMPARE(asAdmin.errorCode(), QStringLiteral("forbidden"));
    const HttpResponse noToken
        = worker.http->send("GET", QStringLiteral("/v1/records/visit/%1").arg(visitId), {}, {});
    QCOMPARE(noToken.status, 401);
    QVERIFY(noToken.hasEnvelope());
    QCOMPARE(read(worker, QStringLiteral("person"), visitId).errorCode(),
        QStringLiteral("unknown_entity"));
    QCOMPARE(read(worker, QStringLiteral("visit"), QStringLiteral("not-a-uuid")).status, 400);
    QCOMPARE(
        worker.http
            ->send("POST", QStringLiteral("/v1/records/visit/%1").arg(visitId), "{}", worker.auth())
            .status,
        405);
    // Existing endpoints answer as before.
    QCOMPARE(
        worker.http->send("GET", QStringLiteral("/v1/records"), {}, worker.auth()).status, 404);
}

QTEST_GUILESS_MAIN(TestServerRecordRead)
#include "tst_serverrecordread.moc"
