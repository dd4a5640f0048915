// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10: offboarding and devices, tried as the leaver, the curious foster parent and the admin
// would. `user disable` ends access at once (a disabled account's devices only deliver what they
// hold), `user passwd` ends every session, a revoked device stays revoked until lifted, a device
// id belongs to one account, and role and team changes move what the account sees.
#include "domain/ids.h"
#include "records.h"
#include "serverharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace e2eserver;
namespace r = e2eserver::records;

namespace {

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out << QString::fromUtf8(a);
    return out;
}

QJsonObject account(ServerFixture &f, const QString &username)
{
    const CliRun list = f.cli(args({"user", "list"}));
    if (!list.ok())
        qWarning("user list failed: %s", qPrintable(list.describe()));
    for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array()) {
        if (v["username"].toString() == username)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestServerAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void init() { E2E_SKIP_UNAVAILABLE_BACKEND(); }
    void cleanupTestCase() { TestDatabase::dropTemplates(); }

    void disabledAccountOnlyDeliversWhatItHolds();
    void passwordResetEndsEverySession();
    void revokedDeviceStaysRevokedUntilLifted();
    void deviceBelongsToOneAccount();
    void teamChangeMovesWhatSupervisorsSee();
    void roleChangeWaitsForHandover();
    void commandsRefuseBadInput();
};

void TestServerAccounts::disabledAccountOnlyDeliversWhatItHolds()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &tablet = f.device(QStringLiteral("worker1"));
    QVERIFY2(tablet.isValid(), tablet.login.describe());
    const PullLog before = pullAll(tablet);
    QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
    const QString caseId = Snapshot(before.changes).ids(QStringLiteral("case")).value(0);
    QVERIFY(!caseId.isEmpty());

    const CliRun disable = f.cli(args({"user", "disable", "--username", "worker1"}));
    QVERIFY2(disable.ok(), qPrintable(disable.describe()));
    QCOMPARE(account(f, QStringLiteral("worker1"))["active"].toBool(true), false);

    // The same password on a new device id gets nowhere.
    const Device again = signIn(f.url(), QStringLiteral("worker1"));
    QCOMPARE(again.login.status, 401);
    // The old tablet reads nothing any more...
    const HttpResponse pull = tablet.pull(0);
    QCOMPARE(pull.status, 401);
    QCOMPARE(pull.errorCode(), QStringLiteral("account_disabled"));
    // ...but the visit it still holds reaches the server (documentation is never lost), audited.
    const QString visitId = barntid::newId();
    const HttpResponse deliver = tablet.push({r::upsert(QStringLiteral("visit"), visitId,
        r::visit(caseId, QStringLiteral("Sista besöket"), true))});
    QCOMPARE(outcomes(deliver), QStringList {QStringLiteral("applied")});
    QCOMPARE(f.db().number(QStringLiteral("SELECT COUNT(*) FROM audit WHERE record_id = ? AND "
                                          "outcome LIKE '%disabled_account%'"),
                 {visitId}),
        1);
    // Nothing is deleted from a disabled account.
    const qint64 version = f.db().number(
        QStringLiteral("SELECT version FROM records WHERE entity = 'case' AND id = ?"), {caseId});
    QCOMPARE(outcomes(tablet.push({r::remove(QStringLiteral("case"), caseId, version)})),
        QStringList {QStringLiteral("rejected:forbidden")});
    QCOMPARE(f.db().number(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'admin' AND "
                                          "record_id = ? AND outcome = 'disabled'"),
                 {tablet.userId()}),
        1);

    // Until the admin wipes the tablet.
    QVERIFY(f.cli(args({"device", "wipe", "--username", "worker1"})).ok());
    QCOMPARE(tablet
                 .push({r::upsert(QStringLiteral("visit"), barntid::newId(),
                     r::visit(caseId, QStringLiteral("x"), false))})
                 .status,
        410);

    QVERIFY(f.cli(args({"user", "enable", "--username", "worker1"})).ok());
    const Device back = signIn(f.url(), QStringLiteral("worker1"));
    QVERIFY2(back.isValid(), back.login.describe());
}

