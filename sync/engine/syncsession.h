// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/syncerror.h"

#include <QString>
#include <QUrl>

namespace barntid {
class Store;
}

namespace barntid::sync {

class SyncClient;
struct LoginResult;

/** The device's server account: token and user kept only in the encrypted store's settings,
 *  never in QSettings, files or logs. */
class SyncSession
{
public:
    explicit SyncSession(Store &store);

    /** The stored token, if it belongs to this server and username; empty otherwise. */
    QString token(const QUrl &server, const QString &username) const;
    /** Logs in, stores the session and makes the server's user id the author of new records.
     *  Another account than the stored one is refused (AccountMismatch) while the previous
     *  one's work waits; otherwise it logs in under a new device id and, once the server said
     *  yes, the previous account's data goes in the same transaction that stores the session
     *  (AccountChange, docs/sync.md). */
    SyncError login(SyncClient &client, const QString &username, const QString &password,
        const QString &deviceName);
    /** The last login removed the previous account's data from the device. */
    bool replacedAccount() const { return m_replaced; }
    /** Revokes the token on the server (best effort) and forgets it here. */
    SyncError logout(SyncClient &client);
    void forgetToken();

private:
    bool store(const QUrl &server, const QString &username, const QString &deviceId,
        const LoginResult &result, bool purge);

    Store &m_store;
    bool m_replaced = false;
};

} // namespace barntid::sync
