// SPDX-License-Identifier: GPL-3.0-or-later
// A child's answers in child mode (issue 16, DESIGN.md §4 survey_response) on the real server:
// who may write and read them (as their visit: the worker and the team's supervisor; never a
// foster parent, another team or a family), the rules they must fit (the visit's child, a set
// version the server has, answers each question allows), and that they stay as they are once
// the child said "klar" or the visit was signed.
#include "domain/ids.h"
#include "records.h"
#include "serverharness.h"

#include <QJsonArray>
#include <QTest>

using namespace e2eserver;
namespace r = e2eserver::records;

namespace {

const QString response = QStringLiteral("survey_response");
const QString applied = QStringLiteral("applied");

QString idOf(const QJsonObject &o)
{
    return o.value(QLatin1StringView("id")).toString();
}

QJsonObject answers(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    QJsonObject o;
    for (const auto &[q, v] : pairs)
        o.insert(QLatin1StringView(q), QString::fromUtf8(v));
    return o;
}

/** One mutation, its "status[:code]". */
QString outcome(Device &who, const QJsonObject &mutation)
{
    const HttpResponse answer = who.push({mutation});
    if (answer.status != 200)
        return QStringLiteral("http %1").arg(answer.status);
    return outcomes(answer).value(0);
}

Snapshot pulled(Device &d)
{
    const PullLog log = pullAll(d);
    if (!log.error.isEmpty())
        qWarning("pull by %s failed: %s", qPrintable(d.username), qPrintable(log.error));
    return Snapshot(log.changes);
}

/** A draft visit of worker1's first case, pushed now. */
struct Setting
{
    QString caseId;
    QString visitId;
    QString homeId;
};

} // namespace

class TestServerSurveys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void init() { E2E_SKIP_UNAVAILABLE_BACKEND(); }
    void cleanupTestCase() { TestDatabase::dropTemplates(); }

    void answersTravelLikeTheirVisit();
    void answersMustFitTheSet();
    void answersStayOnceDoneOrSigned();
    void placedChildAnswersOnAFosterHomeVisit();
    void fosterParentNeverReachesAnAnswer();
    void aDisabledAccountReachesNoAnswer();

private:
    Setting prepare(ServerFixture &f);
};

Setting TestServerSurveys::prepare(ServerFixture &f)
{
    Device &w1 = f.device(QStringLiteral("worker1"));
    const Snapshot s = pulled(w1);
    Setting out;
    out.caseId = s.ids(QStringLiteral("case")).value(0);
    out.homeId = s.ids(QStringLiteral("foster_home")).value(0);
    out.visitId = barntid::newId();
    const QString pushed = outcome(w1,
        r::upsert(QStringLiteral("visit"), out.visitId, r::visit(out.caseId, QStringLiteral("n"))));
    if (pushed != applied)
        qWarning("the visit was not applied: %s", qPrintable(pushed));
    return out;
}

void TestServerSurveys::answersTravelLikeTheirVisit()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    const Setting s = prepare(f);
    Device &w1 = f.device(QStringLiteral("worker1"));
    const QString id = barntid::newId();
    // Saved answer by answer, as child mode does: each save is a new version.
    QCOMPARE(outcome(w1,
                 r::upsert(response, id,
                     r::surveyResponse(s.visitId, s.caseId, answers({{"home", "4"}})))),
        applied);
    QCOMPARE(outcome(w1,
                 r::upsert(response, id,
                     r::surveyResponse(s.visitId, s.caseId,
                         answers({{"home", "4"}, {"talk_to", "friend"},
                             {"tell_worker", "Jag vill bo kvar."}, {"safe", "declined"}})),
                     1)),
        applied);
    QCOMPARE(outcome(w1,
                 r::upsert(response, id,
                     r::surveyResponse(s.visitId, s.caseId,
                         answers({{"home", "4"}, {"talk_to", "friend"},
                             {"tell_worker", "Jag vill bo kvar."}, {"safe", "declined"}}),
                         true),
                     2)),
        applied);

    // The same accounts as the visit hold it, with the author and times the server decided.
    for (const char *account :
        {"worker1", "worker2", "worker4", "supervisor1", "supervisor2", "foster1", "foster2"}) {
        Device &d = f.device(QString::fromLatin1(account));
        const Snapshot seen = pulled(d);
        QCOMPARE(seen.has(response, id), seen.has(QStringLiteral("visit"), s.visitId));
    }
    const Snapshot team = pulled(f.device(QStringLiteral("supervisor1")));
    QVERIFY(team.has(response, id));
    const QJsonObject got = team.get(response, id);
    QCOMPARE(got.value(QLatin1StringView("version")).toInt(), 3);
    QCOMPARE(got.value(QLatin1StringView("author_id")).toString(), w1.userId());
    QCOMPARE(got.value(QLatin1StringView("answers")).toObject().value(QLatin1StringView("talk_to")),
        QJsonValue(QStringLiteral("friend")));
    QVERIFY(!got.value(QLatin1StringView("completed_at")).toString().isEmpty());
    QVERIFY(!pulled(f.device(QStringLiteral("worker4"))).has(response, id));

    // A supervisor reading the team's answers is in the audit log, as for any case content.
    const QList<QVariantList> audited = f.db().rows(
        QStringLiteral("SELECT count(*) FROM audit WHERE entity = 'survey_response' AND "
                       "record_id = ? AND user_id = ?"),
        {id, f.userId(QStringLiteral("supervisor1"))});
    QVERIFY2(!audited.isEmpty() && audited.first().first().toInt() > 0,
        "the supervisor's read of the answers is not audited");
}

