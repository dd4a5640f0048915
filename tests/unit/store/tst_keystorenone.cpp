// SPDX-License-Identifier: GPL-3.0-or-later
// Without a secret service (ctest points D-Bus at a socket that does not exist), or with one that
// never answers (tests/scripts/with-secret-service.sh --hanging): no keystore is claimed, and
// the store works on the PIN alone exactly as before.
#include "domain/clock.h"
#include "platform/keystore.h"
#include "store/keyfile.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "storetestsupport.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace barntid;
using barntid::test::codeOf;
using namespace Qt::StringLiterals;

class TestKeyStoreNone : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock {QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString mode = qEnvironmentVariable("BARNTID_KEYSTORE_TEST");
        if (mode.startsWith(u"skip:"))
            QSKIP(qPrintable(mode.mid(5)));
    }

    void noKeystoreIsClaimed()
    {
        const auto keyStore = createKeyStore();
        QVERIFY(!keyStore->available());
        QCOMPARE(keyStore->backendName(), u"none"_s);
        QCOMPARE(keyStore->load(u"probe"_s).status, KeyStore::Status::Failed);
        QVERIFY(!keyStore->store(u"anything"_s, "x"));
    }

    void theStoreWorksOnThePinAlone()
    {
        QTemporaryDir dir;
        StoreOptions options;
        options.keyStore = createKeyStore();
        Store store(dir.path(), m_clock, options);
        QCOMPARE(store.vault().protection(), PinVault::Protection::PinOnly);
        QCOMPARE(store.vault().keyStoreName(), u"none"_s);
        store.initialize(u"482915"_s);
        store.lock();
        const auto k = KeyFile::read(store.keyFilePath());
        QVERIFY(k && !k->isSealed() && !k->wrapped.isEmpty());
        QCOMPARE(codeOf([&] { store.unlock(u"000000"_s); }), StoreErrorCode::WrongPin);
        QCOMPARE(store.vault().remainingAttempts(), PinVault::maxAttempts - 1);
        m_clock.advance(store.vault().retryAfterMs());
        store.unlock(u"482915"_s);
        QVERIFY(store.isOpen());
        QCOMPARE(store.vault().protection(), PinVault::Protection::PinOnly);
    }
};

QTEST_GUILESS_MAIN(TestKeyStoreNone)
#include "tst_keystorenone.moc"
