// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 5, "Must hold": the everyday hard cases of sync with real barntid-cli devices against
// the real server, on SQLite and PostgreSQL. Two devices editing one draft offline (with the
// conflicting push duplicated on the way), a device back after a week with a long backlog while
// the server's change log moved on (and, once, after the server purged its old delete notices),
// and a device whose account lost a case. A wiped device is covered by tst_clisync.
#include "clidevice.h"
#include "faultproxy.h"
#include "serverharness.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace e2esync;
using namespace Qt::StringLiterals;

namespace {

QString text(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject byId(const QJsonArray &records, const QString &id)
{
    for (const QJsonValue &r : records) {
        if (r[u"id"].toString() == id)
            return r.toObject();
    }
    return {};
}

/** "id status note" of every visit, sorted: what two copies must agree on. */
QStringList visitRows(const QList<QJsonObject> &visits)
{
    QStringList rows;
    for (const QJsonObject &v : visits)
        rows << v[u"id"].toString() + u' ' + v[u"status"].toString() + u' ' + v[u"note"].toString();
    rows.sort();
    return rows;
}

QStringList visitRows(const QJsonArray &visits)
{
    QList<QJsonObject> list;
    for (const QJsonValue &v : visits)
        list << v.toObject();
    return visitRows(list);
}

} // namespace

class TestSyncScenarios : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<e2eserver::ServerFixture> m_f;
    std::unique_ptr<QTemporaryDir> m_dir;

    CliDevice device(const QString &name, const QString &username)
    {
        return CliDevice(m_dir->filePath(name), username);
    }
    QUrl server() const { return m_f->url(); }

    /** Set up and synced once. */
    void ready(const CliDevice &d)
    {
        const CliRun init = d.run({u"init"_s});
        QVERIFY2(init.exitCode == 0, init.describe());
        const CliRun first = d.sync(server());
        QVERIFY2(first.exitCode == 0, first.describe());
    }

    /** What the server shows the account now (a fresh login straight to the server). */
    e2eserver::Snapshot serverView(const QString &username)
    {
        e2eserver::Device account = e2eserver::signIn(server(), username);
        if (!account.isValid())
            qWarning() << account.login.describe();
        const e2eserver::PullLog log = e2eserver::pullAll(account);
        if (!log.error.isEmpty())
            qWarning() << log.error;
        return e2eserver::Snapshot(log.changes);
    }

    /** The device holds exactly the account's cases and visits as the server shows them. */
    void converged(const CliDevice &d)
    {
        const e2eserver::Snapshot view = serverView(d.name());
        QStringList serverCases = view.ids(u"case"_s);
        serverCases.sort();
        QCOMPARE(CliDevice::ids(d.cases()), serverCases);
        QCOMPARE(visitRows(d.visits()), visitRows(view.all(u"visit"_s)));
        const QJsonObject s = d.status();
        QVERIFY2(s[u"pending"].toInt(-1) == 0 && s[u"safe_to_leave"].toBool(), qPrintable(text(s)));
    }

    QString addVisit(const CliDevice &d, const QString &caseId, const QString &note)
    {
        const CliRun r = d.run({u"--json"_s, u"visit"_s, u"add"_s, u"--case"_s, caseId, u"--kind"_s,
            u"home"_s, u"--note"_s, note});
        return r.json()[u"id"].toString();
    }

