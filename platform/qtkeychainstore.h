// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/keystore.h"

#include <QMutex>

#include <chrono>
#include <optional>

namespace barntid {

/** KeyStore over QtKeychain: a secret service (or KWallet) on Linux, Android Keystore, the iOS
 *  and macOS Keychain, the Windows credential store. Its insecure plaintext fallback is never
 *  enabled. Every job runs with a timeout, so a keystore that never answers costs one wait, not
 *  a hung unlock. */
class QtKeychainStore final : public KeyStore
{
public:
    explicit QtKeychainStore(std::chrono::milliseconds timeout = std::chrono::seconds(5));

    QString backendName() const override;
    /** Probes once per object (a write, a read back and a removal of a throwaway entry). */
    bool available() const override;
    bool store(const QString &name, const QByteArray &secret) override;
    Entry load(const QString &name) override;
    bool remove(const QString &name) override;

private:
    bool probe();

    std::chrono::milliseconds m_timeout;
    mutable QMutex m_mutex;
    mutable std::optional<bool> m_available;
};

} // namespace barntid
