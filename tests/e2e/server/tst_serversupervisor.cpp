// SPDX-License-Identifier: GPL-3.0-or-later
// What only a supervisor reads besides records (issue 12): GET /v1/team and the access log
// (GET /v1/access-log, JSON and CSV), against the real server on the demo municipality. Every
// other role gets 403, audited; the log shows who opened what, when and where, never content.
#include "csvreader.h"
#include "domain/ids.h"
#include "domain/timeformat.h"
#include "records.h"
#include "serverharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace e2eserver;
namespace r = e2eserver::records;

namespace {

const QString applied = QStringLiteral("applied");
const QString childName = QStringLiteral("Test T."); // records::caseData's child
const QString note = QStringLiteral("Anteckningen som aldrig syns i loggen.");

HttpResponse get(Device &d, const QString &pathAndQuery)
{
    return d.http->send("GET", pathAndQuery, {}, d.auth());
}

QStringList ids(const HttpResponse &answer)
{
    QStringList out;
    for (const QJsonValue &v : answer.json().value(QLatin1StringView("events")).toArray())
        out << v.toObject().value(QLatin1StringView("id")).toString();
    return out;
}

QString stockholmText(const QDateTime &t, const QString &format)
{
    return t.toTimeZone(barntid::stockholm()).toString(format);
}

} // namespace

class TestServerSupervisor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void init() { E2E_SKIP_UNAVAILABLE_BACKEND(); }
    void cleanupTestCase() { TestDatabase::dropTemplates(); }

    void teamNamesMembersAndTheirDevices();
    void everyRequestMarksTheDeviceSeen();
    void onlySupervisorsReadTheTeamAndTheLog();
    void accessLogIsTheTeamsNewestFirst();
    void accessLogFilters();
    void accessLogCsvIsSafeToOpen();

private:
    /** Pushes an access event of the case, opened at the time; returns its id. */
    QString opened(Device &d, const QString &caseId, const QString &entity, const QDateTime &at);
    QString newCase(Device &worker, const QString &number);
    /** The audit rows of the supervisor's reads of the access log, newest last. */
    QStringList logReads(ServerFixture &f, const QString &userId);
};

QString TestServerSupervisor::newCase(Device &worker, const QString &number)
{
    const QString id = barntid::newId();
    const HttpResponse push
        = worker.push({r::upsert(QStringLiteral("case"), id, r::caseData(number)),
            r::upsert(QStringLiteral("visit"), barntid::newId(), r::visit(id, note))});
    if (outcomes(push) != QStringList({applied, applied}))
        qWarning("case not applied: %s", push.describe().constData());
    return id;
}

QString TestServerSupervisor::opened(
    Device &d, const QString &caseId, const QString &entity, const QDateTime &at)
{
    const QString id = barntid::newId();
    QJsonObject event
        = r::accessEvent(caseId, entity, entity == u"case" ? caseId : barntid::newId());
    event.insert(QStringLiteral("opened_at"), barntid::toRfc3339(at));
    const HttpResponse push = d.push({r::upsert(QStringLiteral("access_event"), id, event)});
    if (outcomes(push) != QStringList {applied})
        qWarning("access event not applied: %s", push.describe().constData());
    return id;
}

QStringList TestServerSupervisor::logReads(ServerFixture &f, const QString &userId)
{
    QStringList out;
    for (const QVariantList &row :
        f.db().rows(QStringLiteral("SELECT outcome FROM audit WHERE action = 'read' AND entity = "
                                   "'access_log' AND user_id = ? ORDER BY at, id"),
            {userId}))
        out << row.at(0).toString();
    return out;
}

