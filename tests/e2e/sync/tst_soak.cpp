// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, item 8, "Under faults, for hours": a Jepsen-style soak, bounded in time and in rounds,
// loopback only. Six barntid-cli devices (worker1 on three, worker2 on two, their supervisor on
// one) write, go offline and sync through fault proxies in front of the server processes, while
// server processes are SIGKILLed and restarted and, once per PostgreSQL run, the cluster itself
// restarts. During the run every read of a device must show its own writes and no record older
// than the read before; every clean sync must leave the device's writes on the server. Then the
// faults stop, everything is synced until nothing is pending, and the server must hold every
// acknowledged write once with its last content, and the devices of a scope the same records.
// BARNTID_SOAK_SECONDS sets the fault phase, BARNTID_SOAK_ROUNDS caps it, BARNTID_FAULT_SEED
// replays a run; scripts/soak MINUTES runs the PostgreSQL row for longer.
#include "clidevice.h"
#include "faultproxy.h"
#include "serverharness.h"
#include "workload.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>
#include <unistd.h>

using namespace e2esync;
using namespace Qt::StringLiterals;

namespace {

constexpr int faultPercent = 30;
constexpr int recordsPerDevice = 2000; // then a device only edits and signs (bounds long runs)
constexpr int quiesceRounds = 20;
constexpr int maxOfflineRounds = 4;

quint32 faultSeed()
{
    bool ok = false;
    const quint32 fromEnv = qEnvironmentVariable("BARNTID_FAULT_SEED").toUInt(&ok);
    return ok ? fromEnv : 20261207u;
}

int envNumber(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariable(name).toInt(&ok);
    return ok && value > 0 ? value : fallback;
}

/** What a device showed of one record at one read. */
struct Held
{
    QString entity;
    qint64 version = 0;
    QString status; ///< visits only
    QString note; ///< visits only

    QString row() const { return u"%1 v%2 %3 %4"_s.arg(entity).arg(version).arg(status, note); }
};
using Holdings = QHash<QString, Held>; ///< by record id

/** The records of `case list` and `visit list`; ids seen twice go to *doubled. */
Holdings holdings(const QJsonArray &cases, const QJsonArray &visits, QStringList *doubled)
{
    Holdings out;
    const auto add = [&](const QJsonValue &r, const QString &entity) {
        const QString id = r[u"id"].toString();
        if (out.contains(id))
            *doubled << id;
        out.insert(id,
            {entity, r[u"version"].toInteger(), r[u"status"].toString(), r[u"note"].toString()});
    };
    for (const QJsonValue &c : cases)
        add(c, u"case"_s);
    for (const QJsonValue &v : visits)
        add(v, u"visit"_s);
    return out;
}

/** The same from what the server delivers to an account. */
Holdings holdings(const e2eserver::Snapshot &server)
{
    QJsonArray cases, visits;
    for (const QJsonObject &c : server.all(u"case"_s))
        cases << c;
    for (const QJsonObject &v : server.all(u"visit"_s))
        visits << v;
    QStringList doubled;
    return holdings(cases, visits, &doubled);
}

QStringList rows(const Holdings &h)
{
    QStringList out;
    for (auto it = h.cbegin(); it != h.cend(); ++it)
        out << it.key() + u' ' + it->row();
    out.sort();
    return out;
}

/** A device of the soak and what the test remembers of it. */
struct SoakDevice
{
    CliDevice cli;
    QString account;
    std::optional<Workload> load; ///< none: the supervisor's device, which only reads
    int proxy = 0;
    int offline = 0; ///< rounds left without a sync
    Holdings held; ///< the last read
    QHash<QString, qint64> acked; ///< own records: the server's version at the last clean sync
};

/** A record as the server's database holds it. */
struct ServerRecord
{
    QString entity;
    qint64 version = 0;
    bool deleted = false;
    QString status;
    QString note;
};

/** Reads the server's database on a fresh connection each time: the PostgreSQL restart breaks
 *  any connection kept open (TestDatabase keeps one, and Qt does not reconnect it). */
class ServerReader
{
public:
    explicit ServerReader(const QString &url)
        : m_url(url)
    { }

