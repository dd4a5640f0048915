// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and broken requests (DESIGN.md §5, §6; issue 4): each gets its 4xx with the error
// envelope, the server keeps serving, and the database is unchanged. SQL-looking text is data.
#include "domain/ids.h"
#include "records.h"
#include "serverharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace e2eserver;
namespace r = e2eserver::records;

namespace {

const QString injection = QStringLiteral("'; DROP TABLE records; --");

struct Bad
{
    const char *what;
    QByteArray method;
    QString path;
    QByteArray body;
    QByteArray authorization; ///< "token": the device's own
    int status;
    QString code; ///< empty: any code
};

QByteArray mutationWith(const QString &key, const QJsonValue &value, bool inData = true)
{
    QJsonObject m = r::upsert(QStringLiteral("time_entry"), barntid::newId(), r::timeEntry());
    if (inData) {
        QJsonObject data = m.value(QLatin1StringView("data")).toObject();
        data.insert(key, value);
        m.insert(QStringLiteral("data"), data);
    } else {
        m.insert(key, value);
    }
    // A valid mutation first: the whole batch is refused, not just the bad one.
    return r::pushBody(
        {r::upsert(QStringLiteral("time_entry"), barntid::newId(), r::timeEntry()), m});
}

} // namespace

class TestServerBadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void init() { E2E_SKIP_UNAVAILABLE_BACKEND(); }
    void cleanupTestCase() { TestDatabase::dropTemplates(); }

    void malformedRequestsChangeNothing();
    void sqlLookingTextIsStoredVerbatim();
    void tokensMissingForgedExpiredRevokedWiped();
    void loginRateLimits();

private:
    /** Sends it, checks status, envelope, health and that the database did not change. */
    void refuse(ServerFixture &f, Device &d, const Bad &bad);
};

void TestServerBadInput::refuse(ServerFixture &f, Device &d, const Bad &bad)
{
    const auto before = f.db().counts();
    QVERIFY2(!before.values().contains(-1) && before.value(QStringLiteral("records")) > 0,
        qPrintable(f.db().lastError()));
    const QByteArray auth = bad.authorization == "token" ? d.auth() : bad.authorization;
    const HttpResponse answer = d.http->send(bad.method, bad.path, bad.body, auth);
    const QString what = QString::fromUtf8(bad.what) + u' ';
    QVERIFY2(answer.status == bad.status, qPrintable(what + QString::fromUtf8(answer.describe())));
    QVERIFY2(answer.hasEnvelope(), qPrintable(what + QString::fromUtf8(answer.describe())));
    QVERIFY2(bad.code.isEmpty() || answer.errorCode() == bad.code,
        qPrintable(what + QString::fromUtf8(answer.describe())));
    QVERIFY2(answer.contentType.startsWith("application/json"), qPrintable(what));
    QVERIFY2(!answer.body.contains(injection.toUtf8()),
        qPrintable(what + QStringLiteral("echoes input")));
    const HttpResponse health = d.http->send("GET", QStringLiteral("/v1/health"));
    QVERIFY2(health.status == 200,
        qPrintable(what + QStringLiteral("then health: ") + QString::fromUtf8(health.describe())));
    QVERIFY2(f.server().isRunning(), qPrintable(what + QString::fromUtf8(f.server().logTail())));
    QCOMPARE(f.db().counts(), before);
}

