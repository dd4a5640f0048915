// SPDX-License-Identifier: GPL-3.0-or-later
// barntid-cli on damaged files: a flipped byte, a truncated or missing database, a garbled key
// file. It must say so on one line and exit 5 (or at least non-zero), never crash, never print
// records; the untouched copy of the same folder keeps working.
#include "e2esupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace {

const QString pin = u"735104"_s;
constexpr qint64 pageSize = 4096; // SQLCipher 4's default
constexpr int damaged = 5;

QString dbFile(const QString &dir)
{
    return QDir(dir).filePath(u"barntid.db"_s);
}

QString walFile(const QString &dir)
{
    return QDir(dir).filePath(u"barntid.db-wal"_s);
}

QString keyFile(const QString &dir)
{
    return QDir(dir).filePath(u"key.json"_s);
}

/** The page numbers (from 1) that frames of the WAL hold. */
QList<qint64> walPages(const QString &path)
{
    const QByteArray wal = e2e::readFile(path);
    QList<qint64> pages;
    for (qsizetype at = 32; at + 24 + pageSize <= wal.size(); at += 24 + pageSize)
        pages << qFromBigEndian<quint32>(wal.constData() + at);
    return pages;
}

/** id → note of `visit list --json`; empty on any failure (the caller compares). */
QHash<QString, QString> listVisits(const QString &dir, e2e::Run *run)
{
    *run = e2e::runCli(dir, {u"--json"_s, u"visit"_s, u"list"_s}, pin);
    QHash<QString, QString> notes;
    for (const QJsonValue &v : QJsonDocument::fromJson(run->out).array())
        notes.insert(v[u"id"].toString(), v[u"note"].toString());
    return notes;
}

} // namespace

class TestCliDamage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void untouchedCopiesWork();
    void flippedByte_data();
    void flippedByte();
    void truncatedOrMissing_data();
    void truncatedOrMissing();
    void damagedKeyFile_data();
    void damagedKeyFile();
    void flippedByteInWal_data();
    void flippedByteInWal();
    void flippedPageTheWalReplaces();

private:
    QString freshCopy(const QString &from);
    /** unlock-check and visit list both answer "damaged" on one line with exit 5. */
    void expectDamaged(const QString &dir);

    QTemporaryDir m_tmp;
    QString m_clean; ///< closed cleanly: no WAL
    QString m_withWal; ///< m_clean plus visits still in the WAL (writer killed)
    QHash<QString, QString> m_notes; ///< the visits in m_clean
    QStringList m_walIds; ///< the visits only in m_withWal's WAL, in commit order
    QString m_walNote;
    int m_copies = 0;
};

void TestCliDamage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tmp.isValid());
    QRandomGenerator rng(e2e::testSeed());
    m_clean = m_tmp.filePath(u"clean"_s);

    e2e::Run r = e2e::runCli(m_clean, {u"init"_s}, pin);
    QVERIFY2(r.exitedNormally() && r.exitCode == 0, r.describe().constData());
    r = e2e::runCli(m_clean,
        {u"case"_s, u"add"_s, u"--number"_s, u"2026-0117"_s, u"--child-name"_s, u"Nils P"_s}, pin);
    QVERIFY2(r.exitedNormally() && r.exitCode == 0, r.describe().constData());
    const QString caseId = QString::fromUtf8(r.out.trimmed());
    // Long notes spread the visits over many pages, so "a middle page" holds record data.
    for (int i = 0; i < 4; ++i) {
        const QString note = e2e::randomText(rng, 6000);
        r = e2e::runCli(m_clean,
            {u"visit"_s, u"add"_s, u"--case"_s, caseId, u"--kind"_s, u"home"_s, u"--note"_s, note},
            pin);
        QVERIFY2(r.exitedNormally() && r.exitCode == 0, r.describe().constData());
        m_notes.insert(QString::fromUtf8(r.out.trimmed()), note);
    }
    QVERIFY2(!QFile::exists(walFile(m_clean)), "a clean close leaves no WAL");
    const qint64 size = QFileInfo(dbFile(m_clean)).size();
    QVERIFY2(size % pageSize == 0 && size / pageSize >= 20,
        qPrintable(u"unexpected database size %1"_s.arg(size)));

    // Three more visits stay in the WAL: the writer is killed while it waits for the fourth.
    m_withWal = freshCopy(m_clean);
    m_walNote = e2e::randomText(rng, 3000);
    e2e::CrashWriter writer(m_withWal, caseId, pin, {u"--paced"_s, u"--note"_s, m_walNote});
    QVERIFY2(writer.started(), "crashwriter did not start");
    writer.process().write("go\ngo\ngo\n");
    QVERIFY2(writer.waitFor("ack", 3), writer.describe().constData());
    QVERIFY2(writer.kill(), writer.describe().constData());
    m_walIds = writer.ackedIds();
    QCOMPARE(m_walIds.size(), 3);
    QVERIFY2(QFileInfo(walFile(m_withWal)).size() > 32, "the killed writer left no WAL");
}