void TestServerAccounts::passwordResetEndsEverySession()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &tablet = f.device(QStringLiteral("worker2"));
    QVERIFY2(tablet.isValid(), tablet.login.describe());
    const CliRun passwd
        = f.cli(args({"user", "passwd", "--username", "worker2"}), "ett-nytt-losenord\n");
    QVERIFY2(passwd.ok(), qPrintable(passwd.describe()));
    QCOMPARE(tablet.pull(0).status, 401);
    QCOMPARE(signIn(f.url(), QStringLiteral("worker2")).login.status, 401);
    const Device fresh = signIn(
        f.url(), QStringLiteral("worker2"), QStringLiteral("ett-nytt-losenord"), tablet.deviceId);
    QVERIFY2(fresh.isValid(), fresh.login.describe());
    QCOMPARE(f.cli(args({"user", "passwd", "--username", "worker2"}), "kort\n").exitCode, 1);
}

void TestServerAccounts::revokedDeviceStaysRevokedUntilLifted()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &tablet = f.device(QStringLiteral("worker1"));
    QVERIFY(f.cli(args({"device", "revoke", "--device"}) << tablet.deviceId).ok());
    QCOMPARE(tablet.pull(0).status, 401);
    // The password alone does not bring a revoked device back.
    const Device retry = signIn(f.url(), QStringLiteral("worker1"), demoPassword, tablet.deviceId);
    QCOMPARE(retry.login.status, 403);
    QCOMPARE(retry.login.errorCode(), QStringLiteral("device_revoked"));
    QCOMPARE(signIn(f.url(), QStringLiteral("worker1"), demoPassword, tablet.deviceId).login.status,
        403);
    QVERIFY(f.cli(args({"device", "lift", "--device"}) << tablet.deviceId).ok());
    const Device lifted = signIn(f.url(), QStringLiteral("worker1"), demoPassword, tablet.deviceId);
    QVERIFY2(lifted.isValid(), lifted.login.describe());

    // All of a leaver's devices at once.
    Device second = f.newDevice(QStringLiteral("worker1"));
    QVERIFY(second.isValid());
    const CliRun all = f.cli(args({"device", "revoke", "--username", "worker1"}));
    QVERIFY2(all.ok(), qPrintable(all.describe()));
    QCOMPARE(
        lifted.http->send("GET", QStringLiteral("/v1/sync/pull?since=0"), {}, lifted.auth()).status,
        401);
    QCOMPARE(second.pull(0).status, 401);
}

void TestServerAccounts::deviceBelongsToOneAccount()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &tablet = f.device(QStringLiteral("worker1"));
    QVERIFY(tablet.isValid());
    // The foster parent saw worker1's device id somewhere and signs in with it.
    const Device takeover
        = signIn(f.url(), QStringLiteral("foster1"), demoPassword, tablet.deviceId);
    QCOMPARE(takeover.login.status, 409);
    QCOMPARE(takeover.login.errorCode(), QStringLiteral("device_taken"));
    QVERIFY(takeover.login.hasEnvelope());
    // worker1's tablet goes on as before; the device row is still worker1's.
    QCOMPARE(tablet.pull(0).status, 200);
    QCOMPARE(
        f.db().text(QStringLiteral("SELECT user_id FROM devices WHERE id = ?"), {tablet.deviceId}),
        tablet.userId());
    // worker1 signing in again on their own tablet is fine.
    const Device same = signIn(f.url(), QStringLiteral("worker1"), demoPassword, tablet.deviceId);
    QVERIFY2(same.isValid(), same.login.describe());
}