void TestServerBadInput::malformedRequestsChangeNothing()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &d = f.device(QStringLiteral("worker1"));
    QVERIFY2(d.isValid(), d.login.describe());
    const QString push = QStringLiteral("/v1/sync/push");
    const QByteArray token = "token";
    QByteArray tooMany;
    {
        QList<QJsonObject> all;
        for (int i = 0; i < 1001; ++i)
            all << r::upsert(QStringLiteral("time_entry"), barntid::newId(), r::timeEntry());
        tooMany = r::pushBody(all);
    }
    const QByteArray huge
        = "{\"mutations\":[{\"note\":\"" + QByteArray(10 * 1024 * 1024, 'x') + "\"}]}";
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    const QList<Bad> cases {
        {"truncated JSON", "POST", push, "{\"mutations\":[", token, 400,
            QStringLiteral("invalid_json")},
        {"empty body", "POST", push, "", token, 400, QStringLiteral("invalid_json")},
        {"array body", "POST", push, "[]", token, 400, QStringLiteral("invalid_json")},
        {"not UTF-8", "POST", push, "{\"mutations\":[\"\xff\xfe\"]}", token, 400, {}},
        {"deeply nested", "POST", push, deep, token, 400, {}},
        {"mutations not an array", "POST", push, "{\"mutations\":{}}", token, 400,
            QStringLiteral("invalid")},
        {"extra root key", "POST", push, "{\"mutations\":[],\"sql\":1}", token, 400,
            QStringLiteral("invalid")},
        {"mutation not an object", "POST", push, "{\"mutations\":[42]}", token, 400,
            QStringLiteral("invalid")},
        {"text for a number", "POST", push,
            mutationWith(QStringLiteral("duration_minutes"), QStringLiteral("15")), token, 400, {}},
        {"number for text", "POST", push, mutationWith(QStringLiteral("note"), 7), token, 400,
            QStringLiteral("invalid")},
        {"text for a boolean", "POST", push,
            mutationWith(QStringLiteral("deleted"), QStringLiteral("false")), token, 400,
            QStringLiteral("invalid")},
        {"object for text", "POST", push,
            mutationWith(QStringLiteral("note"), QJsonObject {{QStringLiteral("a"), 1}}), token,
            400, QStringLiteral("invalid")},
        {"unknown field", "POST", push,
            mutationWith(QStringLiteral("personnummer"), QStringLiteral("19121212-1212")), token,
            400, QStringLiteral("unknown_field")},
        {"unknown mutation field", "POST", push,
            mutationWith(QStringLiteral("sql"), injection, false), token, 400,
            QStringLiteral("unknown_field")},
        {"unknown entity", "POST", push,
            mutationWith(QStringLiteral("entity"), QStringLiteral("journal"), false), token, 400,
            QStringLiteral("unknown_entity")},
        {"SQL as entity", "POST", push, mutationWith(QStringLiteral("entity"), injection, false),
            token, 400, QStringLiteral("unknown_entity")},
        {"invalid id", "POST", push,
            mutationWith(QStringLiteral("id"), QStringLiteral("not-a-uuid"), false), token, 400,
            QStringLiteral("invalid")},
        {"SQL as id", "POST", push, mutationWith(QStringLiteral("id"), injection, false), token,
            400, QStringLiteral("invalid")},
        {"braced id", "POST", push,
            mutationWith(QStringLiteral("id"), u'{' + barntid::newId() + u'}', false), token, 400,
            QStringLiteral("invalid")},
        {"invalid mutation_id", "POST", push, mutationWith(QStringLiteral("mutation_id"), 1, false),
            token, 400, QStringLiteral("invalid")},
        {"unknown op", "POST", push,
            mutationWith(QStringLiteral("op"), QStringLiteral("drop"), false), token, 400,
            QStringLiteral("invalid")},
        {"negative base_version", "POST", push,
            mutationWith(QStringLiteral("base_version"), -1, false), token, 400,
            QStringLiteral("invalid")},
        {"text base_version", "POST", push,
            mutationWith(QStringLiteral("base_version"), QStringLiteral("1"), false), token, 400,
            QStringLiteral("invalid")},
        {"data not an object", "POST", push,
            mutationWith(QStringLiteral("data"), QStringLiteral("x"), false), token, 400,
            QStringLiteral("invalid")},
        {"text over the limit", "POST", push,
            mutationWith(QStringLiteral("note"), QString(20001, u'a')), token, 400,
            QStringLiteral("invalid")},
        {"1001 mutations", "POST", push, tooMany, token, 400, QStringLiteral("too_many")},
        {"10 MB body", "POST", push, huge, token, 413, QStringLiteral("too_large")},
        {"10 MB login", "POST", QStringLiteral("/v1/auth/login"), huge, {}, 413,
            QStringLiteral("too_large")},
        {"pull since text", "GET", QStringLiteral("/v1/sync/pull?since=1;DROP%20TABLE%20changes"),
            {}, token, 400, QStringLiteral("invalid")},
        {"pull negative since", "GET", QStringLiteral("/v1/sync/pull?since=-1"), {}, token, 400,
            QStringLiteral("invalid")},
        {"pull limit 0", "GET", QStringLiteral("/v1/sync/pull?limit=0"), {}, token, 400,
            QStringLiteral("invalid")},
        {"pull limit huge", "GET", QStringLiteral("/v1/sync/pull?limit=99999999999"), {}, token,
            400, QStringLiteral("invalid")},
        {"pull from the future", "GET", QStringLiteral("/v1/sync/pull?since=999999999"), {}, token,
            409, QStringLiteral("reset_required")},
        {"GET push", "GET", push, {}, token, 405, {}},
        {"PUT pull", "PUT", QStringLiteral("/v1/sync/pull"), "{}", token, 405, {}},
        {"DELETE push", "DELETE", push, {}, token, 405, {}},
        {"POST health", "POST", QStringLiteral("/v1/health"), "{}", {}, 405, {}},
        {"GET login", "GET", QStringLiteral("/v1/auth/login"), {}, {}, 405, {}},
        {"unknown path", "GET", QStringLiteral("/v1/records"), {}, token, 404,
            QStringLiteral("not_found")},
        {"root", "GET", QStringLiteral("/"), {}, {}, 404, QStringLiteral("not_found")},
        {"path traversal", "GET", QStringLiteral("/v1/../etc/passwd"), {}, {}, 404,
            QStringLiteral("not_found")},
        {"login not JSON", "POST", QStringLiteral("/v1/auth/login"), "username=admin", {}, 400,
            QStringLiteral("invalid_json")},
        {"login without device", "POST", QStringLiteral("/v1/auth/login"),
            "{\"username\":\"worker1\",\"password\":\"barntid-demo\"}", {}, 400,
            QStringLiteral("invalid")},
        {"login with SQL device", "POST", QStringLiteral("/v1/auth/login"),
            "{\"username\":\"worker1\",\"password\":\"barntid-demo\",\"device_id\":\"'; DROP TABLE "
            "records; --\"}",
            {}, 400, QStringLiteral("invalid")},
    };
    for (const Bad &bad : cases) {
        refuse(f, d, bad);
        if (QTest::currentTestFailed())
            return;
    }
    // And the device still works.
    const HttpResponse ok
        = d.push({r::upsert(QStringLiteral("time_entry"), barntid::newId(), r::timeEntry())});
    QCOMPARE(outcomes(ok), QStringList {QStringLiteral("applied")});
}

