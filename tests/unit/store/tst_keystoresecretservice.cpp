// SPDX-License-Identifier: GPL-3.0-or-later
// The key's second wrap and the keystore's wrong-PIN counter against a real secret service:
// tests/scripts/with-secret-service.sh starts gnome-keyring in a private D-Bus session.
#include "domain/case.h"
#include "domain/clock.h"
#include "platform/keystore.h"
#include "store/keyfile.h"
#include "store/keystoreguard.h"
#include "store/repository.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "storetestsupport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace barntid;
using barntid::test::codeOf;
using namespace Qt::StringLiterals;

namespace {

const QString kPin = u"482915"_s;

Case sampleCase()
{
    Case c;
    c.caseNumber = u"2026-0042"_s;
    c.childName = u"Alva K"_s;
    c.birthYear = 2015;
    return c;
}

/** What the secret service itself holds under an entry, asked with libsecret's own tool rather
 *  than through QtKeychain (QtKeychain's schema: user = entry name, server = service). */
QByteArray secretToolLookup(const QString &name)
{
    QProcess p;
    p.start(u"secret-tool"_s, {u"lookup"_s, u"user"_s, name, u"server"_s, u"Barntid"_s});
    p.waitForFinished(10000);
    return p.readAllStandardOutput();
}

} // namespace

