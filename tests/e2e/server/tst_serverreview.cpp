// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor's review and handover (issue 12, DESIGN.md §5) against the real server on the
// demo municipality: one test per rule, each checking the push result and the audit row it
// leaves (action, outcome, record id; the log holds no content).
#include "domain/ids.h"
#include "records.h"
#include "serverharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace e2eserver;
namespace r = e2eserver::records;

namespace {

const QString applied = QStringLiteral("applied");
const QString forbidden = QStringLiteral("rejected:forbidden");
const QString invalid = QStringLiteral("rejected:invalid");
const QString locked = QStringLiteral("rejected:locked");
const QString note = QStringLiteral("Barnet berättade om skolan och kompisarna.");

QString idOf(const QJsonObject &o)
{
    return o.value(QLatin1StringView("id")).toString();
}

qint64 versionOf(const QJsonObject &o)
{
    return qint64(o.value(QLatin1StringView("version")).toDouble());
}

QJsonObject reviewOf(const QString &entity, const QString &id, qint64 version,
    const QString &decision = QStringLiteral("approved"))
{
    return r::upsert(
        QStringLiteral("review"), barntid::newId(), r::review(entity, id, decision, version));
}

QString recordId(const QJsonObject &m)
{
    return m.value(QLatin1StringView("id")).toString();
}

} // namespace

class TestServerReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void init() { E2E_SKIP_UNAVAILABLE_BACKEND(); }
    void cleanupTestCase() { TestDatabase::dropTemplates(); }

    void anotherTeamsRecordIsForbidden();
    void ownRecordIsForbidden();
    void draftIsNotReviewed();
    void onlyVisitsContactsAndTimeEntriesAreReviewed();
    void decisionOnAnOldVersionIsStale();
    void secondDecisionOnAVersionIsRefused();
    void theServerKeepsWhatWasDecidedOn();
    void amendmentMakesANewVersionOfTheVisit();
    void approvedContentStaysOnEveryPath();
    void supervisorHandsACaseOverInTheTeam();
    void handoverLeavesTheTeamOrChangesMoreIsRefused();

private:
    /** Pushes one mutation, compares "status[:code]" and finds its audit row (user, write,
     *  entity, outcome), which quotes nothing of the record. */
    void expect(ServerFixture &f, Device &who, const QJsonObject &mutation, const QString &outcome);
    QString newCase(Device &worker);
    /** A visit of the case, signed when pushed: version 1. */
    QString signedVisit(Device &worker, const QString &caseId);
    QJsonObject pulled(Device &d, const QString &entity, const QString &id);
};

void TestServerReview::expect(
    ServerFixture &f, Device &who, const QJsonObject &mutation, const QString &outcome)
{
    QVERIFY2(who.isValid(), who.login.describe());
    const QString entity = mutation.value(QLatin1StringView("entity")).toString();
    const QString rows = QStringLiteral(
        "SELECT COUNT(*) FROM audit WHERE record_id = ? AND action = 'write' AND user_id = ? AND "
        "device_id = ? AND entity = ? AND outcome = ?");
    const QVariantList binds {recordId(mutation), who.userId(), who.deviceId, entity, outcome};
    const qint64 before = f.db().number(rows, binds);
    const HttpResponse push = who.push({mutation});
    QVERIFY2(push.status == 200, push.describe());
    QCOMPARE(outcomes(push), QStringList {outcome});
    QCOMPARE(f.db().number(rows, binds), before + 1);
    // Nothing of the record's text reaches the audit log.
    QCOMPARE(f.db().number(QStringLiteral("SELECT COUNT(*) FROM audit WHERE outcome LIKE ? OR "
                                          "outcome LIKE ?"),
                 {QStringLiteral("%Komplettera%"), QStringLiteral("%skolan%")}),
        0);
}

QString TestServerReview::newCase(Device &worker)
{
    const QString id = barntid::newId();
    const HttpResponse push = worker.push(
        {r::upsert(QStringLiteral("case"), id, r::caseData(QStringLiteral("GR-") + id.right(6)))});
    if (status(push, 0) != applied)
        qWarning("case not applied: %s", push.describe().constData());
    return id;
}