void TestServerSupervisor::teamNamesMembersAndTheirDevices()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &supervisor1 = f.device(QStringLiteral("supervisor1"));
    Device &worker1 = f.device(QStringLiteral("worker1"));
    Device lost = f.newDevice(QStringLiteral("worker1"));
    f.device(QStringLiteral("worker4"));
    CliRun revoke = f.cli({QStringLiteral("device"), QStringLiteral("revoke"),
        QStringLiteral("--device"), lost.deviceId});
    QVERIFY2(revoke.ok(), qPrintable(revoke.describe()));
    CliRun disable = f.cli({QStringLiteral("user"), QStringLiteral("disable"),
        QStringLiteral("--username"), QStringLiteral("worker3")});
    QVERIFY2(disable.ok(), qPrintable(disable.describe()));

    const HttpResponse answer = get(supervisor1, QStringLiteral("/v1/team"));
    QVERIFY2(answer.status == 200, answer.describe());
    const QJsonObject body = answer.json();
    QCOMPARE(body.keys(), QStringList({QStringLiteral("members"), QStringLiteral("team")}));
    const QJsonObject team = body.value(QLatin1StringView("team")).toObject();
    QCOMPARE(team.value(QLatin1StringView("name")).toString(), QStringLiteral("norr"));
    QCOMPARE(team.value(QLatin1StringView("id")).toString(),
        f.db().text(QStringLiteral("SELECT team_id FROM users WHERE username = 'supervisor1'")));
    QHash<QString, QJsonObject> members;
    QStringList usernames;
    for (const QJsonValue &v : body.value(QLatin1StringView("members")).toArray()) {
        const QJsonObject m = v.toObject();
        QCOMPARE(m.keys(),
            QStringList({QStringLiteral("active"), QStringLiteral("devices"),
                QStringLiteral("display_name"), QStringLiteral("id"), QStringLiteral("role"),
                QStringLiteral("username")}));
        usernames << m.value(QLatin1StringView("username")).toString();
        members.insert(usernames.last(), m);
    }
    QCOMPARE(usernames,
        QStringList({QStringLiteral("supervisor1"), QStringLiteral("worker1"),
            QStringLiteral("worker2"), QStringLiteral("worker3")}));
    const QJsonObject w1 = members.value(QStringLiteral("worker1"));
    QCOMPARE(w1.value(QLatin1StringView("id")).toString(), worker1.userId());
    QCOMPARE(
        w1.value(QLatin1StringView("display_name")).toString(), QStringLiteral("Anna Lindqvist"));
    QCOMPARE(w1.value(QLatin1StringView("role")).toString(), QStringLiteral("social_worker"));
    QCOMPARE(w1.value(QLatin1StringView("active")).toBool(), true);
    QCOMPARE(members.value(QStringLiteral("worker3")).value(QLatin1StringView("active")).toBool(),
        false);
    QCOMPARE(
        members.value(QStringLiteral("supervisor1")).value(QLatin1StringView("role")).toString(),
        QStringLiteral("supervisor"));
    // The revoked device is gone from the list; the one in use shows its last contact.
    const QJsonArray devices = w1.value(QLatin1StringView("devices")).toArray();
    QCOMPARE(devices.size(), 1);
    const QJsonObject device = devices.first().toObject();
    QCOMPARE(device.value(QLatin1StringView("id")).toString(), worker1.deviceId);
    QCOMPARE(device.value(QLatin1StringView("name")).toString(), QStringLiteral("e2e worker1"));
    const std::optional<QDateTime> seen
        = barntid::parseRfc3339(device.value(QLatin1StringView("last_seen_at")).toString());
    QVERIFY(seen);
    QVERIFY(qAbs(seen->secsTo(QDateTime::currentDateTimeUtc())) < 15 * 60);
    QCOMPARE(members.value(QStringLiteral("worker2")).value(QLatin1StringView("devices")),
        QJsonValue(QJsonArray()));
    // Nobody of the other team, by any name.
    for (const char *other : {"worker4", "supervisor2", "Maria Berg"})
        QVERIFY2(!answer.body.contains(other), other);
}

