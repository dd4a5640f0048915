// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace barntid {

/** The platform keystore (Android Keystore, iOS Keychain, a desktop secret service), used as an
 *  optional second wrap of the database key. Never the insecure plaintext fallback. */
class KeyStore
{
public:
    /** NotFound: the keystore answered that it has no such entry. Failed: it did not answer
     *  (no service, a timeout, access denied); nothing is known about the entry. */
    enum class Status { Ok, NotFound, Failed };
    struct Entry
    {
        Status status = Status::Failed;
        QByteArray secret;
    };

    virtual ~KeyStore();
    /** Human-readable name of the backend, shown to the user ("none" when there is none). */
    virtual QString backendName() const = 0;
    /** A real keystore answered a probe (write, read back, remove) in this process. */
    virtual bool available() const = 0;
    virtual bool store(const QString &name, const QByteArray &secret) = 0;
    virtual Entry load(const QString &name) = 0;
    /** True when the entry is gone afterwards (removed, or there was none). */
    virtual bool remove(const QString &name) = 0;
};

/** The keystore CMake chose for this platform; a null backend where no keystore answers.
 *  Needs a QCoreApplication; without one the null backend is returned. */
std::unique_ptr<KeyStore> createKeyStore();

} // namespace barntid
