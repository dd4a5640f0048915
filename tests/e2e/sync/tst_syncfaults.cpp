// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 5, "Must hold": 1,000 records written on three barntid-cli devices reach the server
// through a proxy that drops, delays, cuts and duplicates requests and has the server killed
// (SIGKILL) and restarted during pushes. The devices sync as a worker would, again after each
// failure, until nothing is pending; then the server holds exactly those 1,000 records once,
// with the last note and status each device wrote, and every device holds what the server
// shows its account.
#include "clidevice.h"
#include "faultproxy.h"
#include "serverharness.h"
#include "workload.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace e2esync;
using namespace Qt::StringLiterals;

namespace {

constexpr int totalRecords = 1000;
constexpr int batchRecords = 20; // about seventeen rounds of writes per device
constexpr int drainRounds = 20; // syncs after the last write before the test gives up
constexpr int faultPercent = 35;

quint32 faultSeed()
{
    bool ok = false;
    const quint32 fromEnv = qEnvironmentVariable("BARNTID_FAULT_SEED").toUInt(&ok);
    return ok ? fromEnv : 20261125u;
}

/** "id note status version" of every visit a device holds, sorted. */
QStringList visitRows(const QJsonArray &visits)
{
    QStringList rows;
    for (const QJsonValue &v : visits) {
        rows << u"%1 %2 %3 v%4"_s
                    .arg(v[u"id"].toString(), v[u"status"].toString(), v[u"note"].toString())
                    .arg(v[u"version"].toInteger());
    }
    rows.sort();
    return rows;
}

/** The same rows from what the server delivers to the account. */
QStringList visitRows(const e2eserver::Snapshot &server)
{
    QStringList rows;
    for (const QJsonObject &v : server.all(u"visit"_s)) {
        rows << u"%1 %2 %3 v%4"_s
                    .arg(v[u"id"].toString(), v[u"status"].toString(), v[u"note"].toString())
                    .arg(v[u"version"].toInteger());
    }
    rows.sort();
    return rows;
}

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { e2eserver::addBackendRows(); }
    void init() { E2E_SKIP_UNAVAILABLE_BACKEND(); }
    void cleanupTestCase() { e2eserver::TestDatabase::dropTemplates(); }

    void thousandRecordsThroughFaults();
};