QString TestServerReview::signedVisit(Device &worker, const QString &caseId)
{
    const QString id = barntid::newId();
    const HttpResponse push
        = worker.push({r::upsert(QStringLiteral("visit"), id, r::visit(caseId, note, true))});
    if (status(push, 0) != applied)
        qWarning("visit not applied: %s", push.describe().constData());
    return id;
}

QJsonObject TestServerReview::pulled(Device &d, const QString &entity, const QString &id)
{
    const PullLog log = pullAll(d);
    if (!log.error.isEmpty())
        qWarning("pull failed: %s", qPrintable(log.error));
    return Snapshot(log.changes).get(entity, id);
}

void TestServerReview::anotherTeamsRecordIsForbidden()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &worker1 = f.device(QStringLiteral("worker1"));
    Device &supervisor2 = f.device(QStringLiteral("supervisor2"));
    const QString visit = signedVisit(worker1, newCase(worker1));
    expect(f, supervisor2, reviewOf(QStringLiteral("visit"), visit, 1), forbidden);
    // A record that does not exist gets the same answer: existence is not revealed.
    expect(f, supervisor2, reviewOf(QStringLiteral("visit"), barntid::newId(), 1), forbidden);
    QCOMPARE(f.db().number(QStringLiteral("SELECT locked FROM records WHERE id = ?"), {visit}), 0);
}

void TestServerReview::ownRecordIsForbidden()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    // A social worker of a new team logs time, then becomes that team's supervisor.
    const QString password = QStringLiteral("ost-losenord-1");
    CliRun add = f.cli(
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--username"),
            QStringLiteral("lead5"), QStringLiteral("--role"), QStringLiteral("social_worker"),
            QStringLiteral("--team"), QStringLiteral("ost"), QStringLiteral("--password-stdin")},
        password.toUtf8() + '\n');
    QVERIFY2(add.ok(), qPrintable(add.describe()));
    Device asWorker = signIn(f.url(), QStringLiteral("lead5"), password);
    const QString entry = barntid::newId();
    QCOMPARE(
        outcomes(asWorker.push({r::upsert(QStringLiteral("time_entry"), entry, r::timeEntry())})),
        QStringList {applied});
    CliRun promote
        = f.cli({QStringLiteral("user"), QStringLiteral("set-role"), QStringLiteral("--username"),
            QStringLiteral("lead5"), QStringLiteral("--role"), QStringLiteral("supervisor")});
    QVERIFY2(promote.ok(), qPrintable(promote.describe()));
    Device asSupervisor = signIn(f.url(), QStringLiteral("lead5"), password);
    QVERIFY2(!pulled(asSupervisor, QStringLiteral("time_entry"), entry).isEmpty(),
        "the entry is in the supervisor's team scope");
    expect(f, asSupervisor, reviewOf(QStringLiteral("time_entry"), entry, 1), forbidden);
}

void TestServerReview::draftIsNotReviewed()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &worker1 = f.device(QStringLiteral("worker1"));
    Device &supervisor1 = f.device(QStringLiteral("supervisor1"));
    const QString draft = barntid::newId();
    QCOMPARE(outcomes(worker1.push({r::upsert(
                 QStringLiteral("visit"), draft, r::visit(newCase(worker1), note, false))})),
        QStringList {applied});
    expect(f, supervisor1, reviewOf(QStringLiteral("visit"), draft, 1), invalid);
}