void TestServerBadInput::sqlLookingTextIsStoredVerbatim()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &d = f.device(QStringLiteral("worker1"));
    const auto before = f.db().counts();
    const QString caseId = barntid::newId(), visitId = barntid::newId();
    QJsonObject c = r::caseData(QStringLiteral("1' OR '1'='1"));
    c.insert(QStringLiteral("child_name"), QStringLiteral("Robert'); DROP TABLE users;--"));
    QJsonObject v = r::visit(caseId, injection);
    v.insert(QStringLiteral("child_words"), QStringLiteral("\" OR \"\"=\" \\u0000 $1 %s ? :name"));
    const HttpResponse push = d.push({r::upsert(QStringLiteral("case"), caseId, c),
        r::upsert(QStringLiteral("visit"), visitId, v)});
    QCOMPARE(outcomes(push), QStringList({QStringLiteral("applied"), QStringLiteral("applied")}));
    const Snapshot s(pullAll(d).changes);
    QCOMPARE(s.get(QStringLiteral("visit"), visitId).value(QLatin1StringView("note")).toString(),
        injection);
    QCOMPARE(
        s.get(QStringLiteral("visit"), visitId).value(QLatin1StringView("child_words")).toString(),
        v.value(QLatin1StringView("child_words")).toString());
    QCOMPARE(
        s.get(QStringLiteral("case"), caseId).value(QLatin1StringView("case_number")).toString(),
        QStringLiteral("1' OR '1'='1"));
    QCOMPARE(
        s.get(QStringLiteral("case"), caseId).value(QLatin1StringView("child_name")).toString(),
        c.value(QLatin1StringView("child_name")).toString());
    const auto after = f.db().counts();
    QCOMPARE(after.value(QStringLiteral("records")), before.value(QStringLiteral("records")) + 2);
    QCOMPARE(after.value(QStringLiteral("users")), before.value(QStringLiteral("users")));
    // A username that looks like SQL is just a wrong username.
    const Device sneaky
        = signIn(f.url(), QStringLiteral("admin' --"), QStringLiteral("x' OR '1'='1"));
    QCOMPARE(sneaky.login.status, 401);
    QVERIFY(sneaky.login.hasEnvelope());
    QCOMPARE(
        f.db().counts().value(QStringLiteral("records")), after.value(QStringLiteral("records")));
    // The server's log carries ids, never the note text.
    QVERIFY2(!f.server().logTail().contains("DROP TABLE"), f.server().logTail().constData());
}

