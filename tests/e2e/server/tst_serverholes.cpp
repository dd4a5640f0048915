// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10's findings about records, tried from outside against the real server as the worker,
// supervisor and foster parent who should not get through: forged signer and times, an editable
// access log, a case deleted under signed visits, an approved draft, booking refusals that differ
// by their cost, a cancelled booking confirmed again, a foster parent's view of their home, and
// positions kept after a case becomes protected.
#include "domain/ids.h"
#include "records.h"
#include "serverharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace e2eserver;
namespace r = e2eserver::records;

namespace {

QString idOf(const QJsonObject &o)
{
    return o.value(QLatin1StringView("id")).toString();
}

QString text(const QJsonObject &o, const char *field)
{
    return o.value(QLatin1StringView(field)).toString();
}

QString errorCode(const HttpResponse &push, int i = 0)
{
    return result(push, i)
        .value(QLatin1StringView("error"))
        .toObject()
        .value(QLatin1StringView("code"))
        .toString();
}

/** The "statements N" of the server's log line for the caller's last push. */
int lastPushStatements(ServerProcess &server, const QString &userId)
{
    static const QRegularExpression line(QStringLiteral("push user \"?([0-9a-f-]+)\"? device .* "
                                                        "statements (\\d+)"));
    int last = -1;
    const QStringList lines = QString::fromUtf8(server.log()).split(u'\n');
    for (const QString &l : lines) {
        const QRegularExpressionMatch m = line.match(l);
        if (m.hasMatch() && m.captured(1) == userId)
            last = m.captured(2).toInt();
    }
    return last;
}

} // namespace

class TestServerHoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void init() { E2E_SKIP_UNAVAILABLE_BACKEND(); }
    void cleanupTestCase() { TestDatabase::dropTemplates(); }

    void theServerDecidesSignerAndTimes();
    void userTimesStayWithinReason();
    void accessLogIsAppendOnly();
    void signedVisitsKeepTheirCaseAndHome();
    void supervisorsReviewOnlySignedVisits();
    void bookingRefusalsLookAndCostTheSame();
    void cancelledBookingStaysCancelled();
    void fosterParentsSeeTheLimitedHome();
    void protectedCaseLosesItsPositions();

private:
    /** A new case of worker1's, pushed; returns its id. */
    QString newCase(Device &worker, bool isProtected = false);
    QJsonObject pulledRecord(Device &d, const QString &entity, const QString &id);
};

QString TestServerHoles::newCase(Device &worker, bool isProtected)
{
    const QString id = barntid::newId();
    QJsonObject data = r::caseData(QStringLiteral("HOLE-") + id.right(6));
    data.insert(QStringLiteral("protected_identity"), isProtected);
    const HttpResponse push = worker.push({r::upsert(QStringLiteral("case"), id, data)});
    if (status(push, 0) != u"applied")
        qWarning("case not applied: %s", push.describe().constData());
    return id;
}

QJsonObject TestServerHoles::pulledRecord(Device &d, const QString &entity, const QString &id)
{
    const PullLog log = pullAll(d);
    if (!log.error.isEmpty())
        qWarning("pull failed: %s", qPrintable(log.error));
    return Snapshot(log.changes).get(entity, id);
}

