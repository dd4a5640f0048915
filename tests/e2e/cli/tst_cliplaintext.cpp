// SPDX-License-Identifier: GPL-3.0-or-later
// No plaintext on disk: a note and a child's words written through barntid-cli (and by a writer
// killed with its WAL still there) appear in no file, in UTF-8 or UTF-16, and the sqlcipher shell
// cannot read the database with a wrong key or with the PIN as a passphrase. With the right raw
// key it can, which shows that the checks above look at the right bytes.
#include "domain/clock.h"
#include "e2esupport.h"
#include "store/pinvault.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString pin = u"604281"_s;
const QString sqlcipherShell = u"/usr/bin/sqlcipher"_s;

QString dbFile(const QString &dir)
{
    return QDir(dir).filePath(u"barntid.db"_s);
}

/** Every file below dir whose bytes contain one of the texts. */
QStringList filesContaining(const QString &dir, const QStringList &texts)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray bytes = e2e::readFile(path);
        for (const QString &text : texts) {
            if (e2e::containsText(bytes, text))
                hits << path + u": "_s + text;
        }
    }
    return hits;
}

/** The sqlcipher shell on a copy of the folder (it may checkpoint the WAL away). */
e2e::Run runShell(const QString &copyOf, const QString &copyTo, const QByteArray &script)
{
    if (!e2e::copyDir(copyOf, copyTo))
        return {};
    return e2e::runProgram(sqlcipherShell, {u"-bail"_s, u"-batch"_s, dbFile(copyTo)}, script);
}

} // namespace

class TestCliPlaintext : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void searchFindsPlaintext();
    void noPlaintextAfterCleanClose();
    void noPlaintextInWalAfterKill();
    void shellWithWrongKeyFails();
    void shellWithPinAsPassphraseFails();
    void shellWithRightKeyReadsNote();

private:
    QTemporaryDir m_tmp;
    QString m_dir; ///< with the killed writer's WAL
    QString m_clean; ///< as the CLI left it, closed cleanly
    QString m_sqliteTmp; ///< TMPDIR and SQLITE_TMPDIR of every CLI run
    QString m_caseId;
    QString m_note;
    QString m_childWords;
    QString m_walNote;
    int m_copies = 0;
};

void TestCliPlaintext::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tmp.isValid());
    QRandomGenerator rng(e2e::testSeed());
    m_dir = m_tmp.filePath(u"data"_s);
    m_sqliteTmp = m_tmp.filePath(u"tmp"_s);
    QVERIFY(QDir().mkpath(m_sqliteTmp));
    // Mixed case letters and digits: 24 of them never occur by chance in 100 kB of ciphertext.
    m_note = u"note-"_s + e2e::randomText(rng, 24);
    m_childWords = u"words-"_s + e2e::randomText(rng, 24);
    m_walNote = u"walnote-"_s + e2e::randomText(rng, 24);

    QProcessEnvironment env;
    env.insert(u"TMPDIR"_s, m_sqliteTmp);
    env.insert(u"SQLITE_TMPDIR"_s, m_sqliteTmp);
    e2e::Run r = e2e::runCli(m_dir, {u"init"_s}, pin, env);
    QVERIFY2(r.exitedNormally() && r.exitCode == 0, r.describe().constData());
    r = e2e::runCli(m_dir,
        {u"case"_s, u"add"_s, u"--number"_s, u"2026-0309"_s, u"--child-name"_s, u"Ebba L"_s}, pin,
        env);
    QVERIFY2(r.exitedNormally() && r.exitCode == 0, r.describe().constData());
    m_caseId = QString::fromUtf8(r.out.trimmed());
    r = e2e::runCli(m_dir,
        {u"visit"_s, u"add"_s, u"--case"_s, m_caseId, u"--kind"_s, u"home"_s, u"--note"_s, m_note,
            u"--child-words"_s, m_childWords},
        pin, env);
    QVERIFY2(r.exitedNormally() && r.exitCode == 0, r.describe().constData());
    QVERIFY2(!r.out.contains(m_note.toUtf8()), "visit add prints the id, not the note");
    // The right PIN reads it back, so the note was stored.
    r = e2e::runCli(m_dir, {u"visit"_s, u"list"_s, u"--json"_s}, pin, env);
    QVERIFY2(r.exitCode == 0 && r.out.contains(m_childWords.toUtf8()), r.describe().constData());
    m_clean = m_tmp.filePath(u"clean"_s);
    QVERIFY(e2e::copyDir(m_dir, m_clean));

    // A writer killed after its commits leaves them in the WAL, next to the shared-memory index.
    e2e::CrashWriter writer(m_dir, m_caseId, pin,
        {u"--paced"_s, u"--note"_s, m_walNote, u"--child-words"_s, m_childWords});
    QVERIFY2(writer.started(), "crashwriter did not start");
    writer.process().write("go\ngo\n");
    QVERIFY2(writer.waitFor("ack", 2), writer.describe().constData());
    QVERIFY2(writer.kill(), writer.describe().constData());
}

