// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace barntid {
class Store;
}

namespace barntid::sync {

/** One tablet, one account at a time (issue 10): when another server account signs in, the
 *  previous account's records, queue, cursor and session leave the device before the first pull,
 *  so nothing of one account stays readable by the next. The rule is in docs/sync.md. */
class AccountChange
{
public:
    explicit AccountChange(Store &store);

    /** The store holds a session of an account and it is not `username` (compared without case
     *  or surrounding spaces; the server's address may change). No stored account: false. */
    bool isOtherAccount(const QString &username) const;
    /** Work of the stored account that is not on the server: any outbox row (needs attention
     *  included) or a running child-time segment. */
    bool hasPendingWork() const;
    /** Inside the caller's transaction, under SecureDelete: removes every synced record, the
     *  outbox, the local audit rows that name a record and every setting but deviceSettings().
     *  Returns the number of records removed. */
    int purge();
    /** Settings of the tablet rather than of an account; purge() keeps them. */
    static QStringList deviceSettings();

private:
    Store &m_store;
};

} // namespace barntid::sync