void TestServerHoles::theServerDecidesSignerAndTimes()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &worker = f.device(QStringLiteral("worker1"));
    const QString supervisorId = f.userId(QStringLiteral("supervisor1"));
    const QString caseId = newCase(worker);
    const QString before = r::at(-1);

    // A worker pushes a signed visit "by the supervisor", made in 2019 by someone else's device.
    QJsonObject forged = r::visit(caseId, QStringLiteral("Anteckning"), true);
    forged.insert(QStringLiteral("signed_by"), supervisorId);
    forged.insert(QStringLiteral("author_id"), supervisorId);
    forged.insert(QStringLiteral("device_id"), barntid::newId());
    forged.insert(QStringLiteral("created_at"), QStringLiteral("2019-03-01T10:00:00Z"));
    forged.insert(QStringLiteral("updated_at"), QStringLiteral("2019-03-01T10:00:00Z"));
    const QString visitId = barntid::newId();
    const HttpResponse push = worker.push({r::upsert(QStringLiteral("visit"), visitId, forged)});
    QCOMPARE(outcomes(push), QStringList {QStringLiteral("applied")});

    const QJsonObject stored = pulledRecord(worker, QStringLiteral("visit"), visitId);
    QCOMPARE(text(stored, "signed_by"), worker.userId());
    QCOMPARE(text(stored, "author_id"), worker.userId());
    QCOMPARE(text(stored, "device_id"), worker.deviceId);
    QVERIFY2(text(stored, "created_at") >= before, qPrintable(text(stored, "created_at")));
    QVERIFY2(text(stored, "updated_at") >= before, qPrintable(text(stored, "updated_at")));
    // The user's own time stays: signed a minute ago on the tablet.
    QCOMPARE(text(stored, "signed_at"), text(forged, "signed_at"));
    const QString received = f.db().text(
        QStringLiteral("SELECT received_at FROM records WHERE entity = 'visit' AND id = ?"),
        {visitId});
    QVERIFY2(received >= before, qPrintable(received + f.db().lastError()));

    // An amendment "signed by the supervisor" is signed by the caller too.
    QJsonObject amendment = r::amendment(visitId, QStringLiteral("Tillägg"));
    amendment.insert(QStringLiteral("signed_by"), supervisorId);
    const QString amendmentId = barntid::newId();
    QCOMPARE(outcomes(worker.push(
                 {r::upsert(QStringLiteral("visit_amendment"), amendmentId, amendment)})),
        QStringList {QStringLiteral("applied")});
    QCOMPARE(
        text(pulledRecord(worker, QStringLiteral("visit_amendment"), amendmentId), "signed_by"),
        worker.userId());
}

void TestServerHoles::userTimesStayWithinReason()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &worker = f.device(QStringLiteral("worker1"));
    const QString caseId = newCase(worker);
    const auto signedAt = [&](const QString &when) {
        QJsonObject v = r::visit(caseId, QStringLiteral("Anteckning"), true);
        v.insert(QStringLiteral("signed_at"), when);
        v.insert(QStringLiteral("actual_start"), when);
        v.insert(QStringLiteral("actual_end"), when);
        return worker.push({r::upsert(QStringLiteral("visit"), barntid::newId(), v)});
    };
    const auto message = [](const HttpResponse &push) {
        return result(push, 0)["error"].toObject()["message"].toString();
    };
    const HttpResponse old = signedAt(QStringLiteral("2019-03-01T10:00:00Z"));
    QCOMPARE(outcomes(old), QStringList {QStringLiteral("rejected:invalid")});
    QVERIFY2(message(old).contains(QStringLiteral("signed_at")), qPrintable(message(old)));
    const HttpResponse future = signedAt(r::at(2 * 86400));
    QCOMPARE(outcomes(future), QStringList {QStringLiteral("rejected:invalid")});
    QVERIFY2(message(future).contains(QStringLiteral("signed_at")), qPrintable(message(future)));
    // The demo accounts have existed for years: a visit signed offline a week ago is valid.
    QJsonObject week = r::visit(caseId, QStringLiteral("Anteckning"), true);
    week.insert(QStringLiteral("signed_at"), r::at(-7 * 86400));
    const QString weekId = barntid::newId();
    QCOMPARE(outcomes(worker.push({r::upsert(QStringLiteral("visit"), weekId, week)})),
        QStringList {QStringLiteral("applied")});

    // An amendment cannot be signed before the note it amends.
    QJsonObject early = r::amendment(weekId, QStringLiteral("Tillägg"));
    early.insert(QStringLiteral("signed_at"), r::at(-8 * 86400));
    QCOMPARE(outcomes(worker.push(
                 {r::upsert(QStringLiteral("visit_amendment"), barntid::newId(), early)})),
        QStringList {QStringLiteral("rejected:invalid")});
}