void TestServerSurveys::answersMustFitTheSet()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    const Setting s = prepare(f);
    Device &w1 = f.device(QStringLiteral("worker1"));
    Device &w4 = f.device(QStringLiteral("worker4"));
    const QString invalid = QStringLiteral("rejected:invalid");
    const QString forbidden = QStringLiteral("rejected:forbidden");
    const QString otherCase = pulled(w1).ids(QStringLiteral("case")).value(1);
    QVERIFY(!otherCase.isEmpty());

    struct Attempt
    {
        const char *what;
        Device *who;
        QJsonObject data;
        QString expected;
    };
    QJsonObject unknownVersion = r::surveyResponse(s.visitId, s.caseId, {});
    unknownVersion.insert(QStringLiteral("question_set_version"), 9);
    QJsonObject unknownSet = r::surveyResponse(s.visitId, s.caseId, {});
    unknownSet.insert(QStringLiteral("question_set_id"), barntid::newId());
    QJsonObject notAnObject = r::surveyResponse(s.visitId, s.caseId, {});
    notAnObject.insert(QStringLiteral("answers"), QJsonArray {QStringLiteral("4")});
    QJsonObject notAString = r::surveyResponse(s.visitId, s.caseId, {});
    notAString.insert(QStringLiteral("answers"), QJsonObject {{QStringLiteral("home"), 4}});
    const QList<Attempt> attempts {
        {"another child of the worker's", &w1,
            r::surveyResponse(s.visitId, otherCase, answers({{"home", "3"}})), invalid},
        {"a visit the server does not have", &w1, r::surveyResponse(barntid::newId(), s.caseId, {}),
            forbidden},
        {"a set version the server does not have", &w1, unknownVersion, invalid},
        {"a set the server does not have", &w1, unknownSet, invalid},
        {"a smiley out of the scale", &w1,
            r::surveyResponse(s.visitId, s.caseId, answers({{"home", "7"}})), invalid},
        {"a choice the question does not offer", &w1,
            r::surveyResponse(s.visitId, s.caseId, answers({{"talk_to", "martian"}})), invalid},
        {"a question the set does not ask", &w1,
            r::surveyResponse(s.visitId, s.caseId, answers({{"pets", "3"}})), invalid},
        {"an empty text answer", &w1,
            r::surveyResponse(s.visitId, s.caseId, answers({{"tell_worker", " "}})), invalid},
        {"answers that are not an object", &w1, notAnObject, QStringLiteral("http 400")},
        {"an answer that is not a string", &w1, notAString, QStringLiteral("http 400")},
        {"another team's worker", &w4,
            r::surveyResponse(s.visitId, s.caseId, answers({{"home", "3"}})), forbidden},
        {"a supervisor", &f.device(QStringLiteral("supervisor1")),
            r::surveyResponse(s.visitId, s.caseId, answers({{"home", "3"}})), forbidden},
        {"a foster parent", &f.device(QStringLiteral("foster1")),
            r::surveyResponse(s.visitId, s.caseId, answers({{"home", "3"}})), forbidden},
    };
    for (const Attempt &a : attempts) {
        const QString got = outcome(*a.who, r::upsert(response, barntid::newId(), a.data));
        QVERIFY2(got == a.expected,
            qPrintable(QStringLiteral("%1: expected %2, got %3")
                           .arg(QLatin1StringView(a.what), a.expected, got)));
    }
    QVERIFY(!pulled(w1).entities().contains(response));
}

