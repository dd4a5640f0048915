// SPDX-License-Identifier: GPL-3.0-or-later
// A process killed (SIGKILL) in the middle of writing leaves a sound store: the encrypted file
// passes cipher_integrity_check, every acknowledged visit is there with its outbox row, and no
// record exists without its outbox row or the other way round.
#include "domain/case.h"
#include "domain/clock.h"
#include "e2esupport.h"
#include "store/repository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace barntid;
using namespace Qt::StringLiterals;

namespace {

const QString pin = u"483920"_s;

QStringList args(quint32 seed, const QStringList &more)
{
    return QStringList {u"--seed"_s, QString::number(seed)} + more;
}

qint64 scalar(Connection &c, const char *sql, const QString &bind = {})
{
    Statement s = c.prepare(sql);
    if (!bind.isNull())
        s.bind(1, bind);
    return s.step() ? s.integer(0) : -1;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedByTheTest_data();
    void killedByTheTest();
    void killedAtAnIoOperation_data();
    void killedAtAnIoOperation();
    void tornWriteDuringCheckpoint();
    void cleanupTestCase();

private:
    /** Opens the store as the app would after a crash and checks everything; `acked` are the
     *  ids the writer acknowledged in this round. */
    void verifyAfterCrash(const QStringList &acked);

    QTemporaryDir m_tmp;
    QString m_dir;
    QString m_caseId;
    quint32 m_seed = 0; ///< each _data function draws from its own generator seeded from it
    QStringList m_acked; ///< over all rounds: a later crash must not lose an earlier write
    qint64 m_visits = 0;
    int m_inFlightCommitted = 0; ///< rounds where the unacknowledged last write had committed
    int m_rounds = 0;
};

void TestCrashSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tmp.isValid());
    m_dir = m_tmp.filePath(u"data"_s);
    m_seed = e2e::testSeed();
    // The key file keeps its KDF cost, so a cheap one here makes every later unlock (the writer's
    // and ours) quick; the PIN has nothing to do with crash safety.
    StoreOptions options;
    options.kdf = KdfParams {1, quint64(8) << 20};
    Store store(m_dir, systemClock(), options);
    store.initialize(pin);
    Case c;
    c.caseNumber = u"2026-0042"_s;
    c.childName = u"Alva K"_s;
    m_caseId = Repository<Case>(store).create(c).meta.id;
}

void TestCrashSafety::killedByTheTest_data()
{
    QTest::addColumn<bool>("burst");
    QTest::addColumn<int>("acks");
    QTest::addColumn<quint32>("seed");
    QRandomGenerator rng(m_seed);
    for (int round = 0; round < 20; ++round) {
        // Paced rounds are killed as soon as the writer announces the next create, so inside
        // that transaction or just after it; burst rounds write without pause and are killed
        // wherever they are, mostly in a commit's fsync.
        const bool burst = round % 2 == 1;
        const int acks = int(rng.bounded(1, 201));
        QTest::addRow("%02d %s after %d", round, burst ? "burst" : "paced", acks)
            << burst << acks << rng.generate();
    }
}

void TestCrashSafety::killedByTheTest()
{
    QFETCH(bool, burst);
    QFETCH(int, acks);
    QFETCH(quint32, seed);

    e2e::CrashWriter writer(
        m_dir, m_caseId, pin, args(seed, burst ? QStringList() : QStringList {u"--paced"_s}));
    QVERIFY2(writer.started(), "crashwriter did not start");
    if (!burst)
        writer.process().write(QByteArray("go\n").repeated(acks + 1));
    QVERIFY2(writer.waitFor("ack", acks), writer.describe().constData());
    if (!burst) // the (acks + 1)-th create has started
        QVERIFY2(writer.waitFor("begin", acks + 1), writer.describe().constData());
    QVERIFY2(writer.kill(), writer.describe().constData());

    verifyAfterCrash(writer.ackedIds());
}

void TestCrashSafety::killedAtAnIoOperation_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("dieAt");
    QTest::addColumn<quint32>("seed");
    QRandomGenerator rng(m_seed + 1);
    // A visit costs about 23 writes and syncs of the WAL, so these land anywhere in the first ~25
    // visits: before a frame's header or its page, or before the sync that commits.
    for (int round = 0; round < 8; ++round) {
        const int dieAt = int(rng.bounded(1, 600));
        QTest::addRow("%02d wal i/o %d", round, dieAt) << u"wal"_s << dieAt << rng.generate();
    }
    // The main file is written only by checkpoints (the first after ~90 visits here): these
    // stop one half-way, with some pages copied from the WAL and others not.
    for (int round = 8; round < 12; ++round) {
        const int dieAt = int(rng.bounded(1, 150));
        QTest::addRow("%02d db i/o %d", round, dieAt) << u"db"_s << dieAt << rng.generate();
    }
}

