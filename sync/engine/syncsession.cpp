// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/syncsession.h"

#include "domain/ids.h"
#include "engine/accountchange.h"
#include "engine/securedelete.h"
#include "engine/syncclient.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <optional>

namespace barntid::sync {

using namespace Qt::StringLiterals;
using Kind = SyncError::Kind;

namespace {
const QString serverKey = u"server_url"_s, usernameKey = u"server_username"_s,
              tokenKey = u"auth_token"_s, serverUserKey = u"server_user_id"_s,
              roleKey = u"user_role"_s, displayNameKey = u"display_name"_s, userKey = u"user_id"_s,
              deviceKey = u"device_id"_s;

SyncError mismatch()
{
    return SyncError::of(Kind::AccountMismatch, u"other_account"_s,
        u"this device holds unsynced work of another account"_s);
}

} // namespace

SyncSession::SyncSession(Store &store)
    : m_store(store)
{ }

QString SyncSession::token(const QUrl &server, const QString &username) const
{
    if (m_store.setting(serverKey) != server.toString(QUrl::FullyEncoded)
        || m_store.setting(usernameKey) != username)
        return {};
    return m_store.setting(tokenKey);
}

SyncError SyncSession::login(
    SyncClient &client, const QString &username, const QString &password, const QString &deviceName)
{
    m_replaced = false;
    AccountChange change(m_store);
    const bool other = change.isOtherAccount(username);
    // Refused before any request: the other account never hears of this device.
    if (other && change.hasPendingWork())
        return mismatch();
    // The server binds a device id to one account, so another account comes in under a new id;
    // the store keeps the old one until the login succeeded.
    QString deviceId = other ? newId() : m_store.deviceId();
    LoginResult result;
    SyncError e = client.login({username, password, deviceId, deviceName}, result);
    if (e.kind == Kind::DeviceTaken && !other && !change.hasPendingWork()) {
        // An old store whose id the server gave to another account. Nothing here waits for an
        // answer under the old id (no mutation can be applied twice), so it registers anew.
        deviceId = newId();
        e = client.login({username, password, deviceId, deviceName}, result);
    }
    if (e.isError())
        return e;
    // The same user id is the same account under another spelling: nothing to remove.
    const QString previous = m_store.setting(userKey);
    const bool purge = !previous.isEmpty() && previous != result.userId;
    if (!store(client.server(), username, deviceId, result, purge)) {
        client.logout();
        return mismatch();
    }
    m_replaced = purge;
    return {};
}

bool SyncSession::store(const QUrl &server, const QString &username, const QString &deviceId,
    const LoginResult &result, bool purge)
{
    Connection &c = m_store.connection();
    std::optional<SecureDelete> zeroing;
    if (purge)
        zeroing.emplace(c); // the previous account's rows are overwritten, not just unlinked
    try {
        Transaction tx(c);
        if (purge) {
            // Checked again under the write lock: the app may have saved something during the
            // login's round trip.
            AccountChange change(m_store);
            if (change.hasPendingWork())
                return false;
            change.purge();
            m_store.audit(u"account_changed"_s);
        }
        if (deviceId != m_store.deviceId())
            m_store.setSetting(deviceKey, deviceId);
        m_store.setSetting(serverKey, server.toString(QUrl::FullyEncoded));
        m_store.setSetting(usernameKey, username);
        m_store.setSetting(tokenKey, result.token);
        m_store.setSetting(serverUserKey, result.userId);
        m_store.setSetting(roleKey, result.role);
        m_store.setSetting(displayNameKey, result.displayName);
        m_store.setSetting(userKey, result.userId);
        m_store.audit(u"signed_in"_s);
        tx.commit();
    } catch (const StoreError &) {
        m_store.reloadSettings(); // the cached ids must be what the rollback left
        throw;
    }
    if (purge) {
        try {
            c.checkpoint(); // the zeroed pages replace the old ones in the main file now
        } catch (const StoreError &) {
            // Another connection is reading; the next checkpoint writes them.
        }
    }
    return true;
}

SyncError SyncSession::logout(SyncClient &client)
{
    const SyncError e = client.logout();
    forgetToken();
    return e;
}

void SyncSession::forgetToken()
{
    m_store.removeSetting(tokenKey);
    m_store.audit(u"signed_out"_s);
}

} // namespace barntid::sync