QString TestCliDamage::freshCopy(const QString &from)
{
    const QString to = m_tmp.filePath(u"copy%1"_s.arg(++m_copies));
    if (!e2e::copyDir(from, to))
        qFatal("cannot copy %s", qPrintable(from));
    return to;
}

void TestCliDamage::expectDamaged(const QString &dir)
{
    for (const QStringList &command :
        {QStringList {u"unlock-check"_s}, QStringList {u"visit"_s, u"list"_s}}) {
        const e2e::Run r = e2e::runCli(dir, command, pin);
        const QByteArray what = command.join(u' ').toUtf8() + ": " + r.describe();
        QVERIFY2(r.exitedNormally(), what.constData());
        QVERIFY2(r.exitCode == damaged, what.constData());
        QVERIFY2(r.oneErrorLine(), what.constData());
        QVERIFY2(r.err.contains("damaged"), what.constData());
        QVERIFY2(r.out.isEmpty(), what.constData());
    }
}

void TestCliDamage::untouchedCopiesWork()
{
    // The same checks as below on folders nobody touched: so the damage is what fails them.
    e2e::Run r = e2e::runCli(freshCopy(m_clean), {u"unlock-check"_s}, pin);
    QVERIFY2(r.exitedNormally() && r.exitCode == 0 && r.err.isEmpty(), r.describe().constData());
    QCOMPARE(listVisits(freshCopy(m_clean), &r), m_notes);
    QVERIFY2(r.exitCode == 0, r.describe().constData());

    QHash<QString, QString> all = m_notes;
    for (const QString &id : std::as_const(m_walIds))
        all.insert(id, m_walNote);
    QCOMPARE(listVisits(freshCopy(m_withWal), &r), all);
    QVERIFY2(r.exitCode == 0, r.describe().constData());
}

void TestCliDamage::flippedByte_data()
{
    QTest::addColumn<QString>("from"); // "clean" or "wal": which folder is copied
    QTest::addColumn<qint64>("offset"); // negative: from the end of the file
    const qint64 pages = QFileInfo(dbFile(m_clean)).size() / pageSize;
    QTest::newRow("page 1 salt") << u"clean"_s << qint64(3);
    QTest::newRow("page 1 header") << u"clean"_s << qint64(20);
    QTest::newRow("page 1 b-tree") << u"clean"_s << qint64(1000);
    QTest::newRow("page 1 hmac") << u"clean"_s << pageSize - 1;
    QTest::newRow("middle page") << u"clean"_s << (pages / 2) * pageSize + 1234;
    QTest::newRow("last page") << u"clean"_s << -pageSize + 300;
    QTest::newRow("last byte") << u"clean"_s << qint64(-1);
    // A page of the main file that the WAL has no newer copy of, while commits wait there.
    const QList<qint64> inWal = walPages(walFile(m_withWal));
    qint64 page = pages / 2;
    while (inWal.contains(page))
        ++page;
    QVERIFY(page < pages);
    QTest::newRow("wal left, page not in the wal") << u"wal"_s << (page - 1) * pageSize + 1234;
}

void TestCliDamage::flippedByte()
{
    QFETCH(QString, from);
    QFETCH(qint64, offset);
    const QString dir = freshCopy(from == u"clean" ? m_clean : m_withWal);
    const qint64 at = offset >= 0 ? offset : QFileInfo(dbFile(dir)).size() + offset;
    QVERIFY(e2e::flipByte(dbFile(dir), at));
    expectDamaged(dir);
}

void TestCliDamage::truncatedOrMissing_data()
{
    QTest::addColumn<qint64>("size"); // -1: the file is removed
    const qint64 size = QFileInfo(dbFile(m_clean)).size();
    QTest::newRow("half, at a page boundary") << (size / pageSize / 2) * pageSize;
    QTest::newRow("half, mid-page") << (size / pageSize / 2) * pageSize + 1000;
    QTest::newRow("last page short") << size - 10;
    QTest::newRow("first page only") << pageSize;
    QTest::newRow("zero length") << qint64(0);
    QTest::newRow("missing") << qint64(-1);
}