void TestServerHoles::accessLogIsAppendOnly()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &worker = f.device(QStringLiteral("worker1"));
    const QString caseId = newCase(worker);
    const QString eventId = barntid::newId();
    const QJsonObject event = r::accessEvent(caseId, QStringLiteral("case"), caseId);
    QCOMPARE(outcomes(worker.push({r::upsert(QStringLiteral("access_event"), eventId, event)})),
        QStringList {QStringLiteral("applied")});
    const QJsonObject pulled = pulledRecord(worker, QStringLiteral("access_event"), eventId);
    QVERIFY(!pulled.isEmpty());

    const HttpResponse rewrite = worker.push({r::update(QStringLiteral("access_event"), pulled,
        {{QStringLiteral("opened_at"), QStringLiteral("2020-01-01T00:00:00Z")}})});
    QCOMPARE(outcomes(rewrite), QStringList {QStringLiteral("rejected:locked")});
    const HttpResponse erase = worker.push(
        {r::remove(QStringLiteral("access_event"), eventId, qint64(pulled["version"].toDouble()))});
    QCOMPARE(outcomes(erase), QStringList {QStringLiteral("rejected:locked")});
    const QJsonObject after = pulledRecord(worker, QStringLiteral("access_event"), eventId);
    QCOMPARE(text(after, "opened_at"), text(event, "opened_at"));
    QCOMPARE(after.value(QLatin1StringView("deleted")).toBool(), false);

    // A supervisor logs their own reading too (DESIGN.md §5: own, create only).
    Device &supervisor = f.device(QStringLiteral("supervisor1"));
    QCOMPARE(outcomes(supervisor.push({r::upsert(QStringLiteral("access_event"), barntid::newId(),
                 r::accessEvent(caseId, QStringLiteral("case"), caseId))})),
        QStringList {QStringLiteral("applied")});
}

void TestServerHoles::signedVisitsKeepTheirCaseAndHome()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &worker = f.device(QStringLiteral("worker1"));
    const QString caseId = newCase(worker);
    const QString visitId = barntid::newId();
    QCOMPARE(outcomes(worker.push({r::upsert(QStringLiteral("visit"), visitId,
                 r::visit(caseId, QStringLiteral("Anteckning"), true))})),
        QStringList {QStringLiteral("applied")});
    const qint64 caseVersion
        = qint64(pulledRecord(worker, QStringLiteral("case"), caseId)["version"].toDouble());
    const HttpResponse drop = worker.push({r::remove(QStringLiteral("case"), caseId, caseVersion)});
    QCOMPARE(outcomes(drop), QStringList {QStringLiteral("rejected:locked")});
    QCOMPARE(f.db().number(
                 QStringLiteral("SELECT deleted FROM records WHERE entity = 'case' AND id = ?"),
                 {caseId}),
        0);

    // A foster home with a signed visit stays too; one with only a draft may go.
    const QString homeId = barntid::newId();
    QCOMPARE(outcomes(worker.push({r::upsert(QStringLiteral("foster_home"), homeId,
                 r::fosterHome(QStringLiteral("Familjehem Test")))})),
        QStringList {QStringLiteral("applied")});
    QJsonObject homeVisit = r::visit({}, QStringLiteral("Besök i hemmet"), true);
    homeVisit.insert(QStringLiteral("kind"), QStringLiteral("foster_home"));
    homeVisit.insert(QStringLiteral("foster_home_id"), homeId);
    homeVisit.remove(QStringLiteral("case_id"));
    QCOMPARE(
        outcomes(worker.push({r::upsert(QStringLiteral("visit"), barntid::newId(), homeVisit)})),
        QStringList {QStringLiteral("applied")});
    const qint64 homeVersion
        = qint64(pulledRecord(worker, QStringLiteral("foster_home"), homeId)["version"].toDouble());
    QCOMPARE(outcomes(worker.push({r::remove(QStringLiteral("foster_home"), homeId, homeVersion)})),
        QStringList {QStringLiteral("rejected:locked")});

    const QString draftCase = newCase(worker);
    QCOMPARE(outcomes(worker.push({r::upsert(QStringLiteral("visit"), barntid::newId(),
                 r::visit(draftCase, QStringLiteral("Utkast"), false))})),
        QStringList {QStringLiteral("applied")});
    const qint64 draftVersion
        = qint64(pulledRecord(worker, QStringLiteral("case"), draftCase)["version"].toDouble());
    QCOMPARE(outcomes(worker.push({r::remove(QStringLiteral("case"), draftCase, draftVersion)})),
        QStringList {QStringLiteral("applied")});
}