void TestCrashSafety::killedAtAnIoOperation()
{
    QFETCH(QString, file);
    QFETCH(int, dieAt);
    QFETCH(quint32, seed);

    e2e::CrashWriter writer(m_dir, m_caseId, pin,
        args(seed, {u"--die-at-io"_s, QString::number(dieAt), u"--io-of"_s, file}));
    QVERIFY2(writer.started(), "crashwriter did not start");
    QVERIFY2(writer.waitForDeathBySignal(), writer.describe().constData());
    QVERIFY2(writer.seen("ready") == 1, writer.describe().constData());

    verifyAfterCrash(writer.ackedIds());
}

void TestCrashSafety::tornWriteDuringCheckpoint()
{
    // A power cut (not a killed process) can leave a page of the main file half written while a
    // checkpoint copies it from the WAL. SQLite is built for this: the WAL still holds the page
    // and replaces it on every read until the next checkpoint rewrites it. So the store is whole.
    e2e::CrashWriter writer(m_dir, m_caseId, pin,
        args(7, {u"--die-at-io"_s, u"2"_s, u"--io-of"_s, u"db"_s, u"--torn"_s}));
    QVERIFY2(writer.started(), "crashwriter did not start");
    QVERIFY2(writer.waitForDeathBySignal(), writer.describe().constData());
    QVERIFY2(writer.err().contains("of " + QDir(m_dir).filePath(u"barntid.db"_s).toUtf8() + ","),
        writer.describe().constData());

    bool opened = true;
    try {
        StoreOptions options;
        options.integrityCheck = StoreOptions::IntegrityCheck::Always;
        Store(m_dir, systemClock(), options).unlock(pin);
    } catch (const StoreError &e) {
        opened = false;
        qInfo() << "store refused to open:" << e.detail();
    }
    QVERIFY2(opened, "a torn write in a checkpoint made the store refuse to open");
    verifyAfterCrash(writer.ackedIds());
}

void TestCrashSafety::cleanupTestCase()
{
    qInfo("%d rounds; the unacknowledged write in flight at the kill had committed in %d", m_rounds,
        m_inFlightCommitted);
}

void TestCrashSafety::verifyAfterCrash(const QStringList &acked)
{
    m_acked << acked;
    StoreOptions options;
    options.integrityCheck = StoreOptions::IntegrityCheck::Always;
    Store store(m_dir, systemClock(), options);
    try {
        store.unlock(pin);
    } catch (const StoreError &e) {
        QFAIL(qPrintable(u"the store does not open after the crash: "_s + e.detail()));
    }
    Connection &c = store.connection();
    QCOMPARE(c.integrityProblems(), QStringList());

    // Each create is one transaction: the acknowledged ones are all there, plus at most the one
    // that committed just before the kill but was not acknowledged yet.
    const qint64 visits = scalar(c, "SELECT count(*) FROM visits");
    QVERIFY2(visits >= m_visits + acked.size() && visits <= m_visits + acked.size() + 1,
        qPrintable(u"%1 visits before, %2 acknowledged, %3 now"_s.arg(m_visits)
                       .arg(acked.size())
                       .arg(visits)));
    m_inFlightCommitted += visits == m_visits + acked.size() + 1;
    ++m_rounds;
    m_visits = visits;

    for (const QString &id : std::as_const(m_acked)) {
        QVERIFY2(scalar(c, "SELECT count(*) FROM visits WHERE id = ?1", id) == 1,
            qPrintable(u"acknowledged visit missing: "_s + id));
        QVERIFY2(
            scalar(c, "SELECT count(*) FROM outbox WHERE entity = 'visit' AND record_id = ?1", id)
                == 1,
            qPrintable(u"acknowledged visit without its outbox row: "_s + id));
    }
    QCOMPARE(scalar(c,
                 "SELECT count(*) FROM visits v WHERE (SELECT count(*) FROM outbox o "
                 "WHERE o.entity = 'visit' AND o.record_id = v.id) <> 1"),
        0);
    QCOMPARE(scalar(c,
                 "SELECT count(*) FROM cases k WHERE (SELECT count(*) FROM outbox o "
                 "WHERE o.entity = 'case' AND o.record_id = k.id) <> 1"),
        0);
    QCOMPARE(
        scalar(c,
            "SELECT count(*) FROM outbox o WHERE NOT ("
            "(o.entity = 'visit' AND EXISTS (SELECT 1 FROM visits v WHERE v.id = o.record_id)) "
            "OR (o.entity = 'case' AND EXISTS (SELECT 1 FROM cases k WHERE k.id = o.record_id)))"),
        0);
    // Record and outbox row come from the same write: the payload is that record.
    QCOMPARE(scalar(c,
                 "SELECT count(*) FROM outbox o JOIN visits v ON v.id = o.record_id "
                 "WHERE json_extract(o.payload, '$.id') IS NOT v.id "
                 "OR json_extract(o.payload, '$.note') IS NOT v.note"),
        0);
    QCOMPARE(scalar(c, "SELECT count(*) FROM cases"), 1);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