void TestServerSupervisor::everyRequestMarksTheDeviceSeen()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &supervisor1 = f.device(QStringLiteral("supervisor1"));
    Device &worker1 = f.device(QStringLiteral("worker1"));
    const QString old = QStringLiteral("2020-01-01T00:00:00.000Z");
    f.db().rows(QStringLiteral("UPDATE devices SET last_seen_at = ? WHERE id = ?"),
        {old, worker1.deviceId});
    QVERIFY2(f.db().lastError().isEmpty(), qPrintable(f.db().lastError()));
    const auto lastSeen = [&] {
        for (const QJsonValue &m : get(supervisor1, QStringLiteral("/v1/team"))
                                       .json()
                                       .value(QLatin1StringView("members"))
                                       .toArray()) {
            for (const QJsonValue &d : m.toObject().value(QLatin1StringView("devices")).toArray()) {
                if (d.toObject().value(QLatin1StringView("id")).toString() == worker1.deviceId)
                    return d.toObject().value(QLatin1StringView("last_seen_at")).toString();
            }
        }
        return QString();
    };
    QCOMPARE(lastSeen(), old);
    QCOMPARE(worker1.pull(0).status, 200);
    const std::optional<QDateTime> seen = barntid::parseRfc3339(lastSeen());
    QVERIFY(seen);
    QVERIFY(qAbs(seen->secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

void TestServerSupervisor::onlySupervisorsReadTheTeamAndTheLog()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    for (const QString &who :
        {QStringLiteral("worker1"), QStringLiteral("foster1"), QStringLiteral("admin")}) {
        Device &d = f.device(who);
        QVERIFY2(d.isValid(), d.login.describe());
        const std::pair<QString, QString> asks[]
            = {{QStringLiteral("/v1/team"), QStringLiteral("team")},
                {QStringLiteral("/v1/access-log"), QStringLiteral("access_log")},
                {QStringLiteral("/v1/access-log?format=csv"), QStringLiteral("access_log")}};
        for (const auto &[path, what] : asks) {
            const QString audit = QStringLiteral(
                "SELECT COUNT(*) FROM audit WHERE action = 'read' AND entity = ? AND user_id = ? "
                "AND device_id = ? AND outcome = 'forbidden'");
            const qint64 before = f.db().number(audit, {what, d.userId(), d.deviceId});
            const HttpResponse answer = get(d, path);
            QVERIFY2(answer.status == 403, qPrintable(who + u' ' + answer.describe()));
            QVERIFY2(answer.hasEnvelope(), answer.describe());
            QCOMPARE(answer.errorCode(), QStringLiteral("forbidden"));
            QCOMPARE(f.db().number(audit, {what, d.userId(), d.deviceId}), before + 1);
        }
    }
    HttpClient anonymous(f.url());
    QCOMPARE(anonymous.send("GET", QStringLiteral("/v1/team")).status, 401);
    QCOMPARE(anonymous.send("GET", QStringLiteral("/v1/access-log")).status, 401);
    Device &supervisor1 = f.device(QStringLiteral("supervisor1"));
    QCOMPARE(
        supervisor1.http->send("POST", QStringLiteral("/v1/team"), "{}", supervisor1.auth()).status,
        405);
}

void TestServerSupervisor::accessLogIsTheTeamsNewestFirst()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &worker1 = f.device(QStringLiteral("worker1"));
    Device &worker2 = f.device(QStringLiteral("worker2"));
    Device &worker4 = f.device(QStringLiteral("worker4"));
    Device &supervisor1 = f.device(QStringLiteral("supervisor1"));
    const QString caseA = newCase(worker1, QStringLiteral("LK-A"));
    const QString caseC = newCase(worker2, QStringLiteral("LK-C"));
    const QString caseD = newCase(worker4, QStringLiteral("LK-D"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Read offline a week ago, delivered now; then today's readings.
    const QString offline = opened(worker1, caseA, QStringLiteral("visit"), now.addDays(-7));
    const QString own = opened(supervisor1, caseA, QStringLiteral("case"), now.addSecs(-30));
    const QString second = opened(worker2, caseC, QStringLiteral("case"), now.addSecs(-20));
    const QString first = opened(worker1, caseA, QStringLiteral("case"), now.addSecs(-10));
    const QString otherTeam = opened(worker4, caseD, QStringLiteral("case"), now);

    const HttpResponse answer = get(supervisor1, QStringLiteral("/v1/access-log"));
    QVERIFY2(answer.status == 200, answer.describe());
    QCOMPARE(answer.contentType, QByteArray("application/json"));
    QCOMPARE(ids(answer), QStringList({first, second, own, offline}));
    QVERIFY(!answer.body.contains(otherTeam.toUtf8()));
    QVERIFY(!answer.body.contains(childName.toUtf8()));
    QVERIFY(!answer.body.contains(note.toUtf8()));
    QVERIFY(!answer.body.contains("child_name"));

    const QJsonObject row
        = answer.json().value(QLatin1StringView("events")).toArray().last().toObject();
    QCOMPARE(row.keys(),
        QStringList({QStringLiteral("case_id"), QStringLiteral("case_number"),
            QStringLiteral("device_id"), QStringLiteral("device_name"),
            QStringLiteral("display_name"), QStringLiteral("id"), QStringLiteral("opened_at"),
            QStringLiteral("received_at"), QStringLiteral("record_entity"),
            QStringLiteral("record_id"), QStringLiteral("user_id"), QStringLiteral("username")}));
    const auto text = [&](const char *key) { return row.value(QLatin1StringView(key)).toString(); };
    QCOMPARE(text("opened_at"), barntid::toRfc3339(now.addDays(-7)));
    const std::optional<QDateTime> received = barntid::parseRfc3339(text("received_at"));
    QVERIFY(received);
    QVERIFY(*received > now.addSecs(-600));
    QCOMPARE(text("user_id"), worker1.userId());
    QCOMPARE(text("username"), QStringLiteral("worker1"));
    QCOMPARE(text("display_name"), QStringLiteral("Anna Lindqvist"));
    QCOMPARE(text("device_id"), worker1.deviceId);
    QCOMPARE(text("device_name"), QStringLiteral("e2e worker1"));
    QCOMPARE(text("case_id"), caseA);
    QCOMPARE(text("case_number"), QStringLiteral("LK-A"));
    QCOMPARE(text("record_entity"), QStringLiteral("visit"));
    QVERIFY(barntid::isValidId(text("record_id")));
    QCOMPARE(logReads(f, supervisor1.userId()), QStringList {QStringLiteral("listed:json")});
}

void TestServerSupervisor::accessLogFilters()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &worker1 = f.device(QStringLiteral("worker1"));
    Device &worker2 = f.device(QStringLiteral("worker2"));
    Device &supervisor1 = f.device(QStringLiteral("supervisor1"));
    const QString caseA = newCase(worker1, QStringLiteral("LK-A"));
    const QString caseB = newCase(worker1, QStringLiteral("LK-B"));
    const QString caseC = newCase(worker2, QStringLiteral("LK-C"));
    // Two readings either side of a Stockholm midnight ten days ago (22:30 and 23:30 UTC).
    const QDate day
        = QDateTime::currentDateTimeUtc().toTimeZone(barntid::stockholm()).date().addDays(-10);
    const QDateTime late = QDateTime(day, QTime(23, 30), barntid::stockholm()).toUTC();
    const QDateTime early = QDateTime(day.addDays(1), QTime(0, 30), barntid::stockholm()).toUTC();
    const QString e1 = opened(worker1, caseA, QStringLiteral("case"), late);
    const QString e2 = opened(worker1, caseA, QStringLiteral("visit"), early);
    const QString e3 = opened(worker1, caseB, QStringLiteral("case"), early.addDays(2));
    const QString e4 = opened(worker2, caseC, QStringLiteral("case"), early.addDays(3));
    const QString dayText = barntid::toIsoDate(day);
    const QString nextText = barntid::toIsoDate(day.addDays(1));
    const auto ask = [&](const QString &query) {
        const HttpResponse answer = get(supervisor1, QStringLiteral("/v1/access-log?") + query);
        if (answer.status != 200)
            qWarning("%s: %s", qPrintable(query), answer.describe().constData());
        return ids(answer);
    };
    const auto q = [](const QList<std::pair<QString, QString>> &items) {
        QUrlQuery query;
        for (const auto &[k, v] : items)
            query.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
        return query.toString(QUrl::FullyEncoded);
    };
    QCOMPARE(ask(q({{QStringLiteral("case_id"), caseA}})), QStringList({e2, e1}));
    QCOMPARE(ask(q({{QStringLiteral("user_id"), worker2.userId()}})), QStringList {e4});
    QCOMPARE(ask(q({{QStringLiteral("from"), dayText}, {QStringLiteral("to"), dayText}})),
        QStringList {e1});
    QCOMPARE(ask(q({{QStringLiteral("from"), nextText}, {QStringLiteral("to"), nextText}})),
        QStringList {e2});
    QCOMPARE(ask(q({{QStringLiteral("from"), nextText}})), QStringList({e4, e3, e2}));
    QCOMPARE(ask(q({{QStringLiteral("to"), dayText}})), QStringList {e1});
    // An RFC 3339 "to" includes that instant; offsets are understood.
    const QString earlyText = early.toOffsetFromUtc(3600).toString(Qt::ISODateWithMs);
    QCOMPARE(ask(q({{QStringLiteral("from"), barntid::toRfc3339(early)},
                 {QStringLiteral("to"), earlyText}})),
        QStringList {e2});
    QCOMPARE(
        ask(q({{QStringLiteral("case_id"), caseA}, {QStringLiteral("user_id"), worker1.userId()},
            {QStringLiteral("format"), QStringLiteral("json")}})),
        QStringList({e2, e1}));
    QCOMPARE(
        ask(q({{QStringLiteral("user_id"), f.userId(QStringLiteral("worker4"))}})), QStringList());
    QCOMPARE(logReads(f, supervisor1.userId()).at(7),
        QStringLiteral("listed:json;case=%1;user=%2").arg(caseA, worker1.userId()));
    for (const QString &bad : {QStringLiteral("case_id=A-1"), QStringLiteral("user_id=worker1"),
             QStringLiteral("from=2026-13-01"), QStringLiteral("to=yesterday"),
             QStringLiteral("format=xml")}) {
        const HttpResponse answer = get(supervisor1, QStringLiteral("/v1/access-log?") + bad);
        QVERIFY2(answer.status == 400, qPrintable(bad + u' ' + answer.describe()));
        QVERIFY(answer.hasEnvelope());
    }
}

void TestServerSupervisor::accessLogCsvIsSafeToOpen()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    const QString password = QStringLiteral("worker5-password");
    const QString displayName = QStringLiteral("-Eva \"Evi\", Ek");
    CliRun add = f.cli(
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--username"),
            QStringLiteral("worker5"), QStringLiteral("--role"), QStringLiteral("social_worker"),
            QStringLiteral("--team"), QStringLiteral("norr"), QStringLiteral("--display-name"),
            displayName, QStringLiteral("--password-stdin")},
        password.toUtf8() + '\n');
    QVERIFY2(add.ok(), qPrintable(add.describe()));
    // A device name and a case number that a spreadsheet would run as formulas.
    Device worker5;
    worker5.username = QStringLiteral("worker5");
    worker5.deviceId = barntid::newId();
    worker5.http = std::make_shared<HttpClient>(f.url());
    worker5.login = worker5.http->send("POST", QStringLiteral("/v1/auth/login"),
        QJsonDocument(QJsonObject {{QStringLiteral("username"), worker5.username},
                          {QStringLiteral("password"), password},
                          {QStringLiteral("device_id"), worker5.deviceId},
                          {QStringLiteral("device_name"), QStringLiteral("=SUM(1,2)")}})
            .toJson());
    QVERIFY2(worker5.login.status == 200, worker5.login.describe());
    worker5.token = worker5.login.json().value(QLatin1StringView("token")).toString();
    worker5.user = worker5.login.json().value(QLatin1StringView("user")).toObject();
    const QString caseId = newCase(worker5, QStringLiteral("@LK-5"));
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-60);
    QVERIFY(!opened(worker5, caseId, QStringLiteral("visit"), at).isEmpty());
    Device &supervisor1 = f.device(QStringLiteral("supervisor1"));

    const QDate before = QDateTime::currentDateTimeUtc().toTimeZone(barntid::stockholm()).date();
    const HttpResponse answer = get(supervisor1, QStringLiteral("/v1/access-log?format=csv"));
    const QDate after = QDateTime::currentDateTimeUtc().toTimeZone(barntid::stockholm()).date();
    QVERIFY2(answer.status == 200, answer.describe());
    QCOMPARE(answer.contentType, QByteArray("text/csv; charset=utf-8"));
    const auto disposition = [](QDate d) {
        return "attachment; filename=\"loggkontroll-" + d.toString(u"yyyyMMdd").toLatin1()
            + ".csv\"";
    };
    QVERIFY2(answer.contentDisposition == disposition(before)
            || answer.contentDisposition == disposition(after),
        answer.contentDisposition.constData());
    const QByteArray header = "\xEF\xBB\xBF"
        + QStringLiteral("Öppnad,Mottagen,Användare,Namn,"
                         "Enhet,Ärende,Post,Post-id\r\n")
              .toUtf8();
    QVERIFY2(answer.body.startsWith(header), answer.body.left(100).constData());
    QVERIFY(answer.body.endsWith("\r\n"));
    QVERIFY(!answer.body.contains(childName.toUtf8()));
    QVERIFY(!answer.body.contains(note.toUtf8()));
    // Quoted as RFC 4180 wants, and guarded against formulas.
    QVERIFY2(answer.body.contains(
                 QStringLiteral(",\"'-Eva \"\"Evi\"\", Ek\",\"'=SUM(1,2)\",'@LK-5,").toUtf8()),
        answer.body.constData());
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(answer.body).mid(1));
    QVERIFY(rows.size() >= 2);
    QStringList mine;
    for (const QStringList &row : rows) {
        QCOMPARE(row.size(), 8);
        if (row.at(2) == u"worker5")
            mine = row;
    }
    QVERIFY2(!mine.isEmpty(), answer.body.constData());
    QCOMPARE(mine.at(0), stockholmText(at, QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QVERIFY(!mine.at(1).isEmpty());
    QCOMPARE(mine.at(2), QStringLiteral("worker5"));
    QCOMPARE(mine.at(3), u'\'' + displayName);
    QCOMPARE(mine.at(4), QStringLiteral("'=SUM(1,2)"));
    QCOMPARE(mine.at(5), QStringLiteral("'@LK-5"));
    QCOMPARE(mine.at(6), QStringLiteral("Besök"));
    QCOMPARE(logReads(f, supervisor1.userId()), QStringList {QStringLiteral("listed:csv")});
}

QTEST_GUILESS_MAIN(TestServerSupervisor)
#include "tst_serversupervisor.moc"
