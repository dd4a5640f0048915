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

/** The device's server account: token and user kept only in the encrypted store's settings,
 *  never in QSettings, files or logs. */
class SyncSession
{
public:
    explicit SyncSession(Store &store);

    /** The stored token, if it belongs to this server and username; empty otherwise. */
    QString token(const QUrl &server, const QString &username) const;
    /** Logs in with this device's id, stores the session and makes the server's user id the
     *  author of new records. Refused (AccountMismatch) while another account's work waits. */
    SyncError login(SyncClient &client, const QString &username, const QString &password,
        const QString &deviceName);
    /** Revokes the token on the server (best effort) and forgets it here. */
    SyncError logout(SyncClient &client);
    void forgetToken();

private:
    Store &m_store;
};

} // namespace barntid::sync
