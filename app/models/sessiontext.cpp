// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sessiontext.h"

#include "store/pinvault.h"
#include "store/storeerror.h"

namespace barntid {

QString SessionText::storeError(const StoreError &error)
{
    switch (error.code()) {
    case StoreErrorCode::WrongPin:
        return tr("Wrong PIN code. %n tries left.", nullptr, error.remainingAttempts);
    case StoreErrorCode::LockedOut:
        return wait(int((error.retryAfterMs + 999) / 1000));
    case StoreErrorCode::KeyDestroyed:
        return tr("The PIN code was wrong %n times. The key has been destroyed.", nullptr,
            PinVault::maxAttempts);
    case StoreErrorCode::WeakPin:
        return tr("Choose a PIN code of at least %n digits, not all the same.", nullptr,
            PinVault::minPinLength);
    case StoreErrorCode::KeyStoreMissing:
        return tr("This device's key storage no longer has the key to Barntid's data, so it "
                  "cannot be opened here. No PIN try was used. Contact IT support.");
    case StoreErrorCode::KeyStoreUnavailable:
        return tr("This device's key storage did not answer. No PIN try was used. Try again.");
    case StoreErrorCode::Damaged:
        return tr("The database on this device is damaged and cannot be opened.");
    case StoreErrorCode::NewerSchema:
        return tr("The data on this device was saved by a newer version of Barntid. "
                  "Update the app.");
    case StoreErrorCode::DiskFull:
        return tr("The storage is full. Nothing was saved.");
    case StoreErrorCode::Io:
        return tr("The data on this device could not be read or written.");
    case StoreErrorCode::Locked:
        return tr("Barntid is locked. Unlock it with your PIN code.");
    case StoreErrorCode::NotInitialized:
    case StoreErrorCode::AlreadyInitialized:
    case StoreErrorCode::NotFound:
    case StoreErrorCode::Invalid:
    case StoreErrorCode::Immutable:
    case StoreErrorCode::Internal:
        break;
    }
    return tr("Something went wrong. Try again.");
}

QString SessionText::lastTriesWarning(int unsyncedChanges)
{
    if (unsyncedChanges > 0)
        return tr("After %1 wrong tries the key is destroyed and %n change(s) not yet synced "
                  "will be lost.",
            nullptr, unsyncedChanges)
            .arg(PinVault::maxAttempts);
    if (unsyncedChanges == 0)
        return tr("After %1 wrong tries the key is destroyed. Everything had been synced when "
                  "Barntid was locked.")
            .arg(PinVault::maxAttempts);
    return tr("After %1 wrong tries the key is destroyed and anything not yet synced is lost.")
        .arg(PinVault::maxAttempts);
}

QString SessionText::wait(int seconds)
{
    return tr("Wait %n seconds before trying again.", nullptr, seconds);
}

QString SessionText::keyProtection(PinVault::Protection protection, const QString &backend)
{
    // The keystore's product name ("Secret Service", "Android Keystore") means nothing to a
    // social worker at the unlock screen: the sentence says what protects the key, not whose
    // software it is.
    Q_UNUSED(backend)
    switch (protection) {
    case PinVault::Protection::PinAndKeyStore:
        return tr("The key is protected by your PIN code and also by this device's key "
                  "storage.");
    case PinVault::Protection::KeyStoreAtNextUnlock:
        return tr("The key is protected by your PIN code. From the next unlock it is also "
                  "protected by this device's key storage.");
    case PinVault::Protection::PinOnly:
        break;
    }
    return tr("The key is protected by your PIN code only: this device has no key storage that "
              "Barntid can use.");
}

QString SessionText::pinMismatch()
{
    return tr("The PIN codes do not match.");
}

} // namespace barntid
