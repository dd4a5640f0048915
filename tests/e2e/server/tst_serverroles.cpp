// SPDX-License-Identifier: GPL-3.0-or-later
// The role table of DESIGN.md §5, every cell both ways, against the real server: what each
// role may write is applied, what it may not is refused per mutation; what each account pulls
// is exactly what the table (ScopeOracle) gives it — other teams' and homes' records included.
#include "domain/ids.h"
#include "records.h"
#include "scopeoracle.h"
#include "serverharness.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace e2eserver;
namespace r = e2eserver::records;

namespace {

const QStringList accounts {QStringLiteral("worker1"), QStringLiteral("worker2"),
    QStringLiteral("worker3"), QStringLiteral("worker4"), QStringLiteral("supervisor1"),
    QStringLiteral("supervisor2"), QStringLiteral("foster1"), QStringLiteral("foster2")};

const QStringList caseContent {QStringLiteral("case"), QStringLiteral("visit"),
    QStringLiteral("visit_amendment"), QStringLiteral("child_time"), QStringLiteral("contact"),
    QStringLiteral("time_entry"), QStringLiteral("review"), QStringLiteral("access_event")};

QString idOf(const QJsonObject &o)
{
    return o.value(QLatin1StringView("id")).toString();
}

/** The first record of the entity in the snapshot that matches. */
template<typename Pred> QJsonObject find(const Snapshot &s, const QString &entity, Pred pred)
{
    for (const QJsonObject &o : s.all(entity)) {
        if (pred(o))
            return o;
    }
    return {};
}

QJsonObject visitOf(const Snapshot &s, const QString &caseId, const QString &status)
{
    return find(s, QStringLiteral("visit"), [&](const QJsonObject &o) {
        return o.value(QLatin1StringView("case_id")).toString() == caseId
            && o.value(QLatin1StringView("status")).toString() == status;
    });
}

} // namespace

class TestServerRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void init() { E2E_SKIP_UNAVAILABLE_BACKEND(); }
    void cleanupTestCase() { TestDatabase::dropTemplates(); }

    void seededScopesMatchTheRoleTable();
    void socialWorkerCells();
    void supervisorCells();
    void fosterParentCells();
    void adminGetsNothing();
    void caseHandover();
    void newlyAssignedWorkersSlotsReachTheHome();

private:
    /** Pushes one mutation and compares "status[:code]". */
    void expect(Device &who, const QJsonObject &mutation, const QString &outcome, const char *what);
    /** Every account's pull equals the oracle's answer; foster parents see no case content. */
    void checkScopes(ServerFixture &f);
    Snapshot pulled(Device &d);
};

void TestServerRoles::expect(
    Device &who, const QJsonObject &mutation, const QString &outcome, const char *what)
{
    const HttpResponse answer = who.push({mutation});
    QVERIFY2(answer.status == 200, qPrintable(QString::fromUtf8(what) + u' ' + answer.describe()));
    const QStringList got = outcomes(answer);
    QVERIFY2(got == QStringList {outcome},
        qPrintable(QStringLiteral("%1 (%2): expected %3, got %4")
                       .arg(QString::fromUtf8(what), who.username, outcome, got.join(u','))));
    // A refusal names no person and quotes no content.
    const QString message = result(answer, 0)
                                .value(QLatin1StringView("error"))
                                .toObject()
                                .value(QLatin1StringView("message"))
                                .toString();
    for (const char *name : {"Anna", "Lindqvist", "Elsa", "Maria", "Sjögren", "Ahmadi"})
        QVERIFY2(!message.contains(QString::fromUtf8(name)), qPrintable(message));
}

Snapshot TestServerRoles::pulled(Device &d)
{
    const PullLog log = pullAll(d, 0, 97);
    if (!log.error.isEmpty())
        qWarning("pull by %s failed: %s", qPrintable(d.username), qPrintable(log.error));
    return Snapshot(log.changes);
}