void TestCliPlaintext::searchFindsPlaintext()
{
    // The search below must be able to find the markers, in both encodings.
    const QString dir = m_tmp.filePath(u"control"_s);
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(e2e::writeFile(QDir(dir).filePath(u"a"_s), "xx" + m_note.toUtf8() + "yy"));
    QVERIFY(e2e::writeFile(QDir(dir).filePath(u"b"_s),
        QByteArray(reinterpret_cast<const char *>(m_childWords.utf16()), m_childWords.size() * 2)));
    QCOMPARE(filesContaining(dir, {m_note, m_childWords}).size(), 2);
    QVERIFY(filesContaining(dir, {m_walNote}).isEmpty());
}

void TestCliPlaintext::noPlaintextAfterCleanClose()
{
    QVERIFY(QFileInfo(dbFile(m_clean)).size() > 0);
    QVERIFY(!QFile::exists(dbFile(m_clean) + u"-wal"_s));
    QCOMPARE(filesContaining(m_clean, {m_note, m_childWords}), QStringList());
    QCOMPARE(filesContaining(m_sqliteTmp, {m_note, m_childWords}), QStringList());
    QVERIFY(!e2e::readFile(dbFile(m_clean)).startsWith(QByteArray("SQLite format 3\0", 16)));
}

void TestCliPlaintext::noPlaintextInWalAfterKill()
{
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString path = dbFile(m_dir) + QLatin1StringView(suffix);
        QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path + u" is missing or empty"_s));
    }
    QCOMPARE(filesContaining(m_dir, {m_note, m_childWords, m_walNote}), QStringList());
    QVERIFY(!e2e::readFile(dbFile(m_dir)).startsWith(QByteArray("SQLite format 3\0", 16)));
}

void TestCliPlaintext::shellWithWrongKeyFails()
{
    if (!QFile::exists(sqlcipherShell))
        QSKIP("the sqlcipher shell is not installed (Debian package sqlcipher)");
    const QByteArray wrongKey = QByteArray(32, '\x5a').toHex();
    const e2e::Run r = runShell(m_dir, m_tmp.filePath(u"shell%1"_s.arg(++m_copies)),
        "PRAGMA key = \"x'" + wrongKey
            + "'\";\n"
              "SELECT count(*) FROM visits;\n");
    QVERIFY2(r.exitedNormally(), r.describe().constData());
    QVERIFY2(r.exitCode != 0, r.describe().constData());
    QVERIFY2(r.err.contains("not a database"), r.describe().constData());
}

void TestCliPlaintext::shellWithPinAsPassphraseFails()
{
    if (!QFile::exists(sqlcipherShell))
        QSKIP("the sqlcipher shell is not installed (Debian package sqlcipher)");
    const e2e::Run r = runShell(m_dir, m_tmp.filePath(u"shell%1"_s.arg(++m_copies)),
        "PRAGMA key = '" + pin.toUtf8()
            + "';\n"
              "SELECT count(*) FROM visits;\n");
    QVERIFY2(r.exitedNormally(), r.describe().constData());
    QVERIFY2(r.exitCode != 0, r.describe().constData());
    QVERIFY2(r.err.contains("not a database"), r.describe().constData());
}

void TestCliPlaintext::shellWithRightKeyReadsNote()
{
    if (!QFile::exists(sqlcipherShell))
        QSKIP("the sqlcipher shell is not installed (Debian package sqlcipher)");
    barntid::PinVault vault(QDir(m_dir).filePath(u"key.json"_s), barntid::systemClock());
    const barntid::SecureBytes key = vault.unlock(pin);
    const QByteArray hex
        = QByteArray(reinterpret_cast<const char *>(key.data()), qsizetype(key.size())).toHex();
    const e2e::Run r = runShell(m_dir, m_tmp.filePath(u"shell%1"_s.arg(++m_copies)),
        "PRAGMA key = \"x'" + hex
            + "'\";\n"
              "SELECT note FROM visits ORDER BY created_at;\n"
              "SELECT child_words FROM visits ORDER BY created_at;\n");
    QVERIFY2(r.exitedNormally() && r.exitCode == 0, r.describe().constData());
    QVERIFY2(r.out.contains(m_note.toUtf8()), r.describe().constData());
    QVERIFY2(r.out.contains(m_childWords.toUtf8()), r.describe().constData());
    QVERIFY2(r.out.contains(m_walNote.toUtf8()), r.describe().constData()); // from the WAL
}

QTEST_GUILESS_MAIN(TestCliPlaintext)
#include "tst_cliplaintext.moc"
