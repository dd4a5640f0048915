// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/pinvault.h"

#include <QCoreApplication>
#include <QString>

namespace barntid {

class StoreError;

/** The words of the unlock flow (wrong PINs, waits, the last tries, store failures): English
 *  source text, Swedish through the app's translator. */
class SessionText
{
    Q_DECLARE_TR_FUNCTIONS(SessionText)

public:
    /** One sentence the user can act on; never the record's content. */
    static QString storeError(const StoreError &error);
    /** Before the last tries: what the last wrong PIN destroys (unsynced -1 = not known). */
    static QString lastTriesWarning(int unsyncedChanges);
    static QString wait(int seconds);
    /** What protects the key, in plain words; the keystore's name (backend) is not shown. */
    static QString keyProtection(PinVault::Protection protection, const QString &backend);
    static QString pinMismatch();
};

} // namespace barntid