void TestServerRoles::checkScopes(ServerFixture &f)
{
    const ScopeOracle oracle(f.db());
    QVERIFY2(oracle.error().trimmed().isEmpty(), qPrintable(oracle.error()));
    QStringList caseContentIds;
    for (const QVariantList &row : f.db().rows(QStringLiteral("SELECT entity, id FROM records"))) {
        if (caseContent.contains(row.at(0).toString()))
            caseContentIds << row.at(1).toString();
    }
    QVERIFY(!caseContentIds.isEmpty());
    for (const QString &account : accounts) {
        Device &d = f.device(account);
        QVERIFY2(d.isValid(), d.login.describe());
        const PullLog log = pullAll(d, 0, 97);
        QVERIFY2(log.error.isEmpty(), qPrintable(account + u' ' + log.error));
        const QStringList got = Snapshot(log.changes).keys();
        const QStringList want = oracle.visibleTo(account);
        const auto [extra, missing] = ScopeOracle::compare(got, want);
        QVERIFY2(extra.isEmpty() && missing.isEmpty(),
            qPrintable(QStringLiteral("%1 pulls %2 records outside its scope: %3; misses %4: %5")
                           .arg(account)
                           .arg(extra.size())
                           .arg(extra.join(u' '))
                           .arg(missing.size())
                           .arg(missing.join(u' '))));
        QVERIFY2(!want.isEmpty(), qPrintable(account + QStringLiteral(" has an empty scope")));
        if (!account.startsWith(u"foster"))
            continue;
        // Not even a delete of case content, no placed children, no case id anywhere.
        for (const QJsonObject &c : log.changes) {
            const QString entity = c.value(QLatin1StringView("entity")).toString();
            QVERIFY2(QStringList({QStringLiteral("foster_home"), QStringLiteral("slot"),
                                     QStringLiteral("booking")})
                         .contains(entity),
                qPrintable(account + QStringLiteral(" received a ") + entity));
        }
        QVERIFY2(!log.bodies.contains("placed_case_ids"), qPrintable(account));
        for (const QString &id : std::as_const(caseContentIds))
            QVERIFY2(!log.bodies.contains(id.toUtf8()),
                qPrintable(account + QStringLiteral(" received the id of case content ") + id));
    }
}

void TestServerRoles::seededScopesMatchTheRoleTable()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    checkScopes(f);
    if (QTest::currentTestFailed())
        return;
    // The demo data as DESIGN.md §7 has it, seen through the role table.
    const Snapshot w1 = pulled(f.device(QStringLiteral("worker1")));
    QCOMPARE(w1.ids(QStringLiteral("case")).size(), 3);
    QCOMPARE(w1.ids(QStringLiteral("visit")).size(), 6);
    QCOMPARE(w1.ids(QStringLiteral("slot")).size(), 12);
    QCOMPARE(w1.ids(QStringLiteral("foster_home")).size(), 1);
    const Snapshot s1 = pulled(f.device(QStringLiteral("supervisor1")));
    QCOMPARE(s1.ids(QStringLiteral("case")).size(), 7); // worker1 3, worker2 2, worker3 2
    const Snapshot s2 = pulled(f.device(QStringLiteral("supervisor2")));
    QCOMPARE(s2.ids(QStringLiteral("case")).size(), 3);
    const Snapshot f1 = pulled(f.device(QStringLiteral("foster1")));
    QCOMPARE(f1.entities(), QStringList({QStringLiteral("foster_home"), QStringLiteral("slot")}));
    QCOMPARE(f1.ids(QStringLiteral("slot")).size(), 12);
    QCOMPARE(f1.ids(QStringLiteral("foster_home")), w1.ids(QStringLiteral("foster_home")));
}