void TestServerReview::onlyVisitsContactsAndTimeEntriesAreReviewed()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &worker1 = f.device(QStringLiteral("worker1"));
    Device &supervisor1 = f.device(QStringLiteral("supervisor1"));
    const QString caseId = newCase(worker1);
    const QString visit = signedVisit(worker1, caseId);
    const QString ownEvent = barntid::newId();
    QCOMPARE(outcomes(supervisor1.push({r::upsert(QStringLiteral("access_event"), ownEvent,
                 r::accessEvent(caseId, QStringLiteral("visit"), visit))})),
        QStringList {applied});
    const QJsonObject approval = reviewOf(QStringLiteral("visit"), visit, 1);
    expect(f, supervisor1, approval, applied);
    // The supervisor's own reading, a review, a case, an amendment, child time: not reviewed.
    const QString amendment = barntid::newId();
    QCOMPARE(outcomes(worker1.push({r::upsert(QStringLiteral("visit_amendment"), amendment,
                 r::amendment(visit, QStringLiteral("Tillägg.")))})),
        QStringList {applied});
    const std::pair<QString, QString> targets[] = {{QStringLiteral("access_event"), ownEvent},
        {QStringLiteral("review"), recordId(approval)}, {QStringLiteral("case"), caseId},
        {QStringLiteral("visit_amendment"), amendment},
        {QStringLiteral("child_time"), barntid::newId()}};
    for (const auto &[entity, id] : targets)
        expect(f, supervisor1, reviewOf(entity, id, 1), invalid);
    // A review names the version it decided on.
    QJsonObject unversioned = reviewOf(QStringLiteral("visit"), visit, 2);
    QJsonObject data = unversioned.value(QLatin1StringView("data")).toObject();
    data.remove(QStringLiteral("target_version"));
    unversioned.insert(QStringLiteral("data"), data);
    expect(f, supervisor1, unversioned, invalid);
    expect(f, supervisor1, reviewOf(QStringLiteral("visit"), visit, 0), invalid);
}

void TestServerReview::decisionOnAnOldVersionIsStale()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &worker1 = f.device(QStringLiteral("worker1"));
    Device &supervisor1 = f.device(QStringLiteral("supervisor1"));
    const QString visit = signedVisit(worker1, newCase(worker1));
    QCOMPARE(versionOf(pulled(supervisor1, QStringLiteral("visit"), visit)), 1);
    // The author adds an amendment while the supervisor reads version 1.
    QCOMPARE(outcomes(worker1.push({r::upsert(QStringLiteral("visit_amendment"), barntid::newId(),
                 r::amendment(visit, QStringLiteral("Rättelse: fel skola.")))})),
        QStringList {applied});
    const QJsonObject stale = reviewOf(QStringLiteral("visit"), visit, 1);
    expect(f, supervisor1, stale, QStringLiteral("rejected:review_stale"));
    const HttpResponse again = supervisor1.push({stale});
    QCOMPARE(result(again, 0)
                 .value(QLatin1StringView("error"))
                 .toObject()
                 .value(QLatin1StringView("message"))
                 .toString(),
        QStringLiteral("the entry changed since it was read"));
    expect(f, supervisor1, reviewOf(QStringLiteral("visit"), visit, 2), applied);
    // A contact and a time entry the same way.
    const QString home = f.db().text(
        QStringLiteral("SELECT foster_home_id FROM foster_home_workers WHERE user_id = ?"),
        {worker1.userId()});
    const QString contact = barntid::newId();
    QCOMPARE(
        outcomes(worker1.push({r::upsert(QStringLiteral("contact"), contact, r::contact(home))})),
        QStringList {applied});
    const QJsonObject pulledContact = pulled(worker1, QStringLiteral("contact"), contact);
    QCOMPARE(outcomes(worker1.push({r::update(QStringLiteral("contact"), pulledContact,
                 {{QStringLiteral("duration_minutes"), 30}})})),
        QStringList {applied});
    expect(f, supervisor1, reviewOf(QStringLiteral("contact"), contact, 1),
        QStringLiteral("rejected:review_stale"));
    expect(f, supervisor1, reviewOf(QStringLiteral("contact"), contact, 2), applied);
}

void TestServerReview::secondDecisionOnAVersionIsRefused()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &worker1 = f.device(QStringLiteral("worker1"));
    Device &tablet = f.device(QStringLiteral("supervisor1"));
    Device phone = f.newDevice(QStringLiteral("supervisor1"));
    const QString visit = signedVisit(worker1, newCase(worker1));
    const QJsonObject first = reviewOf(QStringLiteral("visit"), visit, 1);
    expect(f, tablet, first, applied);
    // The same decision replayed by the device that made it is a duplicate, not a refusal.
    QCOMPARE(outcomes(tablet.push({first})), QStringList {QStringLiteral("duplicate")});
    expect(f, phone, reviewOf(QStringLiteral("visit"), visit, 1, QStringLiteral("returned")),
        QStringLiteral("rejected:already_reviewed"));
    // Two decisions in one push: the second one is refused as well.
    const QString entry = barntid::newId();
    QCOMPARE(
        outcomes(worker1.push({r::upsert(QStringLiteral("time_entry"), entry, r::timeEntry())})),
        QStringList {applied});
    const QJsonObject a = reviewOf(QStringLiteral("time_entry"), entry, 1);
    const QJsonObject b
        = reviewOf(QStringLiteral("time_entry"), entry, 1, QStringLiteral("returned"));
    QCOMPARE(outcomes(tablet.push({a, b})),
        QStringList({applied, QStringLiteral("rejected:already_reviewed")}));
    QCOMPARE(f.db().number(QStringLiteral("SELECT COUNT(*) FROM audit WHERE record_id = ? AND "
                                          "outcome = 'rejected:already_reviewed'"),
                 {recordId(b)}),
        1);
    // A new version (an amendment) is decided on anew.
    QCOMPARE(outcomes(worker1.push({r::upsert(QStringLiteral("visit_amendment"), barntid::newId(),
                 r::amendment(visit, QStringLiteral("Kompletterat.")))})),
        QStringList {applied});
    expect(
        f, phone, reviewOf(QStringLiteral("visit"), visit, 2, QStringLiteral("returned")), applied);
}

