// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10, "Must hold": one device, one account at a time, with real barntid-cli runs in one
// data folder against the real server (SQLite and PostgreSQL). worker1 syncs, then worker4 of
// the other team syncs into the same folder: worker1's records are gone from the device,
// worker4's arrived, the device registered under a new id and worker1's device row on the server
// is still worker1's. While worker1's work waits on the device, worker4 is refused and nothing
// is lost. The test reads the device only through barntid-cli (it cannot open SQLCipher).
#include "clidevice.h"
#include "serverharness.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace e2esync;
using namespace Qt::StringLiterals;

namespace {

QStringList common(const QStringList &a, const QStringList &b)
{
    QStringList both;
    for (const QString &id : a) {
        if (b.contains(id))
            both << id;
    }
    return both;
}

} // namespace

class TestAccountSwitch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<e2eserver::ServerFixture> m_f;
    std::unique_ptr<QTemporaryDir> m_dir;

    /** The tablet's data folder, driven as the given account. */
    CliDevice tablet(const QString &username) const
    {
        return CliDevice(m_dir->filePath(u"tablet"_s), username);
    }

    /** What the server shows the account: its cases and visits, by a login of its own. */
    QStringList serverIds(const QString &username, const QString &entity)
    {
        e2eserver::Device account = m_f->newDevice(username);
        if (!account.isValid())
            qWarning() << account.login.describe();
        const e2eserver::PullLog log = e2eserver::pullAll(account);
        if (!log.error.isEmpty())
            qWarning() << log.error;
        QStringList out = e2eserver::Snapshot(log.changes).ids(entity);
        out.sort();
        return out;
    }

    QString deviceOwner(const QString &deviceId)
    {
        return m_f->db().text(u"SELECT user_id FROM devices WHERE id = ?"_s, {deviceId});
    }

private slots:
    void initTestCase_data() { e2eserver::addBackendRows(); }
    void init()
    {
        E2E_SKIP_UNAVAILABLE_BACKEND();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_f = std::make_unique<e2eserver::ServerFixture>(e2eserver::currentBackend());
        E2E_START(*m_f);
    }
    void cleanup()
    {
        if (QTest::currentTestFailed() && m_f && m_f->url().isValid())
            qWarning().noquote() << m_f->server().logTail();
        m_f.reset();
        m_dir.reset();
    }
    void cleanupTestCase() { e2eserver::TestDatabase::dropTemplates(); }

    void anotherAccountReplacesTheFirstOnesRecords();
    void pendingWorkOfTheFirstAccountIsRefused();
};

void TestAccountSwitch::anotherAccountReplacesTheFirstOnesRecords()
{
    const CliDevice first = tablet(u"worker1"_s), second = tablet(u"worker4"_s);
    QCOMPARE(first.run({u"init"_s}).exitCode, 0);
    const CliRun one = first.sync(m_f->url());
    QVERIFY2(one.exitCode == 0, one.describe());
    QVERIFY(!one.json()[u"account_changed"].toBool());
    const QStringList cases1 = CliDevice::ids(first.cases()),
                      visits1 = CliDevice::ids(first.visits());
    QVERIFY2(!cases1.isEmpty() && !visits1.isEmpty(), "worker1's demo records came down");
    const QString device1 = first.status()[u"device_id"].toString();
    QCOMPARE(deviceOwner(device1), m_f->userId(u"worker1"_s));

    const CliRun four = second.sync(m_f->url());
    QVERIFY2(four.exitCode == 0, four.describe());
    QVERIFY2(four.json()[u"account_changed"].toBool(), four.out.constData());

    // None of worker1's cases or visits is left on the device; worker4's are there, exactly.
    const QStringList cases4 = CliDevice::ids(second.cases()),
                      visits4 = CliDevice::ids(second.visits());
    QCOMPARE(common(cases4, cases1), QStringList());
    QCOMPARE(common(visits4, visits1), QStringList());
    QVERIFY2(!cases4.isEmpty() && !visits4.isEmpty(), "worker4's demo records came down");
    QCOMPARE(cases4, serverIds(u"worker4"_s, u"case"_s));
    QCOMPARE(visits4, serverIds(u"worker4"_s, u"visit"_s));
    const QJsonObject s = second.status();
    QVERIFY(s[u"safe_to_leave"].toBool());

    // A new device id for worker4; worker1's device row on the server is still worker1's.
    const QString device4 = s[u"device_id"].toString();
    QVERIFY(!device4.isEmpty() && device4 != device1);
    QCOMPARE(deviceOwner(device4), m_f->userId(u"worker4"_s));
    QCOMPARE(deviceOwner(device1), m_f->userId(u"worker1"_s));

    // Back to worker1: the same rule the other way round.
    const CliRun again = first.sync(m_f->url());
    QVERIFY2(again.exitCode == 0, again.describe());
    QCOMPARE(common(CliDevice::ids(first.cases()), cases4), QStringList());
    QCOMPARE(CliDevice::ids(first.cases()), cases1);
}

void TestAccountSwitch::pendingWorkOfTheFirstAccountIsRefused()
{
    const CliDevice first = tablet(u"worker1"_s), second = tablet(u"worker4"_s);
    QCOMPARE(first.run({u"init"_s}).exitCode, 0);
    QCOMPARE(first.sync(m_f->url()).exitCode, 0);
    const QString device1 = first.status()[u"device_id"].toString();
    const CliRun add = first.run(
        {u"--json"_s, u"visit"_s, u"add"_s, u"--case"_s, first.cases().first()[u"id"].toString(),
            u"--kind"_s, u"home"_s, u"--note"_s, u"Inte skickat än."_s});
    const QString visit = add.json()[u"id"].toString();
    QVERIFY2(!visit.isEmpty(), add.describe());
    const QStringList visits1 = CliDevice::ids(first.visits());

    // Refused on the device, before any request: the same with the server out of reach.
    for (const bool serverUp : {true, false}) {
        if (!serverUp)
            m_f->server().stop();
        const CliRun r = second.sync(m_f->url());
        QVERIFY2(r.exitCode == 1, r.describe());
        QVERIFY2(r.err.trimmed().count('\n') == 0 && r.err.contains("another account"),
            r.err.constData());
        QCOMPARE(second.status()[u"pending"].toInt(), 1);
        QCOMPARE(CliDevice::ids(second.visits()), visits1);
        QCOMPARE(second.status()[u"device_id"].toString(), device1);
    }
    QVERIFY(m_f->server().start());
    QCOMPARE(m_f->db().number(
                 u"SELECT count(*) FROM devices WHERE user_id = ?"_s, {m_f->userId(u"worker4"_s)}),
        0);

    // Once worker1 has sent it, worker4 may come in; the visit is on the server, not here.
    const CliRun sent = first.sync(m_f->url());
    QVERIFY2(sent.exitCode == 0, sent.describe());
    QVERIFY(serverIds(u"worker1"_s, u"visit"_s).contains(visit));
    const CliRun four = second.sync(m_f->url());
    QVERIFY2(four.exitCode == 0, four.describe());
    QVERIFY(!CliDevice::ids(second.visits()).contains(visit));
}

QTEST_GUILESS_MAIN(TestAccountSwitch)
#include "tst_accountswitch.moc"