void TestServerRoles::socialWorkerCells()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &w1 = f.device(QStringLiteral("worker1"));
    Device &w2 = f.device(QStringLiteral("worker2"));
    Device &w4 = f.device(QStringLiteral("worker4"));
    QVERIFY2(w1.isValid() && w2.isValid() && w4.isValid(), w1.login.describe());
    const Snapshot s1 = pulled(w1), s2 = pulled(w2), s4 = pulled(w4);
    const QString case1 = s1.ids(QStringLiteral("case")).first();
    const QString case2 = s2.ids(QStringLiteral("case")).first();
    const QString case4 = s4.ids(QStringLiteral("case")).first();
    const QJsonObject draft1 = visitOf(s1, case1, QStringLiteral("draft"));
    const QJsonObject signed1 = visitOf(s1, case1, QStringLiteral("signed"));
    const QJsonObject draft2 = visitOf(s2, case2, QStringLiteral("draft"));
    const QJsonObject signed2 = visitOf(s2, case2, QStringLiteral("signed"));
    const QJsonObject draft4 = visitOf(s4, case4, QStringLiteral("draft"));
    const QJsonObject home1 = s1.all(QStringLiteral("foster_home")).first();
    const QJsonObject home2 = s4.all(QStringLiteral("foster_home")).first();
    const QJsonObject slot4 = s4.all(QStringLiteral("slot")).first();
    const QJsonObject slot1 = s1.all(QStringLiteral("slot")).first();
    QVERIFY(!draft1.isEmpty() && !signed1.isEmpty() && !draft2.isEmpty() && !draft4.isEmpty());
    const QString applied = QStringLiteral("applied");
    const QString forbidden = QStringLiteral("rejected:forbidden");
    const QString locked = QStringLiteral("rejected:locked");

    // Own / assigned: read + write.
    const QString newCase = barntid::newId(), newVisit = barntid::newId();
    expect(w1, r::upsert(QStringLiteral("case"), newCase, r::caseData(QStringLiteral("T-1"))),
        applied, "own case");
    expect(w1, r::upsert(QStringLiteral("visit"), newVisit, r::visit(newCase, QStringLiteral("n"))),
        applied, "visit on own case");
    expect(w1,
        r::upsert(QStringLiteral("child_time"), barntid::newId(), r::childTime(newCase, newVisit)),
        applied, "child time on own case");
    expect(w1, r::upsert(QStringLiteral("time_entry"), barntid::newId(), r::timeEntry(newCase)),
        applied, "time entry");
    expect(w1, r::upsert(QStringLiteral("contact"), barntid::newId(), r::contact(idOf(home1))),
        applied, "contact with the assigned home");
    expect(w1,
        r::upsert(QStringLiteral("visit_amendment"), barntid::newId(),
            r::amendment(idOf(signed1), QStringLiteral("Tillägg"))),
        applied, "amendment to own signed visit");
    expect(w1,
        r::upsert(QStringLiteral("access_event"), barntid::newId(),
            r::accessEvent(case1, QStringLiteral("visit"), idOf(draft1))),
        applied, "own access event");
    expect(
        w1, r::upsert(QStringLiteral("slot"), barntid::newId(), r::slot(3)), applied, "own slot");
    expect(w1,
        r::upsert(QStringLiteral("foster_home"), barntid::newId(),
            r::fosterHome(QStringLiteral("Nya hemmet"))),
        applied, "new foster home");
    expect(w1,
        r::update(
            QStringLiteral("visit"), draft1, {{QStringLiteral("note"), QStringLiteral("ändrad")}}),
        applied, "edit own draft");
    expect(w1,
        r::update(QStringLiteral("foster_home"), home1,
            {{QStringLiteral("phone"), QStringLiteral("08-123")}}),
        applied, "edit assigned home");
    expect(w1,
        r::update(QStringLiteral("case"),
            s1.get(QStringLiteral("case"), s1.ids(QStringLiteral("case")).at(1)),
            {{QStringLiteral("responsible_id"), w2.userId()}}),
        applied, "hand own case to a colleague in the team");
    expect(w1,
        r::update(
            QStringLiteral("visit"), signed1, {{QStringLiteral("note"), QStringLiteral("x")}}),
        locked, "edit own signed visit");
    expect(w1, r::remove(QStringLiteral("visit"), idOf(signed2), 1), forbidden,
        "delete a colleague's signed visit");

    // Not own: the same team's colleague and the other team are both out of reach.
    expect(w1,
        r::upsert(QStringLiteral("visit"), barntid::newId(), r::visit(case2, QStringLiteral("n"))),
        forbidden, "visit on a colleague's case");
    expect(w1,
        r::upsert(QStringLiteral("visit"), barntid::newId(), r::visit(case4, QStringLiteral("n"))),
        forbidden, "visit on another team's case");
    expect(w1,
        r::update(QStringLiteral("case"), s4.get(QStringLiteral("case"), case4),
            {{QStringLiteral("child_name"), QStringLiteral("X")}}),
        forbidden, "edit another team's case");
    expect(w4,
        r::update(QStringLiteral("case"), s2.get(QStringLiteral("case"), case2),
            {{QStringLiteral("child_name"), QStringLiteral("X")}}),
        forbidden, "edit another team's case (syd → norr)");
    expect(w1,
        r::update(QStringLiteral("visit"), draft2, {{QStringLiteral("note"), QStringLiteral("x")}}),
        forbidden, "edit a colleague's draft");
    expect(w1, r::remove(QStringLiteral("visit"), idOf(draft4), 1), forbidden,
        "delete another team's visit");
    expect(w1, r::upsert(QStringLiteral("child_time"), barntid::newId(), r::childTime(case4)),
        forbidden, "child time on another team's case");
    expect(w1, r::upsert(QStringLiteral("time_entry"), barntid::newId(), r::timeEntry(case4)),
        applied, "own time entry that names another team's case stays own");
    expect(w1,
        r::upsert(QStringLiteral("visit_amendment"), barntid::newId(),
            r::amendment(idOf(signed2), QStringLiteral("x"))),
        forbidden, "amendment to a colleague's visit");
    expect(w1, r::upsert(QStringLiteral("contact"), barntid::newId(), r::contact(idOf(home2))),
        forbidden, "contact with an unassigned home");
    expect(w1,
        r::update(QStringLiteral("foster_home"), home2,
            {{QStringLiteral("phone"), QStringLiteral("08-1")}}),
        forbidden, "edit an unassigned home");
    expect(w1,
        r::update(QStringLiteral("slot"), slot4, {{QStringLiteral("place"), QStringLiteral("x")}}),
        forbidden, "edit another worker's slot");
    expect(w4, r::remove(QStringLiteral("slot"), idOf(slot1), 1), forbidden,
        "delete another worker's slot");
    expect(w1,
        r::upsert(QStringLiteral("case"), barntid::newId(),
            r::caseData(QStringLiteral("T-2"), w4.userId())),
        forbidden, "case for a worker of another team");
    expect(w1, r::upsert(QStringLiteral("booking"), barntid::newId(), r::booking(idOf(slot1))),
        forbidden, "social workers do not book");
    expect(w1,
        r::upsert(QStringLiteral("review"), barntid::newId(),
            r::review(QStringLiteral("visit"), idOf(draft1), QStringLiteral("approved"))),
        forbidden, "social workers do not review");
    if (QTest::currentTestFailed())
        return;
    checkScopes(f);
}