void TestServerReview::theServerKeepsWhatWasDecidedOn()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &worker1 = f.device(QStringLiteral("worker1"));
    Device &supervisor1 = f.device(QStringLiteral("supervisor1"));
    const QString visit = signedVisit(worker1, newCase(worker1));
    const QString second = barntid::newId(), first = barntid::newId();
    QJsonObject later = r::amendment(visit, QStringLiteral("Andra tillägget."));
    later.insert(QStringLiteral("signed_at"), r::at(-10));
    QJsonObject earlier = r::amendment(visit, QStringLiteral("Första tillägget."));
    earlier.insert(QStringLiteral("signed_at"), r::at(-20));
    // Pushed in the other order: the snapshot lists them as they stand below the note.
    QCOMPARE(outcomes(worker1.push({r::upsert(QStringLiteral("visit_amendment"), second, later),
                 r::upsert(QStringLiteral("visit_amendment"), first, earlier)})),
        QStringList({applied, applied}));
    const QJsonObject atDecision = pulled(supervisor1, QStringLiteral("visit"), visit);
    QCOMPARE(versionOf(atDecision), 3);
    QJsonObject review = reviewOf(QStringLiteral("visit"), visit, 3, QStringLiteral("returned"));
    QJsonObject data = review.value(QLatin1StringView("data")).toObject();
    data.insert(QStringLiteral("target_snapshot"), QStringLiteral("{\"note\":\"förfalskad\"}"));
    review.insert(QStringLiteral("data"), data);
    expect(f, supervisor1, review, applied);

    const QJsonObject stored = pulled(worker1, QStringLiteral("review"), recordId(review));
    QCOMPARE(stored.value(QLatin1StringView("reviewer_id")).toString(), supervisor1.userId());
    QCOMPARE(versionOf(stored), 1);
    QCOMPARE(stored.value(QLatin1StringView("target_version")).toInteger(), 3);
    QJsonParseError error;
    const QJsonObject snapshot = QJsonDocument::fromJson(
        stored.value(QLatin1StringView("target_snapshot")).toString().toUtf8(), &error)
                                     .object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(snapshot.value(QLatin1StringView("note")).toString(), note);
    QCOMPARE(versionOf(snapshot), 3);
    QCOMPARE(snapshot.value(QLatin1StringView("status")).toString(), QStringLiteral("signed"));
    const QJsonArray amendments = snapshot.value(QLatin1StringView("amendments")).toArray();
    QCOMPARE(amendments.size(), 2);
    QCOMPARE(idOf(amendments[0].toObject()), first);
    QCOMPARE(idOf(amendments[1].toObject()), second);
    const QJsonObject oldest = amendments[0].toObject();
    QCOMPARE(
        oldest.value(QLatin1StringView("text")).toString(), QStringLiteral("Första tillägget."));
    QCOMPARE(oldest.value(QLatin1StringView("signed_by")).toString(), worker1.userId());
    QVERIFY(!oldest.value(QLatin1StringView("signed_at")).toString().isEmpty());
    QCOMPARE(oldest.keys(),
        QStringList({QStringLiteral("id"), QStringLiteral("signed_at"), QStringLiteral("signed_by"),
            QStringLiteral("text")}));
    // Every wire field of the visit as it was decided on, and nothing of another version.
    for (auto it = atDecision.begin(); it != atDecision.end(); ++it)
        QVERIFY2(snapshot.value(it.key()) == it.value(), qPrintable(it.key()));
}