void TestCliDamage::truncatedOrMissing()
{
    QFETCH(qint64, size);
    const QString dir = freshCopy(m_clean);
    if (size < 0)
        QVERIFY(QFile::remove(dbFile(dir)));
    else
        QVERIFY(QFile::resize(dbFile(dir), size));
    const e2e::Run r = e2e::runCli(dir, {u"unlock-check"_s}, pin);
    QVERIFY2(r.exitedNormally(), r.describe().constData());
    QVERIFY2(r.exitCode != 0, r.describe().constData());
    expectDamaged(dir);
}

void TestCliDamage::damagedKeyFile_data()
{
    QTest::addColumn<QByteArray>("content");
    const QByteArray key = e2e::readFile(keyFile(m_clean));
    QVERIFY(key.startsWith('{'));
    QTest::newRow("garbage") << QByteArray("\x8f\x01garbage\xff\x00not json at all", 25);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("cut in half") << key.left(key.size() / 2);
    QTest::newRow("json without a key") << QByteArray(R"({"format":1})");
    const QByteArray badBase64 = QByteArray(key).replace("\"wrapped\": \"", "\"wrapped\": \"%%");
    QVERIFY(badBase64 != key);
    QTest::newRow("bad base64") << badBase64;
}

void TestCliDamage::damagedKeyFile()
{
    QFETCH(QByteArray, content);
    const QString dir = freshCopy(m_clean);
    QVERIFY(e2e::writeFile(keyFile(dir), content));
    expectDamaged(dir);
}

void TestCliDamage::flippedByteInWal_data()
{
    QTest::addColumn<qint64>("offset"); // negative: from the end of the file
    QTest::newRow("wal header") << qint64(10);
    QTest::newRow("first frame header") << qint64(32 + 4);
    QTest::newRow("first frame page") << qint64(32 + 24 + 2000);
    QTest::newRow("last frame page") << qint64(-100);
}

void TestCliDamage::flippedByteInWal()
{
    // SQLite ends the WAL at the first frame whose checksum fails: a flipped byte there reads the
    // same as a write torn by a crash, and the commits from that frame on are dropped. What must
    // hold: no crash, either "damaged" or the data as of an earlier commit, never altered data.
    QFETCH(qint64, offset);
    const QString dir = freshCopy(m_withWal);
    const qint64 at = offset >= 0 ? offset : QFileInfo(walFile(dir)).size() + offset;
    QVERIFY(e2e::flipByte(walFile(dir), at));

    e2e::Run r;
    const QHash<QString, QString> notes = listVisits(dir, &r);
    QVERIFY2(r.exitedNormally(), r.describe().constData());
    if (r.exitCode != 0) {
        expectDamaged(dir);
        return;
    }
    QVERIFY2(r.err.isEmpty(), r.describe().constData());
    int kept = 0;
    while (kept < m_walIds.size() && notes.contains(m_walIds[kept]))
        ++kept;
    QHash<QString, QString> expected = m_notes;
    for (int i = 0; i < kept; ++i)
        expected.insert(m_walIds[i], m_walNote);
    QCOMPARE(notes, expected); // all checkpointed visits, then a prefix of the WAL's commits
    qInfo("exit 0 with %d of %d commits of the WAL kept", kept, int(m_walIds.size()));
}

void TestCliDamage::flippedPageTheWalReplaces()
{
    // Every read of this page comes from the WAL, and the next checkpoint overwrites it: refusing
    // to open is cautious, opening with all data is right too. Crashing or altered data is not.
    const QList<qint64> inWal = walPages(walFile(m_withWal));
    QVERIFY(!inWal.isEmpty());
    const QString dir = freshCopy(m_withWal);
    QVERIFY(e2e::flipByte(dbFile(dir), (inWal.front() - 1) * pageSize + 1234));

    QHash<QString, QString> all = m_notes;
    for (const QString &id : std::as_const(m_walIds))
        all.insert(id, m_walNote);
    for (int attempt = 0; attempt < 2; ++attempt) { // the first may checkpoint on its way out
        e2e::Run r;
        const QHash<QString, QString> notes = listVisits(dir, &r);
        QVERIFY2(r.exitedNormally(), r.describe().constData());
        if (r.exitCode == 0) {
            QCOMPARE(notes, all);
        } else {
            QVERIFY2(r.exitCode == damaged && r.oneErrorLine() && r.err.contains("damaged")
                    && r.out.isEmpty(),
                r.describe().constData());
        }
        qInfo("run %d: exit %d", attempt + 1, r.exitCode);
    }
}

QTEST_GUILESS_MAIN(TestCliDamage)
#include "tst_clidamage.moc"
