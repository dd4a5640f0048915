// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace barntid {

/** Argon2id cost parameters; stored beside the wrapped key so they can be raised later. */
struct KdfParams
{
    quint64 opslimit = 3;
    quint64 memlimit = quint64(64) << 20; // DESIGN.md §5: at least 64 MiB
};

/** The on-disk key envelope: the wrapped database key, its KDF parameters and the wrong-PIN
 *  counter. It holds no secret in the clear, so it is plain JSON written atomically. */
struct KeyFile
{
    KdfParams kdf;
    QByteArray salt;
    QByteArray nonce; ///< the PIN layer: empty in a sealed file until the seal is opened
    QByteArray wrapped;
    /** The keystore layer (docs/security.md, "Platform keystore"): nonce || wrapped sealed under
     *  a key that only the platform keystore holds. Empty when the key has no second wrap. */
    QByteArray sealNonce;
    QByteArray sealed;
    int failedAttempts = 0;
    qint64 notBeforeMs = 0; ///< no unlock attempt is accepted before this time (ms since epoch)
    bool destroyed = false;

    bool isSealed() const { return !sealed.isEmpty(); }

    /** std::nullopt when there is no file; throws StoreError(Damaged) when it cannot be read. */
    static std::optional<KeyFile> read(const QString &path);
    /** Atomic replace with fsync; throws StoreError(DiskFull or Io). */
    void write(const QString &path) const;
};

} // namespace barntid