void TestServerReview::amendmentMakesANewVersionOfTheVisit()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &worker1 = f.device(QStringLiteral("worker1"));
    Device &supervisor1 = f.device(QStringLiteral("supervisor1"));
    const QString caseId = newCase(worker1);
    const QString visit = barntid::newId();
    QCOMPARE(outcomes(worker1.push(
                 {r::upsert(QStringLiteral("visit"), visit, r::visit(caseId, note, false))})),
        QStringList {applied});
    const PullLog before = pullAll(supervisor1);
    QVERIFY(before.error.isEmpty());
    const QJsonObject draft = Snapshot(before.changes).get(QStringLiteral("visit"), visit);
    QCOMPARE(versionOf(draft), 1);

    // Signed and amended in one push: the visit is at version 3, delivered before its amendment.
    const QString amendment = barntid::newId();
    const HttpResponse push
        = worker1.push({r::update(QStringLiteral("visit"), draft,
                            {{QStringLiteral("status"), QStringLiteral("signed")},
                                {QStringLiteral("signed_at"), r::at(-30)}}),
            r::upsert(QStringLiteral("visit_amendment"), amendment,
                r::amendment(visit, QStringLiteral("Tillägg samma dag.")))});
    QCOMPARE(outcomes(push), QStringList({applied, applied}));
    const PullLog after = pullAll(supervisor1, before.next);
    QVERIFY(after.error.isEmpty());
    qint64 lastSeq = before.next, visitSeq = 0, amendmentSeq = 0;
    for (const QJsonObject &c : after.changes) {
        const qint64 seq = qint64(c.value(QLatin1StringView("seq")).toDouble());
        QVERIFY2(seq > lastSeq, "pull delivers in seq order");
        lastSeq = seq;
        if (c.value(QLatin1StringView("id")).toString() == visit)
            visitSeq = seq;
        if (c.value(QLatin1StringView("id")).toString() == amendment)
            amendmentSeq = seq;
    }
    QVERIFY(visitSeq > 0 && amendmentSeq > 0);
    const Snapshot now(before.changes + after.changes);
    const QJsonObject signedVisit = now.get(QStringLiteral("visit"), visit);
    QCOMPARE(versionOf(signedVisit), 3);
    QCOMPARE(signedVisit.value(QLatin1StringView("status")).toString(), QStringLiteral("signed"));
    QCOMPARE(signedVisit.value(QLatin1StringView("note")).toString(), note);
    QVERIFY(now.has(QStringLiteral("visit_amendment"), amendment));

    // Another amendment later: version 4, a newer updated_at, the note untouched.
    QCOMPARE(outcomes(worker1.push({r::upsert(QStringLiteral("visit_amendment"), barntid::newId(),
                 r::amendment(visit, QStringLiteral("Ett till.")))})),
        QStringList {applied});
    const QJsonObject fourth = pulled(worker1, QStringLiteral("visit"), visit);
    QCOMPARE(versionOf(fourth), 4);
    QVERIFY(fourth.value(QLatin1StringView("updated_at")).toString()
        >= signedVisit.value(QLatin1StringView("updated_at")).toString());
    QCOMPARE(fourth.value(QLatin1StringView("note")).toString(), note);
    QCOMPARE(f.db().number(QStringLiteral("SELECT version FROM records WHERE entity = 'visit' AND "
                                          "id = ?"),
                 {visit}),
        4);
}

