// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/keyfile.h"
#include "store/keystoreguard.h"
#include "store/securebytes.h"

#include <QString>

namespace barntid {

class Clock;
class KeyStore;

/** Guards the database key behind the user's PIN: Argon2id + secretbox wrap, a growing delay
 *  after wrong PINs, and destruction of the key after the last allowed try. Where a platform
 *  keystore answers, the wrap is sealed again under a key only the keystore holds, and the
 *  wrong-PIN counter is kept there too (docs/security.md, "Platform keystore"). */
class PinVault
{
public:
    static constexpr int maxAttempts = 10;
    static constexpr int keySize = 32;
    static constexpr int minPinLength = 6;

    /** What protects the key, for the user to see. */
    enum class Protection {
        PinOnly, ///< no keystore answers here, and the key file is not sealed
        PinAndKeyStore, ///< sealed (or set up next, and it will be)
        KeyStoreAtNextUnlock, ///< an older key file: sealed at its next successful unlock
    };

    /** keyStore may be null (PIN only); it must outlive the vault. */
    PinVault(const QString &keyFilePath, const Clock &clock, KdfParams params = {},
        KeyStore *keyStore = nullptr);

    /** A usable key exists (not missing, not destroyed). */
    bool hasKey() const;
    bool wasDestroyed() const;
    /** Makes a new random database key wrapped under pin; replaces a destroyed key. */
    SecureBytes create(const QString &pin);
    /** Whether a wrong PIN may be the one that destroys the key. */
    enum class LastTry {
        Destroys,
        /** The tablet was handed to a child (docs/security.md, "Child mode"): the count stops
         *  one short of destruction, and every further wrong PIN waits the longest delay. */
        Spared,
    };
    /** Throws StoreError WrongPin (with remainingAttempts), LockedOut (retryAfterMs),
     *  KeyDestroyed, NotInitialized, or KeyStoreMissing / KeyStoreUnavailable (no try counted). */
    SecureBytes unlock(const QString &pin, LastTry lastTry = LastTry::Destroys);
    /** Re-wraps the same database key under a new PIN; the database itself is untouched. */
    void changePin(const QString &oldPin, const QString &newPin);
    /** The larger of the key file's counter and the keystore's. */
    int remainingAttempts() const;
    qint64 retryAfterMs() const;
    Protection protection() const;
    /** The keystore backend's name ("none" when no keystore answers). */
    QString keyStoreName() const { return m_guard.backendName(); }
    /** Remote wipe: drops the keystore's key and counter for this key file. */
    void forgetKeyStoreEntries();

    /** Wait required after n consecutive wrong PINs. */
    static qint64 delayAfterFailuresMs(int failures);
    static void checkPinStrength(const QString &pin);

private:
    KeyFile load() const;
    /** Raises k's count and wait to the keystore's (if it keeps one and answers). */
    void applyKeyStoreCount(KeyFile &k) const;
    void countTry(const KeyFile &k);
    void succeeded(KeyFile k);
    [[noreturn]] void destroy(int failures);
    static KeyFile wrap(const SecureBytes &key, const QString &pin, KdfParams params);
    static SecureBytes derive(const QString &pin, const QByteArray &salt, KdfParams params);

    QString m_path;
    const Clock &m_clock;
    KdfParams m_params;
    KeyStoreGuard m_guard;
};

} // namespace barntid