void TestServerBadInput::tokensMissingForgedExpiredRevokedWiped()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &d = f.device(QStringLiteral("worker1"));
    QVERIFY2(d.isValid(), d.login.describe());
    const QString push = QStringLiteral("/v1/sync/push"), pull = QStringLiteral("/v1/sync/pull");
    const QString logout = QStringLiteral("/v1/auth/logout");
    const QByteArray body
        = r::pushBody({r::upsert(QStringLiteral("time_entry"), barntid::newId(), r::timeEntry())});
    QByteArray forged = d.auth();
    forged[forged.size() - 2] = forged.at(forged.size() - 2) == 'A' ? 'B' : 'A';
    const QList<std::pair<const char *, QByteArray>> badTokens {
        {"no token", {}},
        {"empty bearer", "Bearer "},
        {"forged token", forged},
        {"random token", "Bearer " + QByteArray(43, 'A')},
        {"basic auth", "Basic d29ya2VyMTpiYXJudGlkLWRlbW8="},
        {"token without scheme", d.token.toUtf8()},
        {"SQL token", "Bearer " + injection.toUtf8()},
        {"overlong token", "Bearer " + QByteArray(5000, 'x')},
    };
    for (const auto &[what, auth] : badTokens) {
        for (const auto &[method, path, payload] : {std::tuple {QByteArray("POST"), push, body},
                 std::tuple {QByteArray("GET"), pull, QByteArray()},
                 std::tuple {QByteArray("POST"), logout, QByteArray()}}) {
            refuse(
                f, d, Bad {what, method, path, payload, auth, 401, QStringLiteral("unauthorized")});
            if (QTest::currentTestFailed())
                return;
        }
    }

    // Expired: the token's expiry moved into the past (serve refuses --token-days 0).
    Device expired = f.newDevice(QStringLiteral("worker2"));
    QVERIFY2(expired.isValid(), expired.login.describe());
    f.db().rows(QStringLiteral("UPDATE devices SET token_expires_at = ? WHERE id = ?"),
        {r::at(-60), expired.deviceId});
    QVERIFY2(f.db().lastError().isEmpty(), qPrintable(f.db().lastError()));
    refuse(f, expired,
        Bad {"expired push", "POST", push, body, "token", 401, QStringLiteral("token_expired")});
    refuse(f, expired,
        Bad {"expired pull", "GET", pull, {}, "token", 401, QStringLiteral("token_expired")});

    // Logged out, revoked, wiped.
    Device out = f.newDevice(QStringLiteral("worker1"));
    QCOMPARE(out.http->send("POST", logout, {}, out.auth()).status, 200);
    refuse(f, out,
        Bad {"logged-out pull", "GET", pull, {}, "token", 401, QStringLiteral("unauthorized")});
    Device revoked = f.newDevice(QStringLiteral("worker1"));
    CliRun run = f.cli({QStringLiteral("device"), QStringLiteral("revoke"),
        QStringLiteral("--device"), revoked.deviceId});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    refuse(f, revoked,
        Bad {"revoked push", "POST", push, body, "token", 401, QStringLiteral("unauthorized")});
    refuse(f, revoked,
        Bad {"revoked pull", "GET", pull, {}, "token", 401, QStringLiteral("unauthorized")});
    Device wiped = f.newDevice(QStringLiteral("worker3"));
    run = f.cli({QStringLiteral("device"), QStringLiteral("wipe"), QStringLiteral("--device"),
        wiped.deviceId});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    const QByteArray login = QJsonDocument(
        QJsonObject {{QStringLiteral("username"), QStringLiteral("worker3")},
            {QStringLiteral("password"), demoPassword},
            {QStringLiteral("device_id"),
                wiped.deviceId}}).toJson(QJsonDocument::Compact);
    for (const Bad &bad :
        {Bad {"wiped push", "POST", push, body, "token", 410, QStringLiteral("device_wiped")},
            Bad {"wiped pull", "GET", pull, {}, "token", 410, QStringLiteral("device_wiped")},
            Bad {"wiped logout", "POST", logout, {}, "token", 410, QStringLiteral("device_wiped")},
            Bad {"wiped login", "POST", QStringLiteral("/v1/auth/login"), login, {}, 410,
                QStringLiteral("device_wiped")}}) {
        refuse(f, wiped, bad);
        if (QTest::currentTestFailed())
            return;
    }
    // The other devices are unaffected.
    QCOMPARE(d.pull(0).status, 200);
}