void TestServerHoles::supervisorsReviewOnlySignedVisits()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &worker = f.device(QStringLiteral("worker1"));
    Device &supervisor = f.device(QStringLiteral("supervisor1"));
    const QString caseId = newCase(worker);
    const QString visitId = barntid::newId();
    QCOMPARE(outcomes(worker.push({r::upsert(QStringLiteral("visit"), visitId,
                 r::visit(caseId, QStringLiteral("Utkast"), false))})),
        QStringList {QStringLiteral("applied")});
    const HttpResponse early
        = supervisor.push({r::upsert(QStringLiteral("review"), barntid::newId(),
            r::review(QStringLiteral("visit"), visitId, QStringLiteral("approved")))});
    QCOMPARE(outcomes(early), QStringList {QStringLiteral("rejected:invalid")});
    QCOMPARE(f.db().number(QStringLiteral("SELECT COUNT(*) FROM records WHERE entity = 'review'")),
        f.db().number(QStringLiteral("SELECT COUNT(*) FROM records WHERE entity = 'review' AND "
                                     "parent_id <> ?"),
            {visitId}));
    QCOMPARE(f.db().number(
                 QStringLiteral("SELECT locked FROM records WHERE entity = 'visit' AND id = ?"),
                 {visitId}),
        0);

    const QJsonObject draft = pulledRecord(worker, QStringLiteral("visit"), visitId);
    QCOMPARE(outcomes(worker.push({r::update(QStringLiteral("visit"), draft,
                 {{QStringLiteral("status"), QStringLiteral("signed")},
                     {QStringLiteral("signed_at"), r::at()}})})),
        QStringList {QStringLiteral("applied")});
    QCOMPARE(outcomes(supervisor.push({r::upsert(QStringLiteral("review"), barntid::newId(),
                 r::review(QStringLiteral("visit"), visitId, QStringLiteral("approved"), 2))})),
        QStringList {QStringLiteral("applied")});
}

void TestServerHoles::bookingRefusalsLookAndCostTheSame()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &worker1 = f.device(QStringLiteral("worker1"));
    Device &worker4 = f.device(QStringLiteral("worker4"));
    Device &foster1 = f.device(QStringLiteral("foster1"));
    // A second family assigned to worker1, to take one of worker1's times first.
    const QString homeId = barntid::newId();
    QCOMPARE(outcomes(worker1.push({r::upsert(QStringLiteral("foster_home"), homeId,
                 r::fosterHome(QStringLiteral("Familjehem Två")))})),
        QStringList {QStringLiteral("applied")});
    const CliRun add = f.cli(
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--username"),
            QStringLiteral("foster9"), QStringLiteral("--role"), QStringLiteral("foster_parent"),
            QStringLiteral("--foster-home"), homeId, QStringLiteral("--password-stdin")},
        "barntid-demo\n");
    QVERIFY2(add.ok(), qPrintable(add.describe()));
    Device other = signIn(f.url(), QStringLiteral("foster9"));
    QVERIFY2(other.isValid(), other.login.describe());

    const QString takenSlot = barntid::newId();
    const QString hiddenSlot = barntid::newId();
    QCOMPARE(outcomes(worker1.push({r::upsert(QStringLiteral("slot"), takenSlot, r::slot(3))})),
        QStringList {QStringLiteral("applied")});
    QCOMPARE(outcomes(worker4.push({r::upsert(QStringLiteral("slot"), hiddenSlot, r::slot(3))})),
        QStringList {QStringLiteral("applied")});
    QCOMPARE(outcomes(other.push(
                 {r::upsert(QStringLiteral("booking"), barntid::newId(), r::booking(takenSlot))})),
        QStringList {QStringLiteral("applied")});

    QStringList answers;
    QList<int> costs;
    for (const QString &slotId : {barntid::newId(), hiddenSlot, takenSlot}) {
        const HttpResponse push = foster1.push(
            {r::upsert(QStringLiteral("booking"), barntid::newId(), r::booking(slotId))});
        QCOMPARE(push.status, 200);
        answers << QString::fromUtf8(QJsonDocument(result(push, 0)).toJson(QJsonDocument::Compact))
                       .remove(QRegularExpression(QStringLiteral("\"mutation_id\":\"[^\"]+\"")));
        costs << lastPushStatements(f.server(), foster1.userId());
        QCOMPARE(errorCode(push), QStringLiteral("slot_taken"));
    }
    QCOMPARE(answers.at(1), answers.at(0));
    QCOMPARE(answers.at(2), answers.at(0));
    QVERIFY2(costs.at(0) > 0, "the server logs the statements of a push");
    QCOMPARE(costs.at(1), costs.at(0));
    QCOMPARE(costs.at(2), costs.at(0));
}

