// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace barntid {

/** The platform keystore (Android Keystore, iOS Keychain, a desktop secret service), used as an
 *  optional second wrap of the database key. Never the insecure plaintext fallback. */
class KeyStore
{
public:
    virtual ~KeyStore();
    /** Human-readable name of the backend, shown to the user ("ingen" when there is none). */
    virtual QString backendName() const = 0;
    virtual bool available() const = 0;
    virtual bool store(const QString &name, const QByteArray &secret) = 0;
    virtual std::optional<QByteArray> load(const QString &name) = 0;
    virtual bool remove(const QString &name) = 0;
};

/** The keystore CMake chose for this platform; a null backend where no keystore answers. */
std::unique_ptr<KeyStore> createKeyStore();

} // namespace barntid