void TestServerRoles::supervisorCells()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &w1 = f.device(QStringLiteral("worker1"));
    Device &w2 = f.device(QStringLiteral("worker2"));
    Device &sup1 = f.device(QStringLiteral("supervisor1"));
    Device &sup2 = f.device(QStringLiteral("supervisor2"));
    QVERIFY2(sup1.isValid() && sup2.isValid(), sup1.login.describe());
    const Snapshot s1 = pulled(w1), s2 = pulled(w2), t1 = pulled(sup1), t2 = pulled(sup2);
    const QString case1 = s1.ids(QStringLiteral("case")).first();
    const QString case2 = s2.ids(QStringLiteral("case")).first();
    const QJsonObject draft1 = visitOf(s1, case1, QStringLiteral("draft"));
    const QJsonObject draft2 = visitOf(s2, case2, QStringLiteral("draft"));
    const QJsonObject visit4 = t2.all(QStringLiteral("visit")).first();
    const QJsonObject home1 = t1.all(QStringLiteral("foster_home")).first();
    const QJsonObject slot1 = t1.all(QStringLiteral("slot")).first();
    const QString forbidden = QStringLiteral("rejected:forbidden");
    QVERIFY(t1.has(QStringLiteral("visit"), idOf(draft1)));

    // Team's records: read only.
    expect(sup1,
        r::upsert(QStringLiteral("case"), barntid::newId(), r::caseData(QStringLiteral("S-1"))),
        forbidden, "supervisor creates a case");
    expect(sup1,
        r::upsert(QStringLiteral("visit"), barntid::newId(), r::visit(case1, QStringLiteral("n"))),
        forbidden, "supervisor writes a visit");
    expect(sup1,
        r::update(QStringLiteral("visit"), t1.get(QStringLiteral("visit"), idOf(draft1)),
            {{QStringLiteral("note"), QStringLiteral("x")}}),
        forbidden, "supervisor edits a team visit");
    expect(sup1,
        r::update(QStringLiteral("case"), t1.get(QStringLiteral("case"), case1),
            {{QStringLiteral("child_name"), QStringLiteral("X")}}),
        forbidden, "supervisor edits a team case");
    expect(sup1, r::upsert(QStringLiteral("child_time"), barntid::newId(), r::childTime(case1)),
        forbidden, "supervisor writes child time");
    expect(sup1, r::upsert(QStringLiteral("contact"), barntid::newId(), r::contact(idOf(home1))),
        forbidden, "supervisor writes a contact");
    expect(sup1, r::upsert(QStringLiteral("time_entry"), barntid::newId(), r::timeEntry()),
        forbidden, "supervisor writes a time entry");
    // DESIGN.md §5: a supervisor's own reading is logged like anyone's (create only).
    expect(sup1,
        r::upsert(QStringLiteral("access_event"), barntid::newId(),
            r::accessEvent(case1, QStringLiteral("case"), case1)),
        QStringLiteral("applied"), "supervisor logs their own reading");
    expect(sup1,
        r::update(QStringLiteral("foster_home"), home1,
            {{QStringLiteral("phone"), QStringLiteral("08-1")}}),
        forbidden, "supervisor edits a team home");
    expect(sup1, r::upsert(QStringLiteral("slot"), barntid::newId(), r::slot(2)), forbidden,
        "supervisor publishes a slot");
    expect(sup1, r::remove(QStringLiteral("slot"), idOf(slot1), 1), forbidden,
        "supervisor deletes a team slot");
    expect(sup1, r::upsert(QStringLiteral("booking"), barntid::newId(), r::booking(idOf(slot1))),
        forbidden, "supervisor books");

    // Reviews: the own team's signed records only (a draft is not reviewed, issue 10); approve
    // locks the target for its author.
    expect(sup1,
        r::upsert(QStringLiteral("review"), barntid::newId(),
            r::review(QStringLiteral("visit"), idOf(draft1), QStringLiteral("approved"))),
        QStringLiteral("rejected:invalid"), "supervisor approves a draft");
    for (const auto &[author, draft] : {std::pair {&w1, &draft1}, std::pair {&w2, &draft2}}) {
        expect(*author,
            r::update(QStringLiteral("visit"), *draft,
                {{QStringLiteral("status"), QStringLiteral("signed")},
                    {QStringLiteral("signed_at"), r::at()}}),
            QStringLiteral("applied"), "author signs the draft");
    }
    const QString approval = barntid::newId();
    expect(sup1,
        r::upsert(QStringLiteral("review"), approval,
            r::review(QStringLiteral("visit"), idOf(draft1), QStringLiteral("approved"), 2)),
        QStringLiteral("applied"), "supervisor approves a team visit");
    expect(sup1,
        r::upsert(QStringLiteral("review"), barntid::newId(),
            r::review(QStringLiteral("visit"), idOf(visit4), QStringLiteral("approved"))),
        forbidden, "supervisor reviews another team's visit");
    expect(sup2,
        r::upsert(QStringLiteral("review"), barntid::newId(),
            r::review(QStringLiteral("visit"), idOf(draft1), QStringLiteral("returned"))),
        forbidden, "the other team's supervisor reviews");
    expect(sup1,
        r::upsert(QStringLiteral("review"), barntid::newId(),
            r::review(QStringLiteral("visit"), barntid::newId(), QStringLiteral("approved"))),
        forbidden, "review of a record that does not exist");
    expect(w1,
        r::update(QStringLiteral("visit"), draft1,
            {{QStringLiteral("note"), QStringLiteral("efter godkännande")}}),
        QStringLiteral("rejected:locked"), "author edits an approved visit");
    expect(w1,
        r::remove(QStringLiteral("visit"), idOf(draft1),
            qint64(draft1.value(QLatin1StringView("version")).toDouble())),
        QStringLiteral("rejected:locked"), "author deletes an approved visit");
    expect(sup1,
        r::upsert(QStringLiteral("review"), barntid::newId(),
            r::review(QStringLiteral("visit"), idOf(draft2), QStringLiteral("returned"), 2)),
        QStringLiteral("applied"), "supervisor returns a team visit");
    expect(w2,
        r::upsert(QStringLiteral("visit_amendment"), barntid::newId(),
            r::amendment(idOf(draft2), QStringLiteral("Kompletterat efter återförvisningen."))),
        QStringLiteral("applied"), "author answers a returned visit with an amendment");
    const Snapshot review1 = pulled(w1);
    QVERIFY2(
        review1.has(QStringLiteral("review"), approval), "the author reads reviews of own records");
    QCOMPARE(review1.get(QStringLiteral("review"), approval)
                 .value(QLatin1StringView("reviewer_id"))
                 .toString(),
        sup1.userId());
    expect(sup1,
        r::update(QStringLiteral("review"), review1.get(QStringLiteral("review"), approval),
            {{QStringLiteral("decision"), QStringLiteral("returned")}}),
        forbidden, "a review is not rewritten");
    QCOMPARE(f.db().number(
                 QStringLiteral("SELECT locked FROM records WHERE entity = 'visit' AND id = ?"),
                 {idOf(draft1)}),
        1);
    if (QTest::currentTestFailed())
        return;
    checkScopes(f);
}