void TestServerHoles::cancelledBookingStaysCancelled()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &worker = f.device(QStringLiteral("worker1"));
    Device &foster = f.device(QStringLiteral("foster1"));
    const QString slotId = barntid::newId();
    QCOMPARE(outcomes(worker.push({r::upsert(QStringLiteral("slot"), slotId, r::slot(4))})),
        QStringList {QStringLiteral("applied")});
    const QString bookingId = barntid::newId();
    QCOMPARE(outcomes(foster.push(
                 {r::upsert(QStringLiteral("booking"), bookingId, r::booking(slotId))})),
        QStringList {QStringLiteral("applied")});
    QJsonObject booking = pulledRecord(worker, QStringLiteral("booking"), bookingId);
    QCOMPARE(outcomes(worker.push({r::update(QStringLiteral("booking"), booking,
                 {{QStringLiteral("status"), QStringLiteral("confirmed")}})})),
        QStringList {QStringLiteral("applied")});
    booking = pulledRecord(foster, QStringLiteral("booking"), bookingId);
    QCOMPARE(outcomes(foster.push({r::update(QStringLiteral("booking"), booking,
                 {{QStringLiteral("status"), QStringLiteral("cancelled")},
                     {QStringLiteral("cancel_reason"), QStringLiteral("Sjuk")}})})),
        QStringList {QStringLiteral("applied")});
    // The family cancelled: the worker cannot put them back into the meeting.
    booking = pulledRecord(worker, QStringLiteral("booking"), bookingId);
    QCOMPARE(text(booking, "status"), QStringLiteral("cancelled"));
    QCOMPARE(outcomes(worker.push({r::update(QStringLiteral("booking"), booking,
                 {{QStringLiteral("status"), QStringLiteral("confirmed")}})})),
        QStringList {QStringLiteral("rejected:invalid")});
    // Cancelling again is idempotent.
    QCOMPARE(outcomes(worker.push({r::update(QStringLiteral("booking"), booking,
                 {{QStringLiteral("status"), QStringLiteral("cancelled")}})})),
        QStringList {QStringLiteral("applied")});

    // A booked slot is not withdrawn under the family: the booking is cancelled first.
    const QString second = barntid::newId();
    const QString secondSlot = barntid::newId();
    QCOMPARE(outcomes(worker.push({r::upsert(QStringLiteral("slot"), secondSlot, r::slot(5))})),
        QStringList {QStringLiteral("applied")});
    QCOMPARE(outcomes(foster.push(
                 {r::upsert(QStringLiteral("booking"), second, r::booking(secondSlot))})),
        QStringList {QStringLiteral("applied")});
    const qint64 slotVersion
        = qint64(pulledRecord(worker, QStringLiteral("slot"), secondSlot)["version"].toDouble());
    QCOMPARE(outcomes(worker.push({r::remove(QStringLiteral("slot"), secondSlot, slotVersion)})),
        QStringList {QStringLiteral("rejected:booked")});
}

