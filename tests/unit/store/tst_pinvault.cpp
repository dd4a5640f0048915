// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/clock.h"
#include "store/keyfile.h"
#include "store/pinvault.h"
#include "store/storeerror.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace barntid;
using namespace Qt::StringLiterals;

class TestPinVault : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(u"key.json"_s); }
    ManualClock m_clock {QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};

    static StoreError attempt(PinVault &vault, const QString &pin,
        PinVault::LastTry lastTry = PinVault::LastTry::Destroys)
    {
        try {
            vault.unlock(pin, lastTry);
        } catch (const StoreError &e) {
            return e;
        }
        return StoreError(StoreErrorCode::Internal, u"unlock unexpectedly succeeded"_s);
    }

private slots:
    void init()
    {
        QFile::remove(path());
        m_clock.set(QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
    }

    void createsAndUnlocksTheSameKey()
    {
        PinVault vault(path(), m_clock);
        QVERIFY(!vault.hasKey());
        const SecureBytes created = vault.create(u"482915"_s);
        QCOMPARE(created.size(), std::size_t(PinVault::keySize));
        const SecureBytes unlocked = vault.unlock(u"482915"_s);
        QCOMPARE(QByteArrayView(unlocked.data(), unlocked.size()),
            QByteArrayView(created.data(), created.size()));
        QCOMPARE(vault.remainingAttempts(), PinVault::maxAttempts);
    }

    void storesArgon2idParametersOfAtLeast64MiB()
    {
        PinVault(path(), m_clock).create(u"482915"_s);
        const auto k = KeyFile::read(path());
        QVERIFY(k);
        QVERIFY(k->kdf.memlimit >= quint64(64) << 20);
        QCOMPARE(k->salt.size(), 16);
        QCOMPARE(k->wrapped.size(), 16 + PinVault::keySize); // MAC + key, never the key alone
        QCOMPARE(QFile::permissions(path()) & (QFile::ReadOther | QFile::ReadGroup),
            QFile::Permissions());
    }

    void rejectsWeakPins_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::newRow("empty") << QString();
        QTest::newRow("short") << u"12345"_s;
        QTest::newRow("all same") << u"111111"_s;
    }
    void rejectsWeakPins()
    {
        QFETCH(QString, pin);
        PinVault vault(path(), m_clock);
        try {
            vault.create(pin);
            QFAIL("weak PIN accepted");
        } catch (const StoreError &e) {
            QCOMPARE(e.code(), StoreErrorCode::WeakPin);
        }
        QVERIFY(!QFile::exists(path()));
    }

    void wrongPinCountsDownWithGrowingDelay()
    {
        PinVault vault(path(), m_clock);
        vault.create(u"482915"_s);
        StoreError e = attempt(vault, u"000001"_s);
        QCOMPARE(e.code(), StoreErrorCode::WrongPin);
        QCOMPARE(e.remainingAttempts, 9);
        QCOMPARE(e.retryAfterMs, 0); // one typo costs no wait

        e = attempt(vault, u"000002"_s);
        QCOMPARE(e.code(), StoreErrorCode::WrongPin);
        QCOMPARE(e.remainingAttempts, 8);
        QCOMPARE(e.retryAfterMs, 2000);

        // Too soon: even the right PIN is refused and the try is not counted.
        e = attempt(vault, u"482915"_s);
        QCOMPARE(e.code(), StoreErrorCode::LockedOut);
        QCOMPARE(e.retryAfterMs, 2000);
        QCOMPARE(vault.remainingAttempts(), 8);

        m_clock.advance(1999);
        QCOMPARE(attempt(vault, u"482915"_s).code(), StoreErrorCode::LockedOut);
        m_clock.advance(1);
        e = attempt(vault, u"000003"_s);
        QCOMPARE(e.code(), StoreErrorCode::WrongPin);
        QCOMPARE(e.retryAfterMs, 4000);
        m_clock.advance(4000);
        vault.unlock(u"482915"_s);
        QCOMPARE(vault.remainingAttempts(), PinVault::maxAttempts);
        QCOMPARE(vault.retryAfterMs(), 0);
    }

    void delayGrowsAndIsCapped()
    {
        QCOMPARE(PinVault::delayAfterFailuresMs(1), 0);
        QCOMPARE(PinVault::delayAfterFailuresMs(2), 2000);
        QCOMPARE(PinVault::delayAfterFailuresMs(5), 16000);
        QCOMPARE(PinVault::delayAfterFailuresMs(9), 256000);
        QCOMPARE(PinVault::delayAfterFailuresMs(10), 300000);
        QCOMPARE(PinVault::delayAfterFailuresMs(40), 300000);
    }

    void tenthWrongPinDestroysTheKey()
    {
        PinVault vault(path(), m_clock);
        vault.create(u"482915"_s);
        const QByteArray wrapped = KeyFile::read(path())->wrapped;
        for (int i = 1; i < PinVault::maxAttempts; ++i) {
            const StoreError e = attempt(vault, u"00000%1"_s.arg(i));
            QCOMPARE(e.code(), StoreErrorCode::WrongPin);
            QCOMPARE(e.remainingAttempts, PinVault::maxAttempts - i);
            m_clock.advance(e.retryAfterMs);
        }
        const StoreError last = attempt(vault, u"999999"_s);
        QCOMPARE(last.code(), StoreErrorCode::KeyDestroyed);
        QVERIFY(QString::fromUtf8(last.what()).contains(u"destroyed"));
        QVERIFY(vault.wasDestroyed());
        QVERIFY(!vault.hasKey());
        QFile f(path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray contents = f.readAll();
        QVERIFY(!contents.contains(wrapped.toBase64()));
        // The right PIN cannot bring it back.
        m_clock.advance(600000);
        QCOMPARE(attempt(vault, u"482915"_s).code(), StoreErrorCode::KeyDestroyed);
    }

    void aHandedOverTabletIsNeverDestroyedByGuessing()
    {
        // Child mode (docs/security.md): a child's guesses stop one short of destruction, and
        // from there each one waits the longest delay.
        PinVault vault(path(), m_clock);
        vault.create(u"482915"_s);
        for (int i = 1; i <= PinVault::maxAttempts + 2; ++i) {
            const StoreError e
                = attempt(vault, u"00000%1"_s.arg(i % 10), PinVault::LastTry::Spared);
            QCOMPARE(e.code(), StoreErrorCode::WrongPin);
            QCOMPARE(e.remainingAttempts, std::max(1, PinVault::maxAttempts - i));
            if (i >= PinVault::maxAttempts)
                QCOMPARE(e.retryAfterMs, PinVault::delayAfterFailuresMs(PinVault::maxAttempts));
            // Too soon is refused without a try, the right PIN too.
            if (e.retryAfterMs > 0) {
                QCOMPARE(attempt(vault, u"482915"_s, PinVault::LastTry::Spared).code(),
                    StoreErrorCode::LockedOut);
            }
            m_clock.advance(e.retryAfterMs);
        }
        QVERIFY(vault.hasKey());
        QCOMPARE(vault.remainingAttempts(), 1);
        // The worker's PIN still opens it, and the count starts over.
        QCOMPARE(vault.unlock(u"482915"_s, PinVault::LastTry::Spared).size(),
            std::size_t(PinVault::keySize));
        QCOMPARE(vault.remainingAttempts(), PinVault::maxAttempts);
        // Once the tablet is no longer handed over, the tenth wrong PIN destroys as before.
        for (int i = 1; i <= PinVault::maxAttempts; ++i)
            m_clock.advance(attempt(vault, u"11111%1"_s.arg(i % 10)).retryAfterMs);
        QVERIFY(vault.wasDestroyed());
    }

    void changePinRewrapsTheSameKey()
    {
        PinVault vault(path(), m_clock);
        const SecureBytes key = vault.create(u"482915"_s);
        const QByteArray saltBefore = KeyFile::read(path())->salt;
        vault.changePin(u"482915"_s, u"735102"_s);
        QVERIFY(KeyFile::read(path())->salt != saltBefore);
        QCOMPARE(attempt(vault, u"482915"_s).code(), StoreErrorCode::WrongPin);
        const SecureBytes again = vault.unlock(u"735102"_s);
        QCOMPARE(
            QByteArrayView(again.data(), again.size()), QByteArrayView(key.data(), key.size()));
    }

    void changePinWithWrongOldPinCounts()
    {
        PinVault vault(path(), m_clock);
        vault.create(u"482915"_s);
        try {
            vault.changePin(u"000001"_s, u"735102"_s);
            QFAIL("changed with a wrong PIN");
        } catch (const StoreError &e) {
            QCOMPARE(e.code(), StoreErrorCode::WrongPin);
        }
        QCOMPARE(vault.remainingAttempts(), PinVault::maxAttempts - 1);
        vault.unlock(u"482915"_s);
    }

    void damagedKeyFileIsAClearError_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("garbage") << QByteArray("\x01\x02not json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("wrong format") << QByteArray(R"({"format": 7})");
        QTest::newRow("short wrap") << QByteArray(
            R"({"format":1,"kdf":{"alg":"argon2id13","salt":"AAAAAAAAAAAAAAAAAAAAAA==",)"
            R"("opslimit":3,"memlimit":67108864},"nonce":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",)"
            R"("wrapped":"AAAA"})");
        // Well-formed, but asking the derivation for a terabyte, or for a billion passes.
        const auto costly = [](const char *opslimit, const char *memlimit) {
            return QByteArray("{\"format\":1,\"kdf\":{\"alg\":\"argon2id13\",\"salt\":"
                              "\"AAAAAAAAAAAAAAAAAAAAAA==\",\"opslimit\":")
                + opslimit + ",\"memlimit\":" + memlimit
                + "},\"nonce\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\",\"wrapped\":\""
                + QByteArray(64, 'A') + "\"}";
        };
        QTest::newRow("terabyte memory cost") << costly("3", "1099511627776");
        QTest::newRow("billion passes") << costly("1000000000", "67108864");
        QTest::newRow("negative cost") << costly("-3", "67108864");
        QTest::newRow("cost beyond 64 bits") << costly("3", "1e30");
        QTest::newRow("memory below libsodium's minimum") << costly("3", "4096");
    }
    void damagedKeyFileIsAClearError()
    {
        QFETCH(QByteArray, contents);
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(contents);
        f.close();
        PinVault vault(path(), m_clock);
        QCOMPARE(attempt(vault, u"482915"_s).code(), StoreErrorCode::Damaged);
    }

    void tamperedWrapIsWrongPinNotACrash()
    {
        PinVault vault(path(), m_clock);
        vault.create(u"482915"_s);
        auto k = *KeyFile::read(path());
        k.wrapped[5] = char(k.wrapped[5] ^ 0x01);
        k.write(path());
        QCOMPARE(attempt(vault, u"482915"_s).code(), StoreErrorCode::WrongPin);
    }
};

QTEST_GUILESS_MAIN(TestPinVault)
#include "tst_pinvault.moc"