void TestServerRoles::fosterParentCells()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &w1 = f.device(QStringLiteral("worker1"));
    Device &w4 = f.device(QStringLiteral("worker4"));
    Device &sup1 = f.device(QStringLiteral("supervisor1"));
    Device &f1 = f.device(QStringLiteral("foster1"));
    Device &f2 = f.device(QStringLiteral("foster2"));
    QVERIFY2(f1.isValid() && f2.isValid(), f1.login.describe());
    const Snapshot s1 = pulled(w1), s4 = pulled(w4), p1 = pulled(f1);
    const QString case1 = s1.ids(QStringLiteral("case")).first();
    const QJsonObject home1 = s1.all(QStringLiteral("foster_home")).first();
    const QStringList slots1 = p1.ids(QStringLiteral("slot"));
    const QString slot4 = s4.ids(QStringLiteral("slot")).first();
    const QString forbidden = QStringLiteral("rejected:forbidden");
    const QString taken = QStringLiteral("rejected:slot_taken");
    QCOMPARE(slots1, s1.ids(QStringLiteral("slot")));
    // A time the family may still cancel (24 h before it starts) whenever the test runs: the
    // first demo time is on Tuesday evening, past that limit from Monday evening.
    QString cancellable;
    QDateTime earliest;
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(26 * 3600);
    for (const QJsonObject &slot : p1.all(QStringLiteral("slot"))) {
        const QDateTime start = QDateTime::fromString(
            slot.value(QLatin1StringView("starts_at")).toString(), Qt::ISODateWithMs);
        if (start > after && (!earliest.isValid() || start < earliest)) {
            earliest = start;
            cancellable = idOf(slot);
        }
    }
    QVERIFY2(!cancellable.isEmpty(), "no demo time starts more than 26 hours from now");

    // The home's placed children are never shown to its foster parents.
    expect(w1,
        r::update(QStringLiteral("foster_home"), home1,
            {{QStringLiteral("placed_case_ids"), QJsonArray {case1}}}),
        QStringLiteral("applied"), "worker records a placement");

    // Own bookings: create and cancel; nothing else.
    const QString booking = barntid::newId();
    expect(f1, r::upsert(QStringLiteral("booking"), booking, r::booking(cancellable)),
        QStringLiteral("applied"), "book an open slot");
    expect(f2, r::upsert(QStringLiteral("booking"), barntid::newId(), r::booking(cancellable)),
        taken, "book another home's worker's slot");
    expect(f1, r::upsert(QStringLiteral("booking"), barntid::newId(), r::booking(cancellable)),
        taken, "book a taken slot");
    expect(f1, r::upsert(QStringLiteral("booking"), barntid::newId(), r::booking(slot4)), taken,
        "book a slot of an unassigned worker");
    expect(f1, r::upsert(QStringLiteral("booking"), barntid::newId(), r::booking(barntid::newId())),
        taken, "book a missing slot");
    const Snapshot mine = pulled(f1);
    QVERIFY(mine.has(QStringLiteral("booking"), booking));
    QCOMPARE(mine.get(QStringLiteral("booking"), booking)
                 .value(QLatin1StringView("foster_home_id"))
                 .toString(),
        f1.homeId());
    const QJsonObject own = mine.get(QStringLiteral("booking"), booking);
    expect(f1,
        r::update(QStringLiteral("booking"), own,
            {{QStringLiteral("status"), QStringLiteral("confirmed")}}),
        forbidden, "foster parent confirms own booking");
    expect(f2,
        r::update(QStringLiteral("booking"), own,
            {{QStringLiteral("status"), QStringLiteral("cancelled")}}),
        forbidden, "another home cancels the booking");
    expect(w4,
        r::update(QStringLiteral("booking"), own,
            {{QStringLiteral("status"), QStringLiteral("confirmed")}}),
        forbidden, "another team's worker confirms");
    expect(sup1,
        r::update(QStringLiteral("booking"), own,
            {{QStringLiteral("status"), QStringLiteral("confirmed")}}),
        forbidden, "supervisor confirms");
    expect(w1,
        r::update(QStringLiteral("booking"), own,
            {{QStringLiteral("status"), QStringLiteral("confirmed")}}),
        QStringLiteral("applied"), "slot owner confirms");
    const QJsonObject confirmed = pulled(f1).get(QStringLiteral("booking"), booking);
    QCOMPARE(confirmed.value(QLatin1StringView("status")).toString(), QStringLiteral("confirmed"));
    if (QTest::currentTestFailed())
        return;
    checkScopes(f); // the taken slot is foster1's alone now
    if (QTest::currentTestFailed())
        return;
    expect(f1,
        r::update(QStringLiteral("booking"), confirmed,
            {{QStringLiteral("status"), QStringLiteral("cancelled")},
                {QStringLiteral("cancel_reason"), QStringLiteral("Sjuk")}}),
        QStringLiteral("applied"), "foster parent cancels own booking");

    // Nothing of any case, no slots, no reviews, no home edits.
    const QList<std::pair<QString, QJsonObject>> none {
        {QStringLiteral("case"), r::caseData(QStringLiteral("F-1"))},
        {QStringLiteral("visit"), r::visit(case1, QStringLiteral("n"))},
        {QStringLiteral("child_time"), r::childTime(case1)},
        {QStringLiteral("contact"), r::contact(idOf(home1))},
        {QStringLiteral("time_entry"), r::timeEntry()},
        {QStringLiteral("slot"), r::slot(4)},
        {QStringLiteral("review"),
            r::review(QStringLiteral("visit"), barntid::newId(), QStringLiteral("approved"))},
        {QStringLiteral("access_event"), r::accessEvent(case1, QStringLiteral("case"), case1)},
        {QStringLiteral("foster_home"), r::fosterHome(QStringLiteral("Eget hem"))},
    };
    for (const auto &[entity, data] : none)
        expect(f1, r::upsert(entity, barntid::newId(), data), forbidden,
            qPrintable(QStringLiteral("foster parent writes ") + entity));
    expect(f1,
        r::update(QStringLiteral("foster_home"),
            pulled(f1).get(QStringLiteral("foster_home"), idOf(home1)),
            {{QStringLiteral("name"), QStringLiteral("X")}}),
        forbidden, "foster parent edits own home");
    if (QTest::currentTestFailed())
        return;
    checkScopes(f); // the cancelled slot is open to foster1 again
}

