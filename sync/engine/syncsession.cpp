// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/syncsession.h"

#include "engine/syncclient.h"
#include "store/outbox.h"
#include "store/store.h"
#include "store/transaction.h"

namespace barntid::sync {

using namespace Qt::StringLiterals;

namespace {
const QString serverKey = u"server_url"_s, usernameKey = u"server_username"_s,
              tokenKey = u"auth_token"_s, serverUserKey = u"server_user_id"_s,
              roleKey = u"user_role"_s, displayNameKey = u"display_name"_s, userKey = u"user_id"_s;
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
    LoginResult result;
    const SyncError e = client.login({username, password, m_store.deviceId(), deviceName}, result);
    if (e.isError())
        return e;
    const QString previous = m_store.setting(userKey);
    if (!previous.isEmpty() && previous != result.userId && Outbox(m_store).pendingCount() > 0) {
        client.logout();
        return SyncError::of(SyncError::Kind::AccountMismatch, u"other_account"_s,
            u"this device holds unsynced work of another account"_s);
    }
    Transaction tx(m_store.connection());
    m_store.setSetting(serverKey, client.server().toString(QUrl::FullyEncoded));
    m_store.setSetting(usernameKey, username);
    m_store.setSetting(tokenKey, result.token);
    m_store.setSetting(serverUserKey, result.userId);
    m_store.setSetting(roleKey, result.role);
    m_store.setSetting(displayNameKey, result.displayName);
    m_store.setSetting(userKey, result.userId);
    tx.commit();
    m_store.audit(u"signed_in"_s);
    return {};
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