    QList<QVariantList> rows(const QString &sql, QString *error) const
    {
        const QString name = u"soak_read_%1"_s.arg(++m_opened);
        QList<QVariantList> out;
        {
            QSqlDatabase db = open(name);
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!db.isOpen() || !q.exec(sql))
                *error = sql + u": "_s + db.lastError().text() + q.lastError().text();
            while (error->isEmpty() && q.next()) {
                QVariantList row;
                for (int i = 0; i < q.record().count(); ++i)
                    row << q.value(i);
                out << row;
            }
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return out;
    }

    /** Every case and visit by id. */
    QHash<QString, ServerRecord> records(QString *error) const
    {
        QHash<QString, ServerRecord> out;
        for (const QVariantList &r : rows(u"SELECT entity, id, version, deleted, data FROM records "
                                          "WHERE entity IN ('case', 'visit')"_s,
                 error)) {
            const QJsonObject data = QJsonDocument::fromJson(r.at(4).toString().toUtf8()).object();
            out.insert(r.at(1).toString(),
                {r.at(0).toString(), r.at(2).toLongLong(), r.at(3).toInt() != 0,
                    data[u"status"].toString(), data[u"note"].toString()});
        }
        return out;
    }

    qint64 number(const QString &sql, QString *error) const
    {
        const QList<QVariantList> all = rows(sql, error);
        return all.isEmpty() ? -1 : all.first().value(0).toLongLong();
    }

private:
    QSqlDatabase open(const QString &name) const
    {
        if (m_url.startsWith(u"sqlite:")) {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(m_url.mid(7));
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
            db.open();
            return db;
        }
        const QUrl u(m_url);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setPassword(u.password());
        db.setDatabaseName(u.path().mid(1));
        db.open();
        return db;
    }