    QString serverNote(const QString &visitId)
    {
        return QJsonDocument::fromJson(
            m_f->db()
                .text(u"SELECT data FROM records WHERE entity = 'visit' AND id = ?"_s, {visitId})
                .toUtf8())[u"note"]
            .toString();
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

    void sameDraftEditedOnTwoDevices();
    void weekOfflineDeviceCatchesUp();
    void weekOfflineAfterThePurgeDownloadsAgain();
    void caseHandedOverAfterPendingWorkIsUploaded();
    void caseHandedOverBeforeTheDeviceSynced();
};

void TestSyncScenarios::sameDraftEditedOnTwoDevices()
{
    const CliDevice a = device(u"a"_s, u"worker1"_s), b = device(u"b"_s, u"worker1"_s);
    ready(a);
    const QString id = addVisit(a, a.cases().first()[u"id"].toString(), u"Utkast."_s);
    QVERIFY(!id.isEmpty());
    QCOMPARE(a.sync(server()).exitCode, 0);
    ready(b);
    QCOMPARE(byId(b.visits(), id)[u"note"].toString(), u"Utkast."_s);

    // Both devices edit the draft offline; A syncs first.
    for (const auto &[d, note] : {std::pair {a, u"Version A."_s}, std::pair {b, u"Version B."_s}}) {
        const CliRun edit = d.run({u"visit"_s, u"edit"_s, u"--id"_s, id, u"--note"_s, note});
        QVERIFY2(edit.exitCode == 0, edit.describe());
    }
    QCOMPARE(a.sync(server()).exitCode, 0);

    // B's push reaches the server twice (the proxy duplicates it): one conflict, stored once.
    FaultProxy proxy(server());
    QVERIFY(proxy.listen());
    proxy.planPushes({Fault::Duplicate});
    const CliRun r = b.sync(proxy.url());
    QVERIFY2(r.exitCode == 7, r.describe());
    QCOMPARE(proxy.count(Fault::Duplicate), 1);
    const QJsonObject s = b.status();
    QVERIFY2(s[u"needs_attention"].toInt() == 1 && s[u"pending"].toInt() == 1
            && !s[u"safe_to_leave"].toBool(),
        qPrintable(text(s)));

    // Both versions are kept: the server's copy is A's, B's is in the server's conflicts and
    // stays on B.
    const auto conflicts = [&] {
        QStringList notes;
        for (const QVariantList &row : m_f->db().rows(
                 u"SELECT data FROM conflicts WHERE entity = 'visit' AND record_id = ?"_s, {id}))
            notes << QJsonDocument::fromJson(row.at(0).toString().toUtf8())[u"note"].toString();
        return notes;
    };
    QCOMPARE(serverNote(id), u"Version A."_s);
    QCOMPARE(conflicts(), QStringList {u"Version B."_s});
    QCOMPARE(byId(b.visits(), id)[u"note"].toString(), u"Version B."_s);

    // Another sync changes nothing: the conflict waits for a person and is not stored again.
    QCOMPARE(b.sync(server()).exitCode, 7);
    QCOMPARE(b.status()[u"needs_attention"].toInt(), 1);
    QCOMPARE(conflicts(), QStringList {u"Version B."_s});
    QCOMPARE(byId(b.visits(), id)[u"note"].toString(), u"Version B."_s);
    QCOMPARE(a.sync(server()).exitCode, 0);
    QCOMPARE(byId(a.visits(), id)[u"note"].toString(), u"Version A."_s);
}

void TestSyncScenarios::weekOfflineDeviceCatchesUp()
{
    const CliDevice x = device(u"x"_s, u"worker1"_s), y = device(u"y"_s, u"worker1"_s),
                    other = device(u"o"_s, u"worker2"_s);
    ready(x);
    ready(y);
    ready(other);
    const QString caseId = x.cases().first()[u"id"].toString();
    const QString otherCase = other.cases().first()[u"id"].toString();
    QString error;
    QList<QJsonObject> before;
    for (int i = 0; i < 20; ++i)
        before << writes::addVisit(caseId, u"Före ledigheten %1."_s.arg(i));
    const QStringList drafts = x.write(before, &error);
    QVERIFY2(!drafts.isEmpty(), qPrintable(error));
    QCOMPARE(x.sync(server()).exitCode, 0);
    QCOMPARE(y.sync(server()).exitCode, 0);

    // A week without network: x builds up a backlog (new cases and visits, edits, signatures).
    QList<QJsonObject> backlog {
        writes::addCase(u"V-1"_s, u"Ida K."_s), writes::addCase(u"V-2"_s, u"Omar S."_s)};
    for (int i = 0; i < 240; ++i) {
        const QString note = u"Veckan borta, besök %1."_s.arg(i);
        backlog << (i % 3 == 2 ? writes::addVisit(caseId, note)
                               : writes::addVisitToLine(i % 3, note));
    }
    for (int i = 0; i < 10; ++i)
        backlog << writes::edit(
            drafts.at(i), u"Före ledigheten %1, kompletterat offline."_s.arg(i));
    for (int i = 10; i < 15; ++i)
        backlog << writes::sign(drafts.at(i));
    QVERIFY2(!x.write(backlog, &error).isEmpty(), qPrintable(error));
    QCOMPARE(x.status()[u"pending"].toInt(), 257);

    // Meanwhile the colleague's device and another worker keep working: the log moves on.
    for (int round = 0; round < 5; ++round) {
        QList<QJsonObject> mine, theirs;
        for (int i = 0; i < 60; ++i)
            mine << writes::addVisit(caseId, u"Kollegans besök %1-%2."_s.arg(round).arg(i));
        if (round == 0) {
            for (int i = 15; i < 20; ++i)
                mine << writes::edit(drafts.at(i), u"Ändrat av kollegan %1."_s.arg(i));
        }
        for (int i = 0; i < 40; ++i)
            theirs << writes::addVisit(otherCase, u"Annan handläggare %1-%2."_s.arg(round).arg(i));
        QVERIFY2(!y.write(mine, &error).isEmpty(), qPrintable(error));
        QVERIFY2(!other.write(theirs, &error).isEmpty(), qPrintable(error));
        QCOMPARE(y.sync(server()).exitCode, 0);
        QCOMPARE(other.sync(server()).exitCode, 0);
    }

    // Back online: one sync sends the backlog and brings the week's changes.
    const CliRun back = x.sync(server());
    QVERIFY2(back.exitCode == 0, back.describe());
    const QJsonObject summary = back.json().toObject();
    QCOMPARE(summary[u"pushed"].toInt(), 257);
    QVERIFY2(summary[u"pulled"].toInt() >= 300, qPrintable(text(summary)));
    QCOMPARE(y.sync(server()).exitCode, 0);
    converged(x);
    converged(y);
    converged(other);
    QCOMPARE(visitRows(x.visits()), visitRows(y.visits()));
    QCOMPARE(serverNote(drafts.at(3)), u"Före ledigheten 3, kompletterat offline."_s);
    QCOMPARE(serverNote(drafts.at(17)), u"Ändrat av kollegan 17."_s);
    QCOMPARE(byId(y.visits(), drafts.at(12))[u"status"].toString(), u"signed"_s);
}

void TestSyncScenarios::weekOfflineAfterThePurgeDownloadsAgain()
{
    const CliDevice x = device(u"x"_s, u"worker1"_s), y = device(u"y"_s, u"worker1"_s);
    ready(x);
    QString error;
    const QStringList handed = x.write(
        {writes::addCase(u"P-1"_s, u"Liv A."_s), writes::addVisitToLine(0, u"Besök på P-1."_s)},
        &error);
    QVERIFY2(!handed.isEmpty(), qPrintable(error));
    QCOMPARE(x.sync(server()).exitCode, 0);
    ready(y);

    // x is away; its backlog grows.
    const QString caseId = handed.first();
    const QString demoCase = y.cases().first()[u"id"].toString() == caseId
        ? y.cases().last()[u"id"].toString()
        : y.cases().first()[u"id"].toString();
    QList<QJsonObject> backlog {writes::addCase(u"P-2"_s, u"Sam E."_s)};
    for (int i = 0; i < 120; ++i)
        backlog << (i % 2 ? writes::addVisit(demoCase, u"Borta %1."_s.arg(i))
                          : writes::addVisitToLine(0, u"Borta %1."_s.arg(i)));
    QVERIFY2(!x.write(backlog, &error).isEmpty(), qPrintable(error));
    // Meanwhile: the colleague works, P-1 goes to another worker (a delete notice for worker1),
    // and the nightly purge forgets the old delete notices: x's cursor is below the horizon.
    QList<QJsonObject> colleague;
    for (int i = 0; i < 50; ++i)
        colleague << writes::addVisit(demoCase, u"Kollegan %1."_s.arg(i));
    QVERIFY2(!y.write(colleague, &error).isEmpty(), qPrintable(error));
    QCOMPARE(y.sync(server()).exitCode, 0);
    const e2eserver::CliRun assign
        = m_f->cli({u"case"_s, u"assign"_s, u"--id"_s, caseId, u"--worker"_s, u"worker2"_s});
    QVERIFY2(assign.ok(), qPrintable(assign.describe()));
    QCOMPARE(y.sync(server()).exitCode, 0);
    const e2eserver::CliRun purge = m_f->cli({u"purge"_s, u"--older-than-days"_s, u"0"_s});
    QVERIFY2(purge.ok(), qPrintable(purge.describe()));
    QVERIFY2(m_f->db().number(u"SELECT value FROM counters WHERE name = 'horizon'"_s) > 0,
        purge.out.constData());

    // x comes back: reset_required; its backlog goes up first, then it downloads again and
    // drops the handed-over case it can no longer see.
    const CliRun back = x.sync(server());
    QVERIFY2(back.exitCode == 0, back.describe());
    QCOMPARE(back.json()[u"pushed"].toInt(), 121);
    QVERIFY(byId(x.cases(), caseId).isEmpty());
    QVERIFY(byId(x.visits(), handed.at(1)).isEmpty());
    converged(x);
    QCOMPARE(y.sync(server()).exitCode, 0);
    converged(y);
    QCOMPARE(visitRows(x.visits()), visitRows(y.visits()));
}

void TestSyncScenarios::caseHandedOverAfterPendingWorkIsUploaded()
{
    const CliDevice a = device(u"a"_s, u"worker1"_s), b = device(u"b"_s, u"worker2"_s);
    ready(a);
    ready(b);
    QString error;
    const QStringList made = a.write(
        {writes::addCase(u"K-77"_s, u"Nora L."_s), writes::addVisitToLine(0, u"Första."_s)},
        &error);
    QVERIFY2(!made.isEmpty(), qPrintable(error));
    QCOMPARE(a.sync(server()).exitCode, 0);
    const QString caseId = made.at(0);
    // Offline work on the case: two new visits and an edit.
    const QStringList pending
        = a.write({writes::addVisit(caseId, u"Andra."_s), writes::addVisit(caseId, u"Tredje."_s),
                      writes::edit(made.at(1), u"Första, kompletterat."_s)},
            &error);
    QVERIFY2(!pending.isEmpty(), qPrintable(error));
    QCOMPARE(a.status()[u"pending"].toInt(), 3);

    // The case is handed to worker2 between the device's push and its pull.
    FaultProxy proxy(server());
    QVERIFY(proxy.listen());
    proxy.hold(u"/v1/sync/pull"_s);
    QProcess *sync = a.startSync(proxy.url());
    QTRY_VERIFY_WITH_TIMEOUT(proxy.heldCount() == 1, 60'000);
    QCOMPARE(serverNote(made.at(1)), u"Första, kompletterat."_s);
    QCOMPARE(serverNote(pending.at(1)), u"Tredje."_s);
    const e2eserver::CliRun assign
        = m_f->cli({u"case"_s, u"assign"_s, u"--id"_s, caseId, u"--worker"_s, u"worker2"_s});
    QVERIFY2(assign.ok(), qPrintable(assign.describe()));
    proxy.release();
    const CliRun r = CliDevice::finish(sync);
    QVERIFY2(r.exitCode == 0, r.describe());

    // Gone from worker1's device, the work kept with the case for worker2.
    QVERIFY(byId(a.cases(), caseId).isEmpty());
    QCOMPARE(a.run({u"--json"_s, u"visit"_s, u"list"_s, u"--case"_s, caseId}).json().toArray(),
        QJsonArray());
    converged(a);
    QCOMPARE(b.sync(server()).exitCode, 0);
    QVERIFY(!byId(b.cases(), caseId).isEmpty());
    QStringList notes;
    for (const QJsonValue &v :
        b.run({u"--json"_s, u"visit"_s, u"list"_s, u"--case"_s, caseId}).json().toArray())
        notes << v[u"note"].toString();
    notes.sort();
    QCOMPARE(notes, (QStringList {u"Andra."_s, u"Första, kompletterat."_s, u"Tredje."_s}));
    converged(b);
}

void TestSyncScenarios::caseHandedOverBeforeTheDeviceSynced()
{
    const CliDevice a = device(u"a"_s, u"worker1"_s);
    ready(a);
    QString error;
    const QStringList made = a.write(
        {writes::addCase(u"K-78"_s, u"Tove N."_s), writes::addVisitToLine(0, u"Första."_s)},
        &error);
    QVERIFY2(!made.isEmpty(), qPrintable(error));
    QCOMPARE(a.sync(server()).exitCode, 0);
    const QString caseId = made.at(0);
    const QStringList pending
        = a.write({writes::addVisit(caseId, u"Efter överlämningen."_s)}, &error);
    QVERIFY2(!pending.isEmpty(), qPrintable(error));
    const e2eserver::CliRun assign
        = m_f->cli({u"case"_s, u"assign"_s, u"--id"_s, caseId, u"--worker"_s, u"worker2"_s});
    QVERIFY2(assign.ok(), qPrintable(assign.describe()));
    // The push comes too late: the server refuses the visit (forbidden, the case is not
    // worker1's any more). The refusal is kept in sight, never dropped: the visit stays on the
    // device under "needs attention"; the case and its synced visit leave the device.
    const CliRun r = a.sync(server());
    QVERIFY2(r.exitCode == 7, r.describe());
    const QJsonObject s = a.status();
    QVERIFY2(s[u"needs_attention"].toInt() == 1 && s[u"pending"].toInt() == 1, qPrintable(text(s)));
    QCOMPARE(
        m_f->db().number(u"SELECT COUNT(*) FROM records WHERE id = ?"_s, {pending.first()}), 0);
    QCOMPARE(
        m_f->db().number(u"SELECT COUNT(*) FROM mutations WHERE result LIKE '%forbidden%'"_s), 1);
    QVERIFY(byId(a.cases(), caseId).isEmpty());
    QVERIFY(byId(a.visits(), made.at(1)).isEmpty());
    QCOMPARE(byId(a.visits(), pending.first())[u"note"].toString(), u"Efter överlämningen."_s);
    QCOMPARE(a.sync(server()).exitCode, 7);
    QCOMPARE(a.status()[u"needs_attention"].toInt(), 1);
}

QTEST_GUILESS_MAIN(TestSyncScenarios)
#include "tst_syncscenarios.moc"
