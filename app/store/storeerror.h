// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/validation.h"

#include <QString>

#include <stdexcept>

namespace barntid {

/** Why a store operation failed, in categories the UI and the CLI can explain to a person. */
enum class StoreErrorCode {
    NotInitialized, ///< no key on this device yet (first start)
    AlreadyInitialized,
    WeakPin,
    WrongPin, ///< remainingAttempts() tells how many tries are left
    LockedOut, ///< too soon after a wrong PIN: retryAfterMs()
    KeyDestroyed, ///< the key was destroyed after too many wrong PINs
    KeyStoreMissing, ///< the platform keystore no longer holds this store's second wrap
    KeyStoreUnavailable, ///< the platform keystore did not answer; no PIN try was counted
    Locked, ///< the database is closed
    Damaged, ///< the file is corrupt, truncated or was tampered with
    NewerSchema, ///< written by a newer app version
    DiskFull,
    Io,
    NotFound,
    Invalid, ///< validation failed: issues()
    Immutable, ///< a signed or approved record cannot change
    Internal,
};

/** The single exception type of the store; its message never contains personal data. */
class StoreError : public std::runtime_error
{
public:
    StoreError(StoreErrorCode code, const QString &detail);
    StoreErrorCode code() const { return m_code; }
    QString detail() const { return m_detail; }

    ValidationIssues issues;
    int remainingAttempts = -1;
    qint64 retryAfterMs = 0;

private:
    StoreErrorCode m_code;
    QString m_detail;
};

} // namespace barntid