void TestServerSurveys::answersStayOnceDoneOrSigned()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    const Setting s = prepare(f);
    Device &w1 = f.device(QStringLiteral("worker1"));
    const QString locked = QStringLiteral("rejected:locked");
    const QString done = barntid::newId(), open = barntid::newId();
    QCOMPARE(outcome(w1,
                 r::upsert(response, done,
                     r::surveyResponse(s.visitId, s.caseId, answers({{"home", "2"}}), true))),
        applied);
    QCOMPARE(outcome(w1,
                 r::upsert(response, open,
                     r::surveyResponse(s.visitId, s.caseId, answers({{"home", "5"}})))),
        applied);

    // Finished: no change, no delete, and the visit it hangs on stays too.
    QCOMPARE(outcome(w1,
                 r::upsert(response, done,
                     r::surveyResponse(s.visitId, s.caseId, answers({{"home", "5"}}), true), 1)),
        locked);
    QCOMPARE(outcome(w1, r::remove(response, done, 1)), locked);
    QCOMPARE(outcome(w1, r::remove(QStringLiteral("visit"), s.visitId, 1)), locked);

    // Unfinished: the child may go on while the visit is a draft; its ids stay.
    QCOMPARE(outcome(w1,
                 r::upsert(response, open,
                     r::surveyResponse(s.visitId, s.caseId, answers({{"home", "4"}})), 1)),
        applied);
    QJsonObject moved = r::surveyResponse(s.visitId, s.caseId, answers({{"home", "4"}}));
    moved.insert(QStringLiteral("question_set_version"), 2);
    QCOMPARE(outcome(w1, r::upsert(response, open, moved, 2)), QStringLiteral("rejected:invalid"));

    // Signed: the unfinished answers stay as the child left them.
    QJsonObject visit = r::visit(s.caseId, QStringLiteral("n"), true);
    QCOMPARE(outcome(w1, r::upsert(QStringLiteral("visit"), s.visitId, visit, 1)), applied);
    QCOMPARE(outcome(w1,
                 r::upsert(response, open,
                     r::surveyResponse(s.visitId, s.caseId, answers({{"home", "1"}})), 2)),
        locked);
    QCOMPARE(outcome(w1, r::remove(response, open, 2)), locked);
    QCOMPARE(outcome(w1,
                 r::upsert(response, barntid::newId(),
                     r::surveyResponse(s.visitId, s.caseId, answers({{"home", "1"}})))),
        locked);
    const Snapshot after = pulled(w1);
    QCOMPARE(after.get(response, open)
                 .value(QLatin1StringView("answers"))
                 .toObject()
                 .value(QLatin1StringView("home")),
        QJsonValue(QStringLiteral("4")));
    QCOMPARE(after.get(response, done)
                 .value(QLatin1StringView("answers"))
                 .toObject()
                 .value(QLatin1StringView("home")),
        QJsonValue(QStringLiteral("2")));
}

void TestServerSurveys::placedChildAnswersOnAFosterHomeVisit()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &w1 = f.device(QStringLiteral("worker1"));
    const Snapshot s = pulled(w1);
    const QStringList cases = s.ids(QStringLiteral("case"));
    QVERIFY(cases.size() >= 2);
    const QJsonObject home = s.all(QStringLiteral("foster_home")).value(0);
    QCOMPARE(outcome(w1,
                 r::update(QStringLiteral("foster_home"), home,
                     {{QStringLiteral("placed_case_ids"), QJsonArray {cases.at(0)}}})),
        applied);
    QJsonObject visit = r::visit(QString(), QStringLiteral("Familjehemsbesök"));
    visit.insert(QStringLiteral("case_id"), QJsonValue());
    visit.insert(QStringLiteral("foster_home_id"), idOf(home));
    visit.insert(QStringLiteral("kind"), QStringLiteral("foster_home"));
    const QString visitId = barntid::newId();
    QCOMPARE(outcome(w1, r::upsert(QStringLiteral("visit"), visitId, visit)), applied);
    QCOMPARE(outcome(w1,
                 r::upsert(response, barntid::newId(),
                     r::surveyResponse(visitId, cases.at(0), answers({{"safe", "5"}})))),
        applied);
    QCOMPARE(outcome(w1,
                 r::upsert(response, barntid::newId(),
                     r::surveyResponse(visitId, cases.at(1), answers({{"safe", "5"}})))),
        QStringLiteral("rejected:invalid"));
}