class TestKeyStoreSecretService : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<KeyStore> m_keyStore;
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock {QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};

    StoreOptions withKeyStore() const
    {
        StoreOptions options;
        options.keyStore = m_keyStore;
        return options;
    }
    QString keyPath() const { return m_dir->filePath(u"key.json"_s); }
    KeyStoreGuard guard() const { return KeyStoreGuard(keyPath(), m_keyStore.get()); }
    KeyFile keyFile() const
    {
        const auto k = KeyFile::read(keyPath());
        return k ? *k : KeyFile();
    }
    int keyStoreFailures() const
    {
        const auto a = guard().attempts();
        return a ? a->failures : -1;
    }
    /** A wrong PIN, then the clock moved past the wait it caused. */
    StoreErrorCode wrongPin(Store &store)
    {
        const auto code = codeOf([&] { store.unlock(u"000000"_s); });
        m_clock.advance(store.vault().retryAfterMs());
        return code;
    }
    QByteArray saveKeyFile() const
    {
        QFile f(keyPath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    void restoreKeyFile(const QByteArray &bytes) const
    {
        QFile f(keyPath());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(bytes), bytes.size());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString mode = qEnvironmentVariable("BARNTID_KEYSTORE_TEST");
        if (mode.startsWith(u"skip:"))
            QSKIP(qPrintable(mode.mid(5)));
        QVERIFY2(mode == u"secret-service",
            "run through ctest (tests/scripts/with-secret-service.sh starts the secret service)");
        m_keyStore = createKeyStore();
        QVERIFY2(m_keyStore->available(), "gnome-keyring runs, but the keystore got no answer");
        QCOMPARE(m_keyStore->backendName(), u"Secret Service"_s);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock.set(QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
    }

    void cleanup()
    {
        // Nothing of a finished test stays in the keyring.
        guard().forgetSealKey();
        guard().forgetAttempts();
    }

    void setUpSealsTheKeyUnderAKeystoreEntry()
    {
        Store store(m_dir->path(), m_clock, withKeyStore());
        store.initialize(kPin);
        const auto id = Repository<Case>(store).create(sampleCase()).meta.id;
        QCOMPARE(store.vault().protection(), PinVault::Protection::PinAndKeyStore);

        // The file holds only the seal; the secret service holds its key.
        const KeyFile k = keyFile();
        QVERIFY(k.isSealed());
        QVERIFY(k.wrapped.isEmpty());
        QVERIFY(!saveKeyFile().contains("\"wrapped\""));
        QCOMPARE(m_keyStore->load(guard().sealKeyName()).status, KeyStore::Status::Ok);
        QVERIFY(!secretToolLookup(guard().sealKeyName()).isEmpty());

        store.lock();
        store.unlock(kPin);
        QVERIFY(Repository<Case>(store).find(id));
    }

    void aMissingKeystoreEntryIsNoWrongPin()
    {
        Store store(m_dir->path(), m_clock, withKeyStore());
        store.initialize(kPin);
        store.lock();
        // The store copied to another machine, or the keystore reset: the entry is gone.
        QVERIFY(m_keyStore->remove(guard().sealKeyName()));
        QCOMPARE(m_keyStore->load(guard().sealKeyName()).status, KeyStore::Status::NotFound);

        QCOMPARE(codeOf([&] { store.unlock(kPin); }), StoreErrorCode::KeyStoreMissing);
        QCOMPARE(codeOf([&] { store.unlock(u"000000"_s); }), StoreErrorCode::KeyStoreMissing);
        QCOMPARE(store.vault().remainingAttempts(), PinVault::maxAttempts);
        QCOMPARE(keyFile().failedAttempts, 0);
        QCOMPARE(keyStoreFailures(), 0);
        QCOMPARE(store.state(), Store::State::Locked);
    }

    void wrongPinsAreCountedInBothPlaces()
    {
        Store store(m_dir->path(), m_clock, withKeyStore());
        store.initialize(kPin);
        store.lock();
        QCOMPARE(wrongPin(store), StoreErrorCode::WrongPin);
        QCOMPARE(wrongPin(store), StoreErrorCode::WrongPin);
        QCOMPARE(keyFile().failedAttempts, 2);
        QCOMPARE(keyStoreFailures(), 2);
        store.unlock(kPin);
        QCOMPARE(keyFile().failedAttempts, 0);
        QCOMPARE(keyStoreFailures(), 0);
    }

    void restoringAnOlderKeyFileKeepsTheKeystoreCount()
    {
        Store store(m_dir->path(), m_clock, withKeyStore());
        store.initialize(kPin);
        store.lock();
        QCOMPARE(wrongPin(store), StoreErrorCode::WrongPin);
        const QByteArray afterOne = saveKeyFile();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(wrongPin(store), StoreErrorCode::WrongPin);
        QCOMPARE(keyStoreFailures(), 4);

        restoreKeyFile(afterOne);
        QCOMPARE(keyFile().failedAttempts, 1);
        QCOMPARE(store.vault().remainingAttempts(), PinVault::maxAttempts - 4);
        // The wait after the fourth wrong PIN still applies, too.
        m_clock.set(m_clock.now().addMSecs(-1000));
        QVERIFY(store.vault().retryAfterMs() > 0);
        QCOMPARE(codeOf([&] { store.unlock(kPin); }), StoreErrorCode::LockedOut);
        m_clock.advance(store.vault().retryAfterMs());

        // An edited file (counter set to zero by hand) is no better than a restored one.
        KeyFile edited = keyFile();
        edited.failedAttempts = 0;
        edited.notBeforeMs = 0;
        edited.write(keyPath());
        QCOMPARE(wrongPin(store), StoreErrorCode::WrongPin);
        QCOMPARE(keyFile().failedAttempts, 5);
        QCOMPARE(keyStoreFailures(), 5);
    }

    void tenWrongPinsDestroyTheKeyDespiteRollbacks()
    {
        Store store(m_dir->path(), m_clock, withKeyStore());
        store.initialize(kPin);
        Repository<Case>(store).create(sampleCase());
        store.lock();
        const QByteArray fresh = saveKeyFile();
        StoreErrorCode last = StoreErrorCode::Internal;
        for (int i = 0; i < PinVault::maxAttempts; ++i) {
            restoreKeyFile(fresh); // the attacker rolls the file back before every guess
            last = wrongPin(store);
        }
        QCOMPARE(last, StoreErrorCode::KeyDestroyed);
        QCOMPARE(store.state(), Store::State::KeyDestroyed);
        QVERIFY(!QFile::exists(store.databasePath()));
        // The seal key is gone: no copy of the sealed file opens again, not even with the PIN.
        QCOMPARE(m_keyStore->load(guard().sealKeyName()).status, KeyStore::Status::NotFound);
        restoreKeyFile(fresh);
        QCOMPARE(codeOf([&] { store.unlock(kPin); }), StoreErrorCode::KeyDestroyed);
        QCOMPARE(store.state(), Store::State::KeyDestroyed);

        // Starting over gives a new key with a clean count.
        store.initialize(u"735102"_s);
        QCOMPARE(store.vault().remainingAttempts(), PinVault::maxAttempts);
        QCOMPARE(Repository<Case>(store).list().size(), 0);
    }

    void anOlderStoreIsSealedAtItsNextUnlock()
    {
        {
            Store pinOnly(m_dir->path(), m_clock); // made before there was a keystore
            pinOnly.initialize(kPin);
            Repository<Case>(pinOnly).create(sampleCase());
        }
        QVERIFY(!keyFile().isSealed());
        Store store(m_dir->path(), m_clock, withKeyStore());
        QCOMPARE(store.vault().protection(), PinVault::Protection::KeyStoreAtNextUnlock);
        store.unlock(kPin);
        QVERIFY(keyFile().isSealed());
        QCOMPARE(store.vault().protection(), PinVault::Protection::PinAndKeyStore);
        store.lock();
        store.unlock(kPin);
        QCOMPARE(Repository<Case>(store).list().size(), 1);
    }

    void changingThePinKeepsTheSeal()
    {
        Store store(m_dir->path(), m_clock, withKeyStore());
        store.initialize(kPin);
        store.lock();
        store.changePin(kPin, u"735102"_s);
        QVERIFY(keyFile().isSealed());
        QCOMPARE(codeOf([&] { store.unlock(kPin); }), StoreErrorCode::WrongPin);
        m_clock.advance(store.vault().retryAfterMs());
        store.unlock(u"735102"_s);
        QVERIFY(store.isOpen());
    }

    void remoteWipeRemovesTheKeystoreEntries()
    {
        Store store(m_dir->path(), m_clock, withKeyStore());
        store.initialize(kPin);
        store.lock();
        QCOMPARE(wrongPin(store), StoreErrorCode::WrongPin);
        store.destroyLocalData();
        QCOMPARE(m_keyStore->load(guard().sealKeyName()).status, KeyStore::Status::NotFound);
        QCOMPARE(m_keyStore->load(guard().attemptsName()).status, KeyStore::Status::NotFound);
        QCOMPARE(store.state(), Store::State::FirstStart);
    }
};

QTEST_GUILESS_MAIN(TestKeyStoreSecretService)
#include "tst_keystoresecretservice.moc"