void TestServerRoles::adminGetsNothing()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &admin = f.device(QStringLiteral("admin"));
    QVERIFY2(admin.isValid(), admin.login.describe());
    const HttpResponse pull = admin.pull(0);
    QCOMPARE(pull.status, 403);
    QVERIFY2(pull.hasEnvelope(), pull.describe());
    const Snapshot s1 = pulled(f.device(QStringLiteral("worker1")));
    const QString case1 = s1.ids(QStringLiteral("case")).first();
    const QJsonObject visit1 = visitOf(s1, case1, QStringLiteral("draft"));
    const QStringList before = f.db().recordVersions();
    QList<QJsonObject> all {
        r::upsert(QStringLiteral("case"), barntid::newId(), r::caseData(QStringLiteral("A-1"))),
        r::update(
            QStringLiteral("visit"), visit1, {{QStringLiteral("note"), QStringLiteral("admin")}}),
        r::remove(QStringLiteral("case"), case1, 1),
        r::upsert(QStringLiteral("slot"), barntid::newId(), r::slot(1)),
        r::upsert(
            QStringLiteral("foster_home"), barntid::newId(), r::fosterHome(QStringLiteral("H"))),
        r::upsert(QStringLiteral("review"), barntid::newId(),
            r::review(QStringLiteral("visit"), idOf(visit1), QStringLiteral("approved"))),
        r::upsert(QStringLiteral("booking"), barntid::newId(),
            r::booking(s1.ids(QStringLiteral("slot")).first())),
        r::upsert(QStringLiteral("access_event"), barntid::newId(),
            r::accessEvent(case1, QStringLiteral("case"), case1)),
    };
    const HttpResponse push = admin.push(all);
    QCOMPARE(push.status, 200);
    QCOMPARE(outcomes(push), QStringList(all.size(), QStringLiteral("rejected:forbidden")));
    QCOMPARE(f.db().recordVersions(), before);
}

