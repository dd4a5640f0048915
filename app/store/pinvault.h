// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/keyfile.h"
#include "store/securebytes.h"

#include <QString>

namespace barntid {

class Clock;

/** Guards the database key behind the user's PIN: Argon2id + secretbox wrap, a growing delay
 *  after wrong PINs, and destruction of the key after the last allowed try. */
class PinVault
{
public:
    static constexpr int maxAttempts = 10;
    static constexpr int keySize = 32;
    static constexpr int minPinLength = 6;

    PinVault(const QString &keyFilePath, const Clock &clock, KdfParams params = {});

    /** A usable key exists (not missing, not destroyed). */
    bool hasKey() const;
    bool wasDestroyed() const;
    /** Makes a new random database key wrapped under pin; replaces a destroyed key. */
    SecureBytes create(const QString &pin);
    /** Throws StoreError WrongPin (with remainingAttempts), LockedOut (retryAfterMs),
     *  KeyDestroyed or NotInitialized. */
    SecureBytes unlock(const QString &pin);
    /** Re-wraps the same database key under a new PIN; the database itself is untouched. */
    void changePin(const QString &oldPin, const QString &newPin);
    int remainingAttempts() const;
    qint64 retryAfterMs() const;

    /** Wait required after n consecutive wrong PINs. */
    static qint64 delayAfterFailuresMs(int failures);
    static void checkPinStrength(const QString &pin);

private:
    KeyFile load() const;
    static KeyFile wrap(const SecureBytes &key, const QString &pin, KdfParams params);
    static SecureBytes derive(const QString &pin, const QByteArray &salt, KdfParams params);

    QString m_path;
    const Clock &m_clock;
    KdfParams m_params;
};

} // namespace barntid