    QString m_url;
    mutable int m_opened = 0;
};

/** The newest installed pg_ctl, or empty. */
QString pgCtl()
{
    QStringList versions
        = QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
        [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    const QString path
        = u"/usr/lib/postgresql/%1/bin/pg_ctl"_s.arg(versions.value(versions.size() - 1));
    return QFileInfo(path).isExecutable() ? path : QString();
}

struct Stats
{
    int rounds = 0;
    int writes = 0;
    QMap<int, int> syncExits;
    int offlineSpells = 0;
    int kills = 0; ///< by the test, at a random moment of a sync round
    int restarts = 0; ///< of servers the test killed
    int proxyRestarts = 0; ///< the proxy's kill-and-restart during a push
    int postgresRestarts = 0;
};

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { e2eserver::addBackendRows(); }
    void init() { E2E_SKIP_UNAVAILABLE_BACKEND(); }
    void cleanup();
    void cleanupTestCase() { e2eserver::TestDatabase::dropTemplates(); }

    void soakUnderFaults();

private:
    void setUp();
    void setUpProxies();
    void setUpDevices();
    void findPostgres();
    void round(bool postgresDue);
    void writeSome();
    QList<int> pickSyncers();
    std::function<void()> pickDisruption(bool postgresDue);
    void syncAndCheck(
        const QList<int> &who, const std::function<void()> &disruption, bool read = true);
    void readAndCheck(const QList<int> &who, const QList<int> &clean);
    void checkRead(SoakDevice &d, const Holdings &now);
    void checkAcknowledged(SoakDevice &d, const QHash<QString, ServerRecord> &server);
    void quiesce();
    void checkServer();
    void checkConverged();
    void repointProxies();
    void restartDownServers(int percent);
    void killServer(int server);
    void restartPostgres();
    int serverBehind(const FaultProxy &proxy) const;
    QString context(const QString &what) const;
    void summary(qint64 faultMs, qint64 quiesceMs) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<e2eserver::ServerFixture> m_f;
    std::unique_ptr<ServerReader> m_db;
    std::vector<std::unique_ptr<FaultProxy>> m_proxies;
    std::vector<SoakDevice> m_devices;
    QRandomGenerator m_random;
    quint32 m_seed = 0;
    int m_servers = 1;
    qint64 m_recordsBefore = 0;
    qint64 m_conflictsBefore = 0;
    QString m_pgDataDir; ///< empty: the cluster is not restarted (m_pgWhyNot says why)
    QString m_pgWhyNot;
    QString m_disruptionError; ///< a failed restart (server or PostgreSQL)
    Stats m_stats;
};

/** Ends the test function when the helper just called failed. */
#define SOAK_STEP(call)                                                                            \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

void TestSoak::cleanup()
{
    if (QTest::currentTestFailed() && m_f) {
        for (int i = 0; i < m_servers; ++i)
            qWarning().noquote() << "server" << i << "log tail:\n" << m_f->server(i).logTail();
    }
    m_proxies.clear();
    m_devices.clear();
    m_db.reset();
    m_f.reset();
    m_dir.reset();
}

void TestSoak::soakUnderFaults()
{
    const e2eserver::Backend backend = e2eserver::currentBackend();
    const int seconds = envNumber("BARNTID_SOAK_SECONDS",
        backend == e2eserver::Backend::Postgres ? 45 : 10); // ctest: both rows in about 2 min
    const int maxRounds = envNumber("BARNTID_SOAK_ROUNDS", qMax(10, seconds));
    m_seed = faultSeed();
    m_random.seed(m_seed);
    qInfo("soak seed %u (BARNTID_FAULT_SEED=%u replays it): %d s of faults, at most %d rounds",
        m_seed, m_seed, seconds, maxRounds);
    SOAK_STEP(setUp());

    QElapsedTimer clock;
    clock.start();
    const QDeadlineTimer end(qint64(seconds) * 1000);
    while (!end.hasExpired() && m_stats.rounds < maxRounds) {
        // Once, a third of the way in (the devices have history on the server by then), or in
        // the last round when the round cap comes first.
        const bool postgresDue
            = clock.elapsed() >= qint64(seconds) * 1000 / 3 || m_stats.rounds + 1 >= maxRounds;
        SOAK_STEP(round(postgresDue));
    }
    const qint64 faultMs = clock.restart();
    SOAK_STEP(quiesce());
    SOAK_STEP(checkServer());
    SOAK_STEP(checkConverged());
    summary(faultMs, clock.elapsed());
    if (!m_pgDataDir.isEmpty())
        QVERIFY2(m_stats.postgresRestarts == 1, "the PostgreSQL restart never came");
}

void TestSoak::setUp()
{
    // The test object lives through both rows: nothing of the first may reach the second.
    m_stats = {};
    m_pgDataDir.clear();
    m_pgWhyNot.clear();
    m_disruptionError.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const e2eserver::Backend backend = e2eserver::currentBackend();
    m_servers = backend == e2eserver::Backend::Postgres ? 2 : 1;
    m_f = std::make_unique<e2eserver::ServerFixture>(backend);
    E2E_START(*m_f, m_servers);
    m_db = std::make_unique<ServerReader>(m_f->db().url());
    QString error;
    m_recordsBefore = m_db->number(u"SELECT COUNT(*) FROM records"_s, &error);
    m_conflictsBefore = m_db->number(u"SELECT COUNT(*) FROM conflicts"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    if (backend == e2eserver::Backend::Postgres)
        findPostgres();
    else
        m_pgWhyNot = u"SQLite"_s;
    if (!m_pgWhyNot.isEmpty())
        qInfo("no PostgreSQL restart in this run: %s", qPrintable(m_pgWhyNot));
    setUpProxies();
    SOAK_STEP(setUpDevices());
}

void TestSoak::setUpProxies()
{
    for (int i = 0; i < m_servers; ++i) {
        auto proxy = std::make_unique<FaultProxy>(m_f->url(i));
        QVERIFY(proxy->listen());
        FaultProxy *p = proxy.get();
        // The proxy's own fault: the server behind it killed while a push is in flight.
        p->setRestarter([this, p] {
            const int server = serverBehind(*p);
            if (server < 0)
                return p->upstream();
            m_f->server(server).kill();
            ++m_stats.proxyRestarts;
            if (!m_f->server(server).start())
                m_disruptionError += m_f->server(server).error();
            return m_f->url(server);
        });
        p->setRandom(m_seed + 100 + quint32(i), faultPercent);
        m_proxies.push_back(std::move(proxy));
    }
}

void TestSoak::setUpDevices()
{
    // worker1 and worker2 write (each on several devices); supervisor1 reads both: the team norr
    // is its scope (DESIGN.md §5), so it must end with every record the workers wrote.
    const QStringList accounts {
        u"worker1"_s, u"worker1"_s, u"worker1"_s, u"worker2"_s, u"worker2"_s, u"supervisor1"_s};
    QList<QProcess *> inits;
    for (int i = 0; i < accounts.size(); ++i) {
        SoakDevice d {CliDevice(m_dir->filePath(u"d%1"_s.arg(i + 1)), accounts.at(i)),
            accounts.at(i), std::nullopt, i % m_servers, 0, {}, {}};
        if (!accounts.at(i).startsWith(u"supervisor"))
            d.load.emplace(u"d%1"_s.arg(i + 1), m_seed + quint32(i), recordsPerDevice);
        inits << d.cli.start({u"init"_s});
        m_devices.push_back(std::move(d));
    }
    for (const CliRun &r : CliDevice::finish(inits))
        QVERIFY2(r.exitCode == 0, r.describe());
}

void TestSoak::findPostgres()
{
    // scripts/soak names its own cluster; under ctest the cluster of BARNTID_TEST_POSTGRES is asked
    // where it lives. Only a cluster of scripts/throwaway-postgres is ever restarted, never one
    // a developer pointed the tests at.
    QString dir = qEnvironmentVariable("BARNTID_TEST_POSTGRES_DIR");
    if (!dir.isEmpty()) {
        dir += u"/data"_s;
    } else {
        QString error;
        const QList<QVariantList> r = m_db->rows(u"SHOW data_directory"_s, &error);
        dir = r.isEmpty() ? QString() : r.first().value(0).toString();
        if (dir.isEmpty())
            m_pgWhyNot = u"the cluster does not say where its data is: "_s + error;
    }
    static const QRegularExpression throwaway(u"^/tmp/barntid-pg\\.[^/]+/data$"_s);
    if (m_pgWhyNot.isEmpty() && !throwaway.match(QDir::cleanPath(dir)).hasMatch())
        m_pgWhyNot = u"%1 is not a scripts/throwaway-postgres cluster"_s.arg(dir);
    else if (m_pgWhyNot.isEmpty() && pgCtl().isEmpty())
        m_pgWhyNot = u"pg_ctl is not installed"_s;
    else if (m_pgWhyNot.isEmpty() && ::geteuid() != 0 && QFileInfo(dir).ownerId() != ::geteuid())
        m_pgWhyNot = u"the cluster belongs to another user and this is not root"_s;
    if (m_pgWhyNot.isEmpty())
        m_pgDataDir = QDir::cleanPath(dir);
}

void TestSoak::round(bool postgresDue)
{
    ++m_stats.rounds;
    SOAK_STEP(writeSome());
    repointProxies();
    restartDownServers(50);
    const QList<int> who = pickSyncers();
    syncAndCheck(who, pickDisruption(postgresDue));
}

void TestSoak::writeSome()
{
    QList<QProcess *> writers;
    QList<int> who;
    for (int i = 0; i < int(m_devices.size()); ++i) {
        SoakDevice &d = m_devices[size_t(i)];
        if (!d.load || m_random.bounded(100) >= 60)
            continue;
        // New records and edits and signatures of the device's own drafts, offline or not.
        writers << d.cli.startWrites(d.load->nextBatch(1 + int(m_random.bounded(3))));
        who << i;
    }
    const QList<CliRun> runs = CliDevice::finish(writers);
    for (int k = 0; k < who.size(); ++k) {
        QVERIFY2(runs.at(k).exitCode == 0, runs.at(k).describe());
        const QStringList ids = CliDevice::writtenIds(runs.at(k));
        m_stats.writes += int(ids.size());
        m_devices[size_t(who.at(k))].load->confirm(ids);
    }
}

QList<int> TestSoak::pickSyncers()
{
    QList<int> who;
    for (int i = 0; i < int(m_devices.size()); ++i) {
        SoakDevice &d = m_devices[size_t(i)];
        if (d.offline > 0) {
            --d.offline;
        } else if (m_random.bounded(100) < 10) {
            d.offline = 1 + int(m_random.bounded(quint32(maxOfflineRounds)));
            ++m_stats.offlineSpells;
        } else if (m_random.bounded(100) < 80) {
            who << i;
        }
    }
    return who;
}

std::function<void()> TestSoak::pickDisruption(bool postgresDue)
{
    if (postgresDue && !m_pgDataDir.isEmpty() && m_stats.postgresRestarts == 0)
        return [this] { restartPostgres(); };
    if (m_random.bounded(100) < 20) {
        const int server = int(m_random.bounded(quint32(m_servers)));
        return [this, server] { killServer(server); };
    }
    return {};
}

void TestSoak::syncAndCheck(
    const QList<int> &who, const std::function<void()> &disruption, bool read)
{
    QList<QProcess *> syncs;
    for (const int i : who) {
        const SoakDevice &d = m_devices[size_t(i)];
        syncs << d.cli.startSync(m_proxies.at(size_t(d.proxy))->url());
    }
    // The kill lands at a random moment of the round: a login, a push, a pull or nothing.
    QTimer timer;
    timer.setSingleShot(true);
    bool fired = false;
    if (disruption) {
        connect(&timer, &QTimer::timeout, this, [&] {
            fired = true;
            disruption();
        });
        timer.start(int(m_random.bounded(1500)));
    }
    const QList<CliRun> runs = CliDevice::finish(syncs);
    if (disruption && !fired) {
        timer.stop();
        disruption();
    }
    QVERIFY2(m_disruptionError.isEmpty(), qPrintable(context(m_disruptionError)));
    QList<int> clean;
    for (int k = 0; k < who.size(); ++k) {
        const CliRun &r = runs.at(k);
        ++m_stats.syncExits[r.exitCode];
        // 6: unreachable (a fault), 7: not everything on the server yet; anything else fails.
        QVERIFY2(r.exitCode == 0 || r.exitCode == 6 || r.exitCode == 7,
            qPrintable(context(m_devices[size_t(who.at(k))].account + u" sync: "_s
                + QString::fromUtf8(r.describe()))));
        if (r.exitCode == 0) {
            QVERIFY2(r.json()[u"pending"].toInt(-1) == 0, r.describe());
            clean << who.at(k);
        }
    }
    if (read)
        readAndCheck(who, clean);
}

void TestSoak::readAndCheck(const QList<int> &who, const QList<int> &clean)
{
    // Cases then visits, never two runs on one store at once.
    QList<QProcess *> caseRuns, visitRuns;
    for (const int i : who)
        caseRuns << m_devices[size_t(i)].cli.start({u"--json"_s, u"case"_s, u"list"_s});
    const QList<CliRun> cases = CliDevice::finish(caseRuns);
    for (const int i : who)
        visitRuns << m_devices[size_t(i)].cli.start({u"--json"_s, u"visit"_s, u"list"_s});
    const QList<CliRun> visits = CliDevice::finish(visitRuns);
    QString error;
    const QHash<QString, ServerRecord> server
        = clean.isEmpty() ? QHash<QString, ServerRecord>() : m_db->records(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (int k = 0; k < who.size(); ++k) {
        QVERIFY2(cases.at(k).exitCode == 0, cases.at(k).describe());
        QVERIFY2(visits.at(k).exitCode == 0, visits.at(k).describe());
        QStringList doubled;
        const Holdings now
            = holdings(cases.at(k).json().toArray(), visits.at(k).json().toArray(), &doubled);
        SoakDevice &d = m_devices[size_t(who.at(k))];
        QVERIFY2(
            doubled.isEmpty(), qPrintable(d.account + u" lists twice: "_s + doubled.join(u' ')));
        SOAK_STEP(checkRead(d, now));
        if (clean.contains(who.at(k)) && d.load)
            SOAK_STEP(checkAcknowledged(d, server));
    }
}

void TestSoak::checkRead(SoakDevice &d, const Holdings &now)
{
    // No read went backwards: nothing the device held is gone, older, or unsigned again.
    for (auto it = d.held.cbegin(); it != d.held.cend(); ++it) {
        const Held was = *it, is = now.value(it.key());
        const QString where = u"%1 %2: was %3, now %4"_s.arg(
            d.account, it.key(), was.row(), now.contains(it.key()) ? is.row() : u"gone"_s);
        QVERIFY2(now.contains(it.key()) && is.version >= was.version, qPrintable(context(where)));
        QVERIFY2(!(was.status == u"signed" && is.status != u"signed"), qPrintable(context(where)));
    }
    // Own writes always visible: every record the device wrote, as it last wrote it.
    if (d.load) {
        const QHash<QString, Workload::Expected> &mine = d.load->expected();
        for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
            const Held is = now.value(it.key());
            const bool same = is.entity == it->entity
                && (it->entity != u"visit" || (is.note == it->note && is.status == it->status));
            QVERIFY2(same,
                qPrintable(context(u"%1 does not show its own write %2 (%3)"_s.arg(
                    d.account, it.key(), now.contains(it.key()) ? is.row() : u"missing"_s))));
        }
    }
    d.held = now;
}

void TestSoak::checkAcknowledged(SoakDevice &d, const QHash<QString, ServerRecord> &server)
{
    // A clean sync acknowledged all of the device's writes: the server holds each as last written,
    // at least at the version acknowledged before, and the device knows that version.
    const QHash<QString, Workload::Expected> &mine = d.load->expected();
    for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
        const ServerRecord s = server.value(it.key());
        const QString where
            = u"%1 %2: server %3 v%4 %5, acknowledged v%6, device v%7"_s
                  .arg(d.account, it.key(), server.contains(it.key()) ? s.entity : u"missing"_s)
                  .arg(s.version)
                  .arg(s.status)
                  .arg(d.acked.value(it.key()))
                  .arg(d.held.value(it.key()).version);
        QVERIFY2(server.contains(it.key()) && !s.deleted && s.entity == it->entity,
            qPrintable(context(where)));
        QVERIFY2(it->entity != u"visit" || (s.note == it->note && s.status == it->status),
            qPrintable(context(where)));
        QVERIFY2(s.version >= d.acked.value(it.key()), qPrintable(context(where)));
        QVERIFY2(d.held.value(it.key()).version == s.version, qPrintable(context(where)));
        d.acked.insert(it.key(), s.version);
    }
}

void TestSoak::quiesce()
{
    for (const auto &p : m_proxies)
        p->setRandom(m_seed, 0);
    restartDownServers(100);
    QVERIFY2(m_disruptionError.isEmpty(), qPrintable(context(m_disruptionError)));
    QList<int> all;
    for (int i = 0; i < int(m_devices.size()); ++i) {
        all << i;
        m_devices[size_t(i)].offline = 0;
    }
    // Bounded: every device syncs each round until one round is clean on all of them.
    bool clean = false;
    for (int r = 0; r < quiesceRounds && !clean; ++r) {
        const QMap<int, int> before = m_stats.syncExits;
        repointProxies();
        SOAK_STEP(syncAndCheck(all, {}, false)); // the read after the last round is enough
        clean = m_stats.syncExits.value(0) - before.value(0) == int(all.size());
    }
    QString state;
    for (const SoakDevice &d : m_devices) {
        state += d.account + u": "_s
            + QString::fromUtf8(QJsonDocument(d.cli.status()).toJson(QJsonDocument::Compact))
            + u'\n';
    }
    QVERIFY2(clean,
        qPrintable(context(u"not synced after %1 quiet rounds\n"_s.arg(quiesceRounds) + state)));
    // One more: every pull now sees the pushes the others made during the last round.
    const int cleanBefore = m_stats.syncExits.value(0);
    SOAK_STEP(syncAndCheck(all, {}));
    QCOMPARE(m_stats.syncExits.value(0) - cleanBefore, int(all.size()));
    for (const SoakDevice &d : m_devices) {
        const QJsonObject s = d.cli.status();
        QVERIFY2(s[u"pending"].toInt(-1) == 0 && s[u"needs_attention"].toInt(-1) == 0,
            qPrintable(d.account + u": "_s + QString::fromUtf8(QJsonDocument(s).toJson())));
    }
}

void TestSoak::checkServer()
{
    QString error;
    const QHash<QString, ServerRecord> server = m_db->records(&error);
    QHash<QString, qint64> applied;
    for (const QVariantList &r : m_db->rows(u"SELECT record_id, COUNT(*) FROM audit WHERE "
                                            "action = 'write' AND outcome = 'applied' AND "
                                            "entity IN ('case', 'visit') GROUP BY record_id"_s,
             &error))
        applied.insert(r.at(0).toString(), r.at(1).toLongLong());
    const qint64 records = m_db->number(u"SELECT COUNT(*) FROM records"_s, &error);
    const qint64 conflicts = m_db->number(u"SELECT COUNT(*) FROM conflicts"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    int created = 0;
    for (SoakDevice &d : m_devices) {
        if (!d.load)
            continue;
        created += d.load->created();
        SOAK_STEP(checkAcknowledged(d, server));
        // Nothing doubled: each version is one applied mutation, so a replayed push that was
        // applied again shows as a version without its own "applied" audit row, or a conflict.
        for (auto it = d.load->expected().cbegin(); it != d.load->expected().cend(); ++it) {
            QVERIFY2(applied.value(it.key()) == server.value(it.key()).version,
                qPrintable(u"%1: version %2, %3 applied writes"_s.arg(it.key())
                               .arg(server.value(it.key()).version)
                               .arg(applied.value(it.key()))));
        }
    }
    QCOMPARE(records, m_recordsBefore + created);
    QCOMPARE(conflicts, m_conflictsBefore);
}

void TestSoak::checkConverged()
{
    // Every device of an account holds exactly what the server shows the account.
    QHash<QString, Holdings> views;
    for (const SoakDevice &d : m_devices) {
        if (!views.contains(d.account)) {
            e2eserver::Device account = e2eserver::signIn(m_f->url(0), d.account);
            QVERIFY2(account.isValid(), qPrintable(account.login.describe()));
            const e2eserver::PullLog log = e2eserver::pullAll(account);
            QVERIFY2(log.error.isEmpty(), qPrintable(log.error));
            views.insert(d.account, holdings(e2eserver::Snapshot(log.changes)));
        }
        QCOMPARE(rows(d.held), rows(views.value(d.account)));
    }
    // The supervisor shares the workers' scope: each of their records, at the same version.
    const Holdings &team = m_devices.back().held;
    for (const SoakDevice &d : m_devices) {
        for (auto it = d.held.cbegin(); it != d.held.cend(); ++it) {
            QVERIFY2(team.value(it.key()).row() == it->row(),
                qPrintable(u"%1 %2: %3, supervisor %4"_s.arg(
                    d.account, it.key(), it->row(), team.value(it.key()).row())));
        }
    }
}

void TestSoak::repointProxies()
{
    // A load balancer's choice: a device's requests reach any server process, down or not. (Each
    // device keeps one proxy URL, as the CLI ties its session to the server's URL.)
    for (const auto &p : m_proxies)
        p->setUpstream(m_f->url(int(m_random.bounded(quint32(m_servers)))));
}

void TestSoak::restartDownServers(int percent)
{
    for (int i = 0; i < m_servers; ++i) {
        if (m_f->server(i).isRunning() || int(m_random.bounded(100)) >= percent)
            continue;
        ++m_stats.restarts;
        if (!m_f->server(i).start())
            m_disruptionError += m_f->server(i).error();
    }
}

void TestSoak::killServer(int server)
{
    if (!m_f->server(server).isRunning())
        return;
    ++m_stats.kills;
    m_f->server(server).kill(); // restarted by a later round, some rounds later or at once
}

void TestSoak::restartPostgres()
{
    // Immediate mode: the postmaster and every backend die as in a crash; the servers' open
    // connections break and must be replaced. pg_ctl keeps the options of the first start.
    ++m_stats.postgresRestarts;
    QProcess p;
    QStringList args {pgCtl(), u"restart"_s, u"-D"_s, m_pgDataDir, u"-m"_s, u"immediate"_s, u"-w"_s,
        u"-t"_s, u"60"_s, u"-l"_s, QFileInfo(m_pgDataDir).path() + u"/server.log"_s};
    if (::geteuid() == 0)
        args = QStringList {u"-u"_s, u"postgres"_s, u"--"_s} + args;
    p.setWorkingDirectory(u"/tmp"_s);
    p.start(::geteuid() == 0 ? u"runuser"_s : args.takeFirst(), args);
    if (!p.waitForFinished(90'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        m_disruptionError += u"pg_ctl restart failed: "_s
            + QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput());
}

int TestSoak::serverBehind(const FaultProxy &proxy) const
{
    for (int i = 0; i < m_servers; ++i) {
        if (m_f->url(i) == proxy.upstream())
            return i;
    }
    return -1;
}

QString TestSoak::context(const QString &what) const
{
    QString out = what + u"\nseed %1, round %2"_s.arg(m_seed).arg(m_stats.rounds);
    for (const auto &p : m_proxies) {
        const QStringList log = p->log();
        out += u"\nproxy "_s + p->summary() + u"\n"_s
            + log.mid(qMax(0, int(log.size()) - 15)).join(u'\n');
    }
    return out;
}

void TestSoak::summary(qint64 faultMs, qint64 quiesceMs) const
{
    QStringList exits;
    for (auto it = m_stats.syncExits.cbegin(); it != m_stats.syncExits.cend(); ++it)
        exits << u"exit %1 ×%2"_s.arg(it.key()).arg(it.value());
    int created = 0;
    for (const SoakDevice &d : m_devices)
        created += d.load ? d.load->created() : 0;
    QMap<Fault, int> faults;
    for (const auto &p : m_proxies) {
        for (const Fault f :
            {Fault::Drop, Fault::Delay, Fault::Cut, Fault::Duplicate, Fault::Restart})
            faults[f] += p->count(f);
    }
    QStringList faultText;
    for (auto it = faults.cbegin(); it != faults.cend(); ++it)
        faultText << u"%1 %2"_s.arg(faultName(it.key())).arg(it.value());
    qInfo("soak seed %u: %d rounds in %lld ms, quiesced and checked in %lld ms; %d writes (%d "
          "records) on %d devices; syncs: %s; offline spells %d",
        m_seed, m_stats.rounds, faultMs, quiesceMs, m_stats.writes, created, int(m_devices.size()),
        qPrintable(exits.join(u", "_s)), m_stats.offlineSpells);
    qInfo("faults: %s; servers killed %d, restarted %d, killed and restarted by the proxy %d; "
          "PostgreSQL restarts %d%s",
        qPrintable(faultText.join(u", "_s)), m_stats.kills, m_stats.restarts, m_stats.proxyRestarts,
        m_stats.postgresRestarts,
        qPrintable(m_pgWhyNot.isEmpty() ? QString() : u" ("_s + m_pgWhyNot + u")"_s));
}

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