void TestSyncFaults::thousandRecordsThroughFaults()
{
    QElapsedTimer timer;
    timer.start();
    e2eserver::ServerFixture f(e2eserver::currentBackend());
    E2E_START(f);
    const qint64 recordsBefore = f.db().number(u"SELECT COUNT(*) FROM records"_s);
    const qint64 conflictsBefore = f.db().number(u"SELECT COUNT(*) FROM conflicts"_s);
    QVERIFY2(recordsBefore >= 0, qPrintable(f.db().lastError()));

    FaultProxy proxy(f.url());
    QVERIFY(proxy.listen());
    const quint32 seed = faultSeed();
    qInfo("fault schedule seed %u (BARNTID_FAULT_SEED=%u repeats it), %d%% of requests", seed, seed,
        faultPercent);
    QString restartError;
    proxy.setRestarter([&] {
        f.server().kill();
        if (!f.server().start())
            restartError += f.server().error();
        return f.url();
    });
    // Every kind at least once, whatever the random schedule draws: the first requests are
    // logins, the first pushes carry the first records.
    proxy.plan({Fault::Drop, Fault::Delay});
    proxy.planPushes({Fault::Restart, Fault::Cut, Fault::Duplicate, Fault::Restart});
    proxy.setRandom(seed, faultPercent);

    const auto failWith = [&](const QString &what) {
        return qPrintable(what + u"\nproxy: "_s + proxy.summary() + u"\n"_s
            + proxy.log().mid(qMax(0, int(proxy.log().size()) - 40)).join(u'\n') + u"\nserver:\n"_s
            + QString::fromUtf8(f.server().logTail()));
    };

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList users {u"worker1"_s, u"worker2"_s, u"worker3"_s};
    QList<CliDevice> devices;
    std::vector<Workload> loads;
    QList<QProcess *> inits;
    for (int i = 0; i < users.size(); ++i) {
        devices << CliDevice(dir.filePath(users.at(i)), users.at(i));
        const int quota = totalRecords / 3 + (i < totalRecords % 3 ? 1 : 0);
        loads.emplace_back(u"d%1"_s.arg(i + 1), seed + quint32(i), quota);
        inits << devices.last().start({u"init"_s});
    }
    for (const CliRun &r : CliDevice::finish(inits))
        QVERIFY2(r.exitCode == 0, r.describe());

    QMap<int, int> exits;
    int syncs = 0, rounds = 0, quietRounds = 0;
    for (;; ++rounds) {
        QList<QProcess *> writers;
        QList<int> writing;
        for (int i = 0; i < devices.size(); ++i) {
            if (loads[size_t(i)].done())
                continue;
            writers << devices[i].startWrites(loads[size_t(i)].nextBatch(batchRecords));
            writing << i;
        }
        const QList<CliRun> written = CliDevice::finish(writers);
        for (int k = 0; k < writing.size(); ++k) {
            const CliRun &w = written.at(k);
            QVERIFY2(w.exitCode == 0, w.describe());
            loads[size_t(writing.at(k))].confirm(CliDevice::writtenIds(w));
        }

        QList<QProcess *> syncing;
        for (const CliDevice &d : devices)
            syncing << d.startSync(proxy.url());
        const QList<CliRun> synced = CliDevice::finish(syncing);
        bool allClean = true;
        for (int i = 0; i < synced.size(); ++i) {
            const CliRun &s = synced.at(i);
            ++syncs;
            ++exits[s.exitCode];
            // 6: the server was unreachable (a fault), 7: something is still not on the server;
            // anything else (login refused, a crash, a refused change) is a failure.
            QVERIFY2(s.exitCode == 0 || s.exitCode == 6 || s.exitCode == 7,
                failWith(users.at(i) + u" sync: "_s + QString::fromUtf8(s.describe())));
            allClean = allClean && s.exitCode == 0;
        }
        QVERIFY2(restartError.isEmpty(), failWith(restartError));
        const bool allWritten
            = std::all_of(loads.begin(), loads.end(), [](const Workload &l) { return l.done(); });
        if (allWritten && allClean)
            break;
        if (allWritten && ++quietRounds > drainRounds) {
            QString state;
            for (const CliDevice &d : devices) {
                state += d.name() + u": "_s
                    + QString::fromUtf8(QJsonDocument(d.status()).toJson(QJsonDocument::Compact))
                    + u"\n"_s;
            }
            QFAIL(failWith(
                u"still not synced after %1 rounds without writes\n"_s.arg(drainRounds) + state));
        }
    }
    const qint64 syncedAfter = timer.elapsed();

    // Nothing left in any outbox, nothing needing attention.
    for (const CliDevice &d : devices) {
        const QJsonObject s = d.status();
        QVERIFY2(s[u"pending"].toInt(-1) == 0 && s[u"needs_attention"].toInt(-1) == 0
                && s[u"safe_to_leave"].toBool(),
            qPrintable(d.name() + u": "_s + QString::fromUtf8(QJsonDocument(s).toJson())));
    }

    // The server: exactly the 1,000 new records, each once, with the last note and status.
    QCOMPARE(f.db().number(u"SELECT COUNT(*) FROM records"_s), recordsBefore + totalRecords);
    QCOMPARE(f.db().number(u"SELECT COUNT(*) FROM conflicts"_s), conflictsBefore);
    QHash<QString, Workload::Expected> expected;
    for (const Workload &l : loads)
        expected.insert(l.expected());
    QCOMPARE(expected.size(), totalRecords);
    QSet<QString> notes;
    int visits = 0, found = 0;
    for (const QVariantList &row :
        f.db().rows(
            u"SELECT entity, id, data, deleted FROM records WHERE entity IN ('case', 'visit')"_s)) {
        const auto it = expected.constFind(row.at(1).toString());
        if (it == expected.cend())
            continue;
        ++found;
        QCOMPARE(row.at(0).toString(), it->entity);
        QCOMPARE(row.at(3).toInt(), 0);
        if (it->entity != u"visit")
            continue;
        ++visits;
        const QJsonObject data = QJsonDocument::fromJson(row.at(2).toString().toUtf8()).object();
        QCOMPARE(data[u"note"].toString(), it->note);
        QCOMPARE(data[u"status"].toString(), it->status);
        notes.insert(it->note);
    }
    QCOMPARE(found, totalRecords);
    QCOMPARE(notes.size(), visits);

    // Every device holds what the server shows its account: no more, no less, same versions.
    for (const CliDevice &d : devices) {
        e2eserver::Device account = e2eserver::signIn(f.url(), d.name());
        QVERIFY2(account.isValid(), account.login.describe());
        const e2eserver::PullLog log = e2eserver::pullAll(account);
        QVERIFY2(log.error.isEmpty(), qPrintable(log.error));
        const e2eserver::Snapshot server(log.changes);
        const QJsonArray local = d.visits();
        QCOMPARE(visitRows(local), visitRows(server));
        QStringList serverCases = server.ids(u"case"_s);
        serverCases.sort();
        QCOMPARE(CliDevice::ids(d.cases()), serverCases);
        const QStringList localIds = CliDevice::ids(local);
        QCOMPARE(QSet<QString>(localIds.begin(), localIds.end()).size(), localIds.size());
    }

    int edits = 0, signatures = 0;
    for (const Workload &l : loads) {
        edits += l.edits();
        signatures += l.signatures();
    }
    QStringList exitText;
    for (auto it = exits.cbegin(); it != exits.cend(); ++it)
        exitText << u"exit %1 ×%2"_s.arg(it.key()).arg(it.value());
    qInfo("%d records (+%d edits, %d signatures) from 3 devices in %d rounds, %d syncs (%s); "
          "synced in %lld ms, checked in %lld ms",
        totalRecords, edits, signatures, rounds + 1, syncs, qPrintable(exitText.join(u", "_s)),
        syncedAfter, timer.elapsed() - syncedAfter);
    qInfo("proxy: %s", qPrintable(proxy.summary()));
    if (qEnvironmentVariableIsSet("BARNTID_FAULT_LOG"))
        qInfo().noquote() << proxy.log().join(u'\n');
    for (const Fault kind :
        {Fault::Drop, Fault::Delay, Fault::Cut, Fault::Duplicate, Fault::Restart})
        QVERIFY2(proxy.count(kind) > 0, qPrintable(faultName(kind) + u" never happened"_s));
    QVERIFY2(proxy.restartsInFlight() > 0, "no server restart landed before a push's answer");
}

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