void TestServerAccounts::teamChangeMovesWhatSupervisorsSee()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &worker3 = f.device(QStringLiteral("worker3"));
    const QStringList cases = Snapshot(pullAll(worker3).changes).ids(QStringLiteral("case"));
    QVERIFY(!cases.isEmpty());
    Device &north = f.device(QStringLiteral("supervisor1"));
    Device &south = f.device(QStringLiteral("supervisor2"));
    const PullLog northBefore = pullAll(north);
    QVERIFY(Snapshot(northBefore.changes).has(QStringLiteral("case"), cases.first()));
    QVERIFY(!Snapshot(pullAll(south).changes).has(QStringLiteral("case"), cases.first()));

    const CliRun move = f.cli(args({"user", "set-team", "--username", "worker3", "--team", "syd"}));
    QVERIFY2(move.ok(), qPrintable(move.describe()));
    PullLog northAfter = pullAll(north, northBefore.next);
    QVERIFY2(northAfter.error.isEmpty(), qPrintable(northAfter.error));
    Snapshot northView(northBefore.changes);
    northView.apply(northAfter.changes);
    const Snapshot southView(pullAll(south).changes);
    for (const QString &id : cases) {
        QVERIFY2(!northView.has(QStringLiteral("case"), id), "the old supervisor still sees it");
        QVERIFY2(southView.has(QStringLiteral("case"), id), "the new supervisor does not see it");
    }
    QCOMPARE(account(f, QStringLiteral("worker3"))["team"].toString(), QStringLiteral("syd"));
    // worker3 keeps their own cases.
    QVERIFY(Snapshot(pullAll(worker3).changes).has(QStringLiteral("case"), cases.first()));
}

void TestServerAccounts::roleChangeWaitsForHandover()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    const CliRun refused
        = f.cli(args({"user", "set-role", "--username", "worker2", "--role", "admin"}));
    QVERIFY2(!refused.ok() && refused.err.contains("hand"), qPrintable(refused.describe()));
    QCOMPARE(
        account(f, QStringLiteral("worker2"))["role"].toString(), QStringLiteral("social_worker"));
    // A supervisor becomes a social worker: the device of the old role must start over.
    Device &supervisor = f.device(QStringLiteral("supervisor2"));
    const PullLog seen = pullAll(supervisor);
    QVERIFY2(seen.error.isEmpty(), qPrintable(seen.error));
    QVERIFY(seen.next > 0);
    const CliRun change
        = f.cli(args({"user", "set-role", "--username", "supervisor2", "--role", "social_worker"}));
    QVERIFY2(change.ok(), qPrintable(change.describe()));
    QCOMPARE(supervisor.pull(seen.next).status, 401);
    Device worker
        = signIn(f.url(), QStringLiteral("supervisor2"), demoPassword, supervisor.deviceId);
    QVERIFY2(worker.isValid(), worker.login.describe());
    QCOMPARE(worker.user["role"].toString(), QStringLiteral("social_worker"));
    const HttpResponse stale = worker.pull(seen.next);
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.errorCode(), QStringLiteral("reset_required"));
    const PullLog fresh = pullAll(worker);
    QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
    // The team's records are no longer there: a new worker has none of their own yet.
    QVERIFY(Snapshot(fresh.changes).ids(QStringLiteral("case")).isEmpty());
    QCOMPARE(worker.pull(fresh.next).status, 200);
}

void TestServerAccounts::commandsRefuseBadInput()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    QCOMPARE(f.cli(args({"user", "disable"})).exitCode, 2);
    QCOMPARE(f.cli(args({"user", "disable", "--username", "nobody"})).exitCode, 1);
    QCOMPARE(f.cli(args({"user", "frobnicate", "--username", "worker1"})).exitCode, 2);
    QCOMPARE(f.cli(args({"device", "revoke"})).exitCode, 2);
    QCOMPARE(f.cli(args({"device", "lift", "--username", "worker1"})).exitCode, 2);
    QCOMPARE(
        f.cli(args({"user", "set-team", "--username", "foster1", "--team", "norr"})).exitCode, 1);
    // A team has one supervisor.
    const CliRun second
        = f.cli(args({"user", "set-team", "--username", "supervisor1", "--team", "syd"}));
    QVERIFY2(
        second.exitCode == 1 && second.err.contains("supervisor"), qPrintable(second.describe()));
    QCOMPARE(account(f, QStringLiteral("supervisor1"))["team"].toString(), QStringLiteral("norr"));
    // Nothing above changed an account.
    QCOMPARE(f.db().number(QStringLiteral("SELECT COUNT(*) FROM users WHERE active = 0")), 0);
}

QTEST_GUILESS_MAIN(TestServerAccounts)
#include "tst_serveraccounts.moc"