void TestServerReview::approvedContentStaysOnEveryPath()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &worker1 = f.device(QStringLiteral("worker1"));
    Device &worker2 = f.device(QStringLiteral("worker2"));
    Device &supervisor1 = f.device(QStringLiteral("supervisor1"));
    Device &foster1 = f.device(QStringLiteral("foster1"));
    Device &admin = f.device(QStringLiteral("admin"));
    const QString caseId = newCase(worker1);
    const QString visit = signedVisit(worker1, caseId);
    const QString entry = barntid::newId();
    QCOMPARE(outcomes(worker1.push(
                 {r::upsert(QStringLiteral("time_entry"), entry, r::timeEntry(caseId))})),
        QStringList {applied});
    expect(f, supervisor1, reviewOf(QStringLiteral("visit"), visit, 1), applied);
    expect(f, supervisor1, reviewOf(QStringLiteral("time_entry"), entry, 1), applied);
    const QString contentSql
        = QStringLiteral("SELECT data, locked, version FROM records WHERE entity = ? AND id = ?");
    const auto visitBefore = f.db().rows(contentSql, {QStringLiteral("visit"), visit});
    QCOMPARE(visitBefore.size(), 1);
    QCOMPARE(visitBefore[0][1].toInt(), 1);

    const QJsonObject copy = pulled(worker1, QStringLiteral("visit"), visit);
    const QJsonObject entryCopy = pulled(worker1, QStringLiteral("time_entry"), entry);
    const QJsonObject edit = r::update(
        QStringLiteral("visit"), copy, {{QStringLiteral("note"), QStringLiteral("ändrad")}});
    expect(f, worker1, edit, locked);
    expect(f, worker1, r::remove(QStringLiteral("visit"), visit, 1), locked);
    expect(f, worker1,
        r::update(QStringLiteral("time_entry"), entryCopy,
            {{QStringLiteral("category"), QStringLiteral("travel")}}),
        locked);
    expect(f, worker1, r::remove(QStringLiteral("time_entry"), entry, 1), locked);
    expect(f, worker2, r::update(QStringLiteral("visit"), copy, {}), forbidden);
    expect(f, supervisor1, r::update(QStringLiteral("visit"), copy, {}), forbidden);
    expect(f, foster1, r::update(QStringLiteral("visit"), copy, {}), forbidden);
    expect(f, admin, r::update(QStringLiteral("visit"), copy, {}), forbidden);
    expect(f, admin, r::remove(QStringLiteral("visit"), visit, 1), forbidden);
    QCOMPARE(f.db().rows(contentSql, {QStringLiteral("visit"), visit}), visitBefore);

    // The administrator's commands move the case and its visits, never their content.
    CliRun assign = f.cli({QStringLiteral("case"), QStringLiteral("assign"), QStringLiteral("--id"),
        caseId, QStringLiteral("--worker"), QStringLiteral("worker2")});
    QVERIFY2(assign.ok(), qPrintable(assign.describe()));
    QCOMPARE(f.db().rows(contentSql, {QStringLiteral("visit"), visit}), visitBefore);
    const QJsonObject moved = pulled(worker2, QStringLiteral("visit"), visit);
    QCOMPARE(moved.value(QLatin1StringView("note")).toString(), note);
    expect(f, worker2, r::update(QStringLiteral("visit"), moved, {}), locked);

    // An amendment goes below the note: accepted, a new version, still approved-locked.
    expect(f, worker2,
        r::upsert(QStringLiteral("visit_amendment"), barntid::newId(),
            r::amendment(visit, QStringLiteral("Tillägg efter godkännandet."))),
        applied);
    const auto visitAfter = f.db().rows(contentSql, {QStringLiteral("visit"), visit});
    QCOMPARE(visitAfter[0][1].toInt(), 1);
    QCOMPARE(visitAfter[0][2].toLongLong(), 2);
    const QJsonObject oldData
        = QJsonDocument::fromJson(visitBefore[0][0].toString().toUtf8()).object();
    QJsonObject newData = QJsonDocument::fromJson(visitAfter[0][0].toString().toUtf8()).object();
    for (const char *field : {"version", "updated_at"})
        newData.insert(QLatin1StringView(field), oldData.value(QLatin1StringView(field)));
    QCOMPARE(newData, oldData);
}