void TestServerRoles::caseHandover()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &w1 = f.device(QStringLiteral("worker1"));
    Device &w2 = f.device(QStringLiteral("worker2"));
    Device &sup1 = f.device(QStringLiteral("supervisor1"));
    Device &sup2 = f.device(QStringLiteral("supervisor2"));
    PullLog l1 = pullAll(w1), l2 = pullAll(w2), t1 = pullAll(sup1), t2 = pullAll(sup2);
    QVERIFY(l1.error.isEmpty() && l2.error.isEmpty() && t1.error.isEmpty() && t2.error.isEmpty());
    const Snapshot s1(l1.changes);
    const QString moved = s1.ids(QStringLiteral("case")).first();
    QStringList dependents;
    for (const QString &entity : {QStringLiteral("visit"), QStringLiteral("child_time")}) {
        for (const QJsonObject &o : s1.all(entity)) {
            if (o.value(QLatin1StringView("case_id")).toString() == moved)
                dependents << entity + u'/' + idOf(o);
        }
    }
    QCOMPARE(dependents.size(), 4); // two visits, two child-time segments

    // Within the team: worker1's devices are told to drop it, worker2's receive it.
    CliRun run = f.cli({QStringLiteral("case"), QStringLiteral("assign"), QStringLiteral("--id"),
        moved, QStringLiteral("--worker"), QStringLiteral("worker2")});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    const PullLog after1 = pullAll(w1, l1.next), after2 = pullAll(w2, l2.next);
    QVERIFY(after1.error.isEmpty() && after2.error.isEmpty());
    Snapshot gone = s1;
    gone.apply(after1.changes);
    Snapshot came(l2.changes);
    came.apply(after2.changes);
    QVERIFY2(gone.wasDeleted(QStringLiteral("case"), moved), after1.bodies.constData());
    QVERIFY2(came.has(QStringLiteral("case"), moved), after2.bodies.constData());
    for (const QString &k : std::as_const(dependents)) {
        QVERIFY2(gone.wasDeleted(k.section(u'/', 0, 0), k.section(u'/', 1)), qPrintable(k));
        QVERIFY2(came.has(k.section(u'/', 0, 0), k.section(u'/', 1)), qPrintable(k));
    }
    QVERIFY(!pullAll(sup1, t1.next).bodies.contains("\"op\":\"delete\""));
    expect(w1,
        r::update(QStringLiteral("visit"), visitOf(s1, moved, QStringLiteral("draft")),
            {{QStringLiteral("note"), QStringLiteral("x")}}),
        QStringLiteral("rejected:forbidden"), "the previous worker edits a handed-over visit");
    expect(w2,
        r::upsert(QStringLiteral("visit"), barntid::newId(), r::visit(moved, QStringLiteral("ny"))),
        QStringLiteral("applied"), "the new worker writes on the case");

    // Across teams: the old supervisor loses it, the new one gains it.
    run = f.cli({QStringLiteral("case"), QStringLiteral("assign"), QStringLiteral("--id"), moved,
        QStringLiteral("--worker"), QStringLiteral("worker4")});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    Snapshot sup1View(t1.changes), sup2View(t2.changes);
    sup1View.apply(pullAll(sup1, t1.next).changes);
    sup2View.apply(pullAll(sup2, t2.next).changes);
    QVERIFY(sup1View.wasDeleted(QStringLiteral("case"), moved));
    QVERIFY(sup2View.has(QStringLiteral("case"), moved));
    for (const QString &k : std::as_const(dependents)) {
        QVERIFY2(sup1View.wasDeleted(k.section(u'/', 0, 0), k.section(u'/', 1)), qPrintable(k));
        QVERIFY2(sup2View.has(k.section(u'/', 0, 0), k.section(u'/', 1)), qPrintable(k));
    }
    checkScopes(f);
}

