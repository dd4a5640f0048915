// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/case.h"
#include "domain/clock.h"
#include "store/migrations.h"
#include "store/repository.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "storetestsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace barntid;
using barntid::test::codeOf;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

Case sampleCase()
{
    Case c;
    c.caseNumber = u"2026-0042"_s;
    c.childName = u"Alva K"_s;
    c.birthYear = 2015;
    return c;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock {QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};

    QString pragma(Store &store, const char *sql)
    {
        Statement s = store.connection().prepare(sql);
        return s.step() ? s.text(0) : QString();
    }

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
    }

    void firstStartThenOpenLockedOpen()
    {
        Store store(m_dir->path(), m_clock);
        QCOMPARE(store.state(), Store::State::FirstStart);
        store.initialize(u"482915"_s);
        QCOMPARE(store.state(), Store::State::Open);
        QVERIFY(!store.deviceId().isEmpty());
        store.lock();
        QCOMPARE(store.state(), Store::State::Locked);
        QCOMPARE(codeOf([&] { store.connection(); }), StoreErrorCode::Locked);
        store.unlock(u"482915"_s);
        QCOMPARE(store.state(), Store::State::Open);
    }

    void secondInitializeIsRefused()
    {
        Store store(m_dir->path(), m_clock);
        store.initialize(u"482915"_s);
        store.lock();
        QCOMPARE(
            codeOf([&] { store.initialize(u"735102"_s); }), StoreErrorCode::AlreadyInitialized);
        store.unlock(u"482915"_s); // still the old key
    }

    void connectionUsesTheDesignedSettings()
    {
        Store store(m_dir->path(), m_clock);
        store.initialize(u"482915"_s);
        QCOMPARE(pragma(store, "PRAGMA journal_mode"), u"wal"_s);
        QCOMPARE(pragma(store, "PRAGMA foreign_keys"), u"1"_s);
        QCOMPARE(pragma(store, "PRAGMA temp_store"), u"2"_s); // MEMORY
        QCOMPARE(pragma(store, "PRAGMA synchronous"), u"2"_s); // FULL
        QCOMPARE(pragma(store, "PRAGMA cipher_memory_security"), u"0"_s);
        QVERIFY(pragma(store, "PRAGMA cipher_version").startsWith(u"4."));
        QCOMPARE(pragma(store, "PRAGMA user_version").toInt(), Migrations::latestVersion);
    }

    void fileIsNotPlainSqlite()
    {
        Store store(m_dir->path(), m_clock);
        store.initialize(u"482915"_s);
        Repository<Case>(store).create(sampleCase());
        store.lock();
        QFile f(store.databasePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.read(16);
        QCOMPARE(head.size(), 16);
        QVERIFY(head != QByteArray("SQLite format 3\0", 16));
        QCOMPARE(QFile::permissions(store.databasePath()) & (QFile::ReadOther | QFile::ReadGroup),
            QFile::Permissions());
    }

    void changePinLeavesTheDatabaseUntouched()
    {
        Store store(m_dir->path(), m_clock);
        store.initialize(u"482915"_s);
        const QString id = Repository<Case>(store).create(sampleCase()).meta.id;
        store.lock();
        const QByteArray before = fileHash(store.databasePath());
        store.changePin(u"482915"_s, u"735102"_s);
        QCOMPARE(fileHash(store.databasePath()), before);
        QCOMPARE(codeOf([&] { store.unlock(u"482915"_s); }), StoreErrorCode::WrongPin);
        store.unlock(u"735102"_s);
        QVERIFY(Repository<Case>(store).find(id));
    }

    void keyDestructionRemovesTheDatabase()
    {
        Store store(m_dir->path(), m_clock);
        store.initialize(u"482915"_s);
        Repository<Case>(store).create(sampleCase());
        store.lock();
        StoreErrorCode last = StoreErrorCode::Internal;
        for (int i = 0; i < 10; ++i) {
            last = codeOf([&] { store.unlock(u"00000%1"_s.arg(i)); });
            m_clock.advance(store.vault().retryAfterMs());
        }
        QCOMPARE(last, StoreErrorCode::KeyDestroyed);
        QCOMPARE(store.state(), Store::State::KeyDestroyed);
        QVERIFY(!QFile::exists(store.databasePath()));
        QVERIFY(!QFile::exists(store.databasePath() + u"-wal"_s));
        // Starting over gives an empty store under a new key.
        store.initialize(u"735102"_s);
        QCOMPARE(Repository<Case>(store).list().size(), 0);
    }

    void aHandOverSparesTheKeyForAVisitsDayOnly()
    {
        // Child mode (docs/security.md): within handOverHours no wrong PIN destroys the key; the
        // worker's PIN ends it; after the window (or with the clock set forward) the tenth
        // wrong PIN destroys as always.
        Store store(m_dir->path(), m_clock);
        store.initialize(u"482915"_s);
        Repository<Case>(store).create(sampleCase());
        store.beginHandOver();
        store.lock();
        QVERIFY(store.isHandedOver() && store.sparesLastTry());
        for (int i = 0; i < 12; ++i) {
            QCOMPARE(
                codeOf([&] { store.unlock(u"00000%1"_s.arg(i % 10)); }), StoreErrorCode::WrongPin);
            m_clock.advance(store.vault().retryAfterMs());
        }
        store.unlock(u"482915"_s);
        QVERIFY(!store.isHandedOver());
        QCOMPARE(Repository<Case>(store).list().size(), 1);

        store.beginHandOver();
        store.lock();
        m_clock.advance(qint64(Store::handOverHours) * 3600 * 1000 + 1);
        QVERIFY(store.isHandedOver());
        QVERIFY(!store.sparesLastTry());
        StoreErrorCode last = StoreErrorCode::Internal;
        for (int i = 0; i < 10; ++i) {
            last = codeOf([&] { store.unlock(u"11111%1"_s.arg(i)); });
            m_clock.advance(store.vault().retryAfterMs());
        }
        QCOMPARE(last, StoreErrorCode::KeyDestroyed);
    }

    void newerSchemaIsRefusedClearly()
    {
        {
            Store store(m_dir->path(), m_clock);
            store.initialize(u"482915"_s);
            store.connection().setUserVersion(Migrations::latestVersion + 1);
        }
        Store store(m_dir->path(), m_clock);
        QCOMPARE(codeOf([&] { store.unlock(u"482915"_s); }), StoreErrorCode::NewerSchema);
        QVERIFY(!store.isOpen());
    }

    void uncleanShutdownTriggersIntegrityCheck()
    {
        QString dbPath;
        {
            Store store(m_dir->path(), m_clock);
            store.initialize(u"482915"_s);
            Repository<Case> cases(store);
            for (int i = 0; i < 200; ++i) {
                Case c = sampleCase();
                c.caseNumber = u"N-%1"_s.arg(i);
                cases.create(c);
            }
            dbPath = store.databasePath();
        }
        // A flipped byte deep in the file, in a page that opening alone never reads.
        QFile f(dbPath);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 8 * 4096);
        f.seek(f.size() - 4096 + 100);
        char byte = 0;
        f.getChar(&byte);
        f.seek(f.size() - 4096 + 100);
        f.putChar(char(byte ^ 0x40));
        f.close();

        // After an unclean shutdown every page is checked, so the damage is found at unlock.
        QFile marker(m_dir->filePath(u"barntid.open"_s));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.close();
        Store store(m_dir->path(), m_clock);
        QCOMPARE(codeOf([&] { store.unlock(u"482915"_s); }), StoreErrorCode::Damaged);
        StoreOptions always;
        always.integrityCheck = StoreOptions::IntegrityCheck::Always;
        QFile::remove(m_dir->filePath(u"barntid.open"_s));
        Store checked(m_dir->path(), m_clock, always);
        QCOMPARE(codeOf([&] { checked.unlock(u"482915"_s); }), StoreErrorCode::Damaged);
    }

    void companionSharesTheOpenStoreWithoutThePin()
    {
        Store store(m_dir->path(), m_clock);
        store.initialize(u"482915"_s);
        store.lock();
        QCOMPARE(codeOf([&] { store.openCompanion(); }), StoreErrorCode::Locked);
        store.unlock(u"482915"_s);
        {
            // The sync worker's connection: it sees and writes the same encrypted file.
            const std::unique_ptr<Store> companion = store.openCompanion();
            QCOMPARE(companion->deviceId(), store.deviceId());
            companion->setSetting(u"user_id"_s, u"0190a1b2-0000-7000-8000-0000000000aa"_s);
            QVERIFY(store.userId().isEmpty());
            store.reloadSettings();
            QCOMPARE(store.userId(), u"0190a1b2-0000-7000-8000-0000000000aa"_s);
        }
        // Closing the companion leaves the store open and its clean-shutdown marker in place.
        QCOMPARE(store.setting(u"user_id"_s), u"0190a1b2-0000-7000-8000-0000000000aa"_s);
        QVERIFY(QFile::exists(m_dir->filePath(u"barntid.open"_s)));
        store.lock();
        QVERIFY(!QFile::exists(m_dir->filePath(u"barntid.open"_s)));
        QCOMPARE(codeOf([&] { store.openCompanion(); }), StoreErrorCode::Locked);
    }

    void auditRecordsSecurityEvents()
    {
        Store store(m_dir->path(), m_clock);
        store.initialize(u"482915"_s);
        store.lock();
        store.unlock(u"482915"_s);
        Statement s = store.connection().prepare("SELECT event FROM audit ORDER BY seq");
        QStringList events;
        while (s.step())
            events << s.text(0);
        QCOMPARE(events, (QStringList {u"initialized"_s, u"locked"_s, u"unlocked"_s}));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