void TestServerHoles::fosterParentsSeeTheLimitedHome()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &worker = f.device(QStringLiteral("worker1"));
    Device &foster = f.device(QStringLiteral("foster1"));
    QCOMPARE(
        outcomes(worker.push({r::upsert(QStringLiteral("slot"), barntid::newId(), r::slot(2))})),
        QStringList {QStringLiteral("applied")});
    const PullLog log = pullAll(foster);
    QVERIFY2(log.error.isEmpty(), qPrintable(log.error));
    const Snapshot seen(log.changes);
    const QList<QJsonObject> homes = seen.all(QStringLiteral("foster_home"));
    QCOMPARE(homes.size(), 1);
    QCOMPARE(idOf(homes.first()), foster.homeId());
    const QStringList allowed {QStringLiteral("id"), QStringLiteral("version"),
        QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("deleted"),
        QStringLiteral("name"), QStringLiteral("contact_persons")};
    for (const QString &field : homes.first().keys())
        QVERIFY2(allowed.contains(field), qPrintable(field));
    QVERIFY(homes.first().contains(QStringLiteral("name")));
    QVERIFY2(!seen.all(QStringLiteral("slot")).isEmpty(), "the family sees its worker's times");
    // No device id of anyone, and no worker's device either.
    QVERIFY2(!log.bodies.contains("\"device_id\""), log.bodies.left(400).constData());
    QVERIFY(!log.bodies.contains(worker.deviceId.toUtf8()));
    QVERIFY(!log.bodies.contains("training_"));
    QVERIFY(!log.bodies.contains("supervision_status"));
}

void TestServerHoles::protectedCaseLosesItsPositions()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &worker = f.device(QStringLiteral("worker1"));
    const QString caseId = newCase(worker);
    const auto withPosition = [](QJsonObject v) {
        v.insert(QStringLiteral("check_in_lat"), 59.3293);
        v.insert(QStringLiteral("check_in_lon"), 18.0686);
        v.insert(QStringLiteral("check_in_accuracy"), 12.0);
        v.insert(QStringLiteral("check_in_at"), r::at(-7000));
        return v;
    };
    const QString visitId = barntid::newId();
    QCOMPARE(outcomes(worker.push({r::upsert(QStringLiteral("visit"), visitId,
                 withPosition(r::visit(caseId, QStringLiteral("Hembesök"), true)))})),
        QStringList {QStringLiteral("applied")});
    // A visit to a foster home where the child is placed, about nobody in particular.
    const QString homeId = barntid::newId();
    QJsonObject home = r::fosterHome(QStringLiteral("Familjehem Tre"));
    home.insert(QStringLiteral("placed_case_ids"), QJsonArray {caseId});
    QCOMPARE(outcomes(worker.push({r::upsert(QStringLiteral("foster_home"), homeId, home)})),
        QStringList {QStringLiteral("applied")});
    QJsonObject homeVisit = withPosition(r::visit({}, QStringLiteral("I familjehemmet"), false));
    homeVisit.remove(QStringLiteral("case_id"));
    homeVisit.insert(QStringLiteral("kind"), QStringLiteral("foster_home"));
    homeVisit.insert(QStringLiteral("foster_home_id"), homeId);
    const QString homeVisitId = barntid::newId();
    QCOMPARE(outcomes(worker.push({r::upsert(QStringLiteral("visit"), homeVisitId, homeVisit)})),
        QStringList {QStringLiteral("applied")});
    QCOMPARE(
        pulledRecord(worker, QStringLiteral("visit"), visitId)["check_in_lat"].toDouble(), 59.3293);

    const QJsonObject c = pulledRecord(worker, QStringLiteral("case"), caseId);
    QCOMPARE(outcomes(worker.push({r::update(
                 QStringLiteral("case"), c, {{QStringLiteral("protected_identity"), true}})})),
        QStringList {QStringLiteral("applied")});
    for (const QString &id : {visitId, homeVisitId}) {
        const QJsonObject v = pulledRecord(worker, QStringLiteral("visit"), id);
        for (const char *field : {"check_in_lat", "check_in_lon", "check_in_accuracy"})
            QVERIFY2(v.value(QLatin1StringView(field)).isNull(), field);
        const QString stored = f.db().text(
            QStringLiteral("SELECT data FROM records WHERE entity = 'visit' AND id = ?"), {id});
        QVERIFY2(!stored.contains(QStringLiteral("59.3")), qPrintable(stored));
    }
    // The signed note itself is untouched.
    QCOMPARE(text(pulledRecord(worker, QStringLiteral("visit"), visitId), "note"),
        QStringLiteral("Hembesök"));
}

QTEST_GUILESS_MAIN(TestServerHoles)
#include "tst_serverholes.moc"