void TestServerRoles::newlyAssignedWorkersSlotsReachTheHome()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &w1 = f.device(QStringLiteral("worker1"));
    const QString home2 = f.db().text(
        QStringLiteral("SELECT foster_home_id FROM users WHERE username = 'foster2'"));
    QVERIFY(!home2.isEmpty());
    // An existing home gets a second worker: that worker's open slots become bookable there.
    const CliRun assign = f.cli({QStringLiteral("foster-home"), QStringLiteral("assign"),
        QStringLiteral("--id"), home2, QStringLiteral("--worker"), QStringLiteral("worker1")});
    QVERIFY2(assign.ok(), qPrintable(assign.describe()));
    checkScopes(f);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(pulled(f.device(QStringLiteral("foster2"))).ids(QStringLiteral("slot")).size(), 24);
    // A home a worker creates after publishing slots, and its first foster parent account.
    const QString home = barntid::newId();
    expect(w1,
        r::upsert(QStringLiteral("foster_home"), home, r::fosterHome(QStringLiteral("Hem 3"))),
        QStringLiteral("applied"), "worker creates a home");
    const CliRun add = f.cli(
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--username"),
            QStringLiteral("foster3"), QStringLiteral("--role"), QStringLiteral("foster_parent"),
            QStringLiteral("--foster-home"), home, QStringLiteral("--password-stdin")},
        "foster3-password\n");
    QVERIFY2(add.ok(), qPrintable(add.describe()));
    Device f3 = signIn(f.url(), QStringLiteral("foster3"), QStringLiteral("foster3-password"));
    QVERIFY2(f3.isValid(), f3.login.describe());
    const Snapshot seen = pulled(f3);
    QCOMPARE(seen.ids(QStringLiteral("slot")), pulled(w1).ids(QStringLiteral("slot")));
    QCOMPARE(seen.ids(QStringLiteral("foster_home")), QStringList {home});
    QCOMPARE(Snapshot(pullAll(f3).changes).keys(),
        ScopeOracle(f.db()).visibleTo(QStringLiteral("foster3")));
}

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_serverroles.moc"