void TestServerSurveys::fosterParentNeverReachesAnAnswer()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &w1 = f.device(QStringLiteral("worker1"));
    Device &foster1 = f.device(QStringLiteral("foster1"));
    QVERIFY2(foster1.isValid(), foster1.login.describe());
    const Snapshot s = pulled(w1);
    const QString caseId = s.ids(QStringLiteral("case")).value(0);
    // foster1's home places the child, and the visit is at that home: the closest a family
    // comes to the answers (which may be about them).
    QJsonObject home;
    for (const QJsonObject &h : s.all(QStringLiteral("foster_home"))) {
        if (idOf(h) == foster1.homeId())
            home = h;
    }
    QVERIFY2(!home.isEmpty(), "foster1's home is not worker1's");
    QCOMPARE(outcome(w1,
                 r::update(QStringLiteral("foster_home"), home,
                     {{QStringLiteral("placed_case_ids"), QJsonArray {caseId}}})),
        applied);
    QJsonObject visit = r::visit(caseId, QStringLiteral("Besök i familjehemmet"));
    visit.insert(QStringLiteral("foster_home_id"), idOf(home));
    visit.insert(QStringLiteral("kind"), QStringLiteral("foster_home"));
    const QString visitId = barntid::newId(), id = barntid::newId();
    const QString words = QStringLiteral("Det är bråkigt hemma på kvällarna");
    QCOMPARE(outcome(w1, r::upsert(QStringLiteral("visit"), visitId, visit)), applied);
    QCOMPARE(
        outcome(w1,
            r::upsert(response, id,
                r::surveyResponse(visitId, caseId,
                    answers({{"home", "1"}, {"tell_worker", words.toUtf8().constData()}}), true))),
        applied);

    // 1: the pull: not the answers, not a delete notice of them, not their id or words.
    const PullLog log = pullAll(foster1);
    QVERIFY2(log.error.isEmpty(), qPrintable(log.error));
    for (const QJsonObject &c : log.changes)
        QVERIFY(c.value(QLatin1StringView("entity")).toString() != response);
    for (const QByteArray &needle : {id.toUtf8(), words.toUtf8(), QByteArray("tell_worker"),
             QByteArray("question_set"), visitId.toUtf8()})
        QVERIFY2(!log.bodies.contains(needle), needle.constData());

    // 2: the record read answers exactly as for an id that does not exist.
    const auto read = [&](const QString &recordId) {
        const HttpResponse a = foster1.http->send(
            "GET", QStringLiteral("/v1/records/survey_response/") + recordId, {}, foster1.auth());
        return QString::number(a.status) + u' ' + QString::fromUtf8(a.body);
    };
    const QString missing = read(barntid::newId());
    QVERIFY2(missing.startsWith(u'4'), qPrintable(missing));
    QCOMPARE(read(id), missing);

    // 3: a family cannot write one to reach it either, nor delete it.
    QCOMPARE(outcome(foster1,
                 r::upsert(response, id,
                     r::surveyResponse(visitId, caseId, answers({{"home", "5"}}), true), 1)),
        QStringLiteral("rejected:forbidden"));
    QCOMPARE(outcome(foster1, r::remove(response, id, 1)), QStringLiteral("rejected:forbidden"));

    // 4: the question sets endpoint refuses them (e2e_serverquestionsets), so nothing names a
    //    question either. The worker still holds the answers untouched.
    const QJsonObject kept = pulled(w1).get(response, id);
    QCOMPARE(kept.value(QLatin1StringView("answers"))
                 .toObject()
                 .value(QLatin1StringView("tell_worker"))
                 .toString(),
        words);
}

void TestServerSurveys::aDisabledAccountReachesNoAnswer()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    const Setting s = prepare(f);
    Device &w1 = f.device(QStringLiteral("worker1"));
    const QString id = barntid::newId();
    QCOMPARE(outcome(w1,
                 r::upsert(response, id,
                     r::surveyResponse(s.visitId, s.caseId, answers({{"home", "3"}})))),
        applied);
    // A leaver: disabling the account ends its reading at once, on every device; what a device
    // still holds is delivered (docs/security.md, threat model), and nothing is deleted.
    const CliRun disable = f.cli({QStringLiteral("user"), QStringLiteral("disable"),
        QStringLiteral("--username"), QStringLiteral("worker1")});
    QVERIFY2(disable.ok(), qPrintable(disable.describe()));
    QCOMPARE(w1.pull(0).status, 401);
    QCOMPARE(
        w1.http->send("GET", QStringLiteral("/v1/records/survey_response/") + id, {}, w1.auth())
            .status,
        401);
    QCOMPARE(w1.http->send("GET", QStringLiteral("/v1/question-sets"), {}, w1.auth()).status, 401);
    QCOMPARE(outcome(w1, r::remove(response, id, 1)), QStringLiteral("rejected:forbidden"));
    QCOMPARE(outcome(w1,
                 r::upsert(response, id,
                     r::surveyResponse(s.visitId, s.caseId, answers({{"home", "1"}})), 1)),
        applied);
    const QJsonObject kept = pulled(f.device(QStringLiteral("supervisor1"))).get(response, id);
    QCOMPARE(kept.value(QLatin1StringView("answers")).toObject().value(QLatin1StringView("home")),
        QJsonValue(QStringLiteral("1")));
}

QTEST_GUILESS_MAIN(TestServerSurveys)
#include "tst_serversurveys.moc"