void TestServerBadInput::loginRateLimits()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    const auto before = f.db().counts();
    for (int i = 0; i < 5; ++i) {
        const Device wrong
            = signIn(f.url(), QStringLiteral("worker3"), QStringLiteral("wrong-%1").arg(i));
        QVERIFY2(wrong.login.status == 401 && wrong.login.errorCode() == u"invalid_credentials",
            wrong.login.describe());
    }
    for (const QString &password : {QStringLiteral("wrong-again"), demoPassword}) {
        const Device limited = signIn(f.url(), QStringLiteral("worker3"), password);
        QVERIFY2(limited.login.status == 429, limited.login.describe());
        QVERIFY(limited.login.hasEnvelope());
        const int retry = limited.login.retryAfter.toInt();
        QVERIFY2(retry > 0 && retry <= 15 * 60, limited.login.retryAfter.constData());
    }
    // Per account: another account from the same address still signs in.
    Device other = signIn(f.url(), QStringLiteral("worker2"));
    QVERIFY2(other.isValid(), other.login.describe());
    // Per address: a server with a lower address limit refuses every account from here.
    ServerProcess *strict
        = f.addServer({QStringLiteral("--login-failures-per-address"), QStringLiteral("3")});
    QVERIFY2(strict, qPrintable(f.error()));
    const Device blocked = signIn(strict->url(), QStringLiteral("worker1"));
    QVERIFY2(blocked.login.status == 429 && !blocked.login.retryAfter.isEmpty(),
        blocked.login.describe());
    // Unknown usernames count too, and take as long: no account enumeration by status code.
    const Device ghost = signIn(f.url(), QStringLiteral("nobody"), QStringLiteral("whatever-1"));
    QCOMPARE(ghost.login.status, 401);
    QCOMPARE(ghost.login.errorCode(), QStringLiteral("invalid_credentials"));
    auto after = f.db().counts();
    QCOMPARE(after.value(QStringLiteral("records")), before.value(QStringLiteral("records")));
    QCOMPARE(after.value(QStringLiteral("changes")), before.value(QStringLiteral("changes")));
    QCOMPARE(after.value(QStringLiteral("devices")), before.value(QStringLiteral("devices")) + 1);
}

QTEST_GUILESS_MAIN(TestServerBadInput)
#include "tst_serverbadinput.moc"