void TestServerReview::supervisorHandsACaseOverInTheTeam()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &worker1 = f.device(QStringLiteral("worker1"));
    Device &worker2 = f.device(QStringLiteral("worker2"));
    Device &supervisor1 = f.device(QStringLiteral("supervisor1"));
    const QString caseId = newCase(worker1);
    const QString visit = signedVisit(worker1, caseId);
    const PullLog had1 = pullAll(worker1), had2 = pullAll(worker2);
    QVERIFY(had1.error.isEmpty() && had2.error.isEmpty());
    QVERIFY(!Snapshot(had2.changes).has(QStringLiteral("case"), caseId));

    const QJsonObject stored = pulled(supervisor1, QStringLiteral("case"), caseId);
    expect(f, supervisor1,
        r::update(
            QStringLiteral("case"), stored, {{QStringLiteral("responsible_id"), worker2.userId()}}),
        applied);
    QCOMPARE(f.db().text(QStringLiteral("SELECT author_id FROM records WHERE entity = 'case' AND "
                                        "id = ?"),
                 {caseId}),
        worker1.userId());

    const PullLog now1 = pullAll(worker1, had1.next), now2 = pullAll(worker2, had2.next);
    QVERIFY(now1.error.isEmpty() && now2.error.isEmpty());
    Snapshot gone(had1.changes), came(had2.changes);
    gone.apply(now1.changes);
    came.apply(now2.changes);
    QVERIFY(gone.wasDeleted(QStringLiteral("case"), caseId));
    QVERIFY(gone.wasDeleted(QStringLiteral("visit"), visit));
    QVERIFY(came.has(QStringLiteral("case"), caseId));
    QVERIFY(came.has(QStringLiteral("visit"), visit));
    QCOMPARE(came.get(QStringLiteral("case"), caseId)
                 .value(QLatin1StringView("responsible_id"))
                 .toString(),
        worker2.userId());
    // The new worker carries on with the case.
    expect(f, worker2,
        r::upsert(QStringLiteral("visit_amendment"), barntid::newId(),
            r::amendment(visit, QStringLiteral("Ny handläggare."))),
        applied);
}

void TestServerReview::handoverLeavesTheTeamOrChangesMoreIsRefused()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &worker1 = f.device(QStringLiteral("worker1"));
    Device &worker4 = f.device(QStringLiteral("worker4"));
    Device &supervisor1 = f.device(QStringLiteral("supervisor1"));
    Device &supervisor2 = f.device(QStringLiteral("supervisor2"));
    const QString caseId = newCase(worker1);
    const QJsonObject stored = pulled(supervisor1, QStringLiteral("case"), caseId);
    const auto handTo = [&](const QString &who, const QJsonObject &more = {}) {
        QJsonObject changes = more;
        changes.insert(QStringLiteral("responsible_id"), who);
        return r::update(QStringLiteral("case"), stored, changes);
    };
    expect(f, supervisor1, handTo(worker4.userId()), forbidden);
    expect(f, supervisor1, handTo(supervisor1.userId()), invalid);
    expect(f, supervisor1,
        handTo(f.userId(QStringLiteral("worker2")),
            {{QStringLiteral("child_name"), QStringLiteral("Annan A.")}}),
        forbidden);
    expect(f, supervisor1,
        handTo(f.userId(QStringLiteral("worker2")), {{QStringLiteral("protected_identity"), true}}),
        forbidden);
    expect(f, supervisor2, handTo(worker4.userId()), forbidden);
    CliRun disable = f.cli({QStringLiteral("user"), QStringLiteral("disable"),
        QStringLiteral("--username"), QStringLiteral("worker3")});
    QVERIFY2(disable.ok(), qPrintable(disable.describe()));
    expect(f, supervisor1, handTo(f.userId(QStringLiteral("worker3"))), invalid);
    // Nor does the supervisor delete or create a case.
    expect(f, supervisor1, r::remove(QStringLiteral("case"), caseId, 1), forbidden);
    expect(f, supervisor1,
        r::upsert(QStringLiteral("case"), barntid::newId(),
            r::caseData(QStringLiteral("S-9"), f.userId(QStringLiteral("worker2")))),
        forbidden);
    QCOMPARE(f.db().number(QStringLiteral("SELECT version FROM records WHERE entity = 'case' AND "
                                          "id = ?"),
                 {caseId}),
        1);
    // A handover on an old copy is a conflict, kept beside the server's version.
    QJsonObject old = stored;
    old.insert(QStringLiteral("version"), 0);
    const QJsonObject late = r::update(QStringLiteral("case"), old,
        {{QStringLiteral("responsible_id"), f.userId(QStringLiteral("worker2"))}});
    expect(f, supervisor1, late, QStringLiteral("conflict:stale_version"));
}

QTEST_GUILESS_MAIN(TestServerReview)
#include "tst_serverreview.moc"
