// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/keyfile.h"

#include <QString>

#include <optional>

namespace barntid {

class KeyStore;

/** The platform keystore's part in guarding one key file: the second wrap (a seal over the PIN
 *  layer under a random key held only in the keystore) and a copy of the wrong-PIN counter that
 *  restoring or editing the key file cannot reset. Inactive where no keystore answers. */
class KeyStoreGuard
{
public:
    struct Attempts
    {
        int failures = 0;
        qint64 notBeforeMs = 0;
    };

    /** keyStore may be null (no keystore); it must outlive the guard. */
    KeyStoreGuard(const QString &keyFilePath, KeyStore *keyStore);

    bool active() const;
    /** The backend's name for the user; "none" when inactive. */
    QString backendName() const;

    /** The keystore's counter ({} when it keeps none yet); nullopt when it did not answer. */
    std::optional<Attempts> attempts() const;
    bool setAttempts(const Attempts &attempts);

    /** Seals k's PIN layer under a new random keystore key, stored and read back first. False
     *  (k untouched) when the keystore did not take it. */
    bool sealNew(KeyFile &k);
    /** Seals k's PIN layer under the keystore key that already exists (a PIN change). Throws
     *  StoreError KeyStoreMissing or KeyStoreUnavailable. */
    void reseal(KeyFile &k) const;
    /** Fills k's PIN layer from its seal. Throws StoreError KeyStoreMissing (no entry, or one
     *  that does not open this seal) or KeyStoreUnavailable. Never counts a PIN try. */
    void open(KeyFile &k) const;
    /** The keystore entries' names (derived from the key file's path; tests and support). */
    QString sealKeyName() const { return entry(QStringLiteral("seal-key")); }
    QString attemptsName() const { return entry(QStringLiteral("attempts")); }

    /** Drops the keystore key: every sealed copy of the key file becomes unreadable. */
    void forgetSealKey();
    void forgetAttempts();

private:
    QString entry(const QString &what) const;
    static void seal(KeyFile &k, const unsigned char *sealKey);

    KeyStore *m_keyStore;
    QString m_id;
};

} // namespace barntid
