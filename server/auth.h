// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts.h"
#include "caller.h"
#include "domain/clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace barntid::server {

class Database;

/** Logins, device registration, bearer tokens and the admin's device controls. */
class Auth
{
public:
    struct Limits
    {
        int failuresPerAccount = 5;
        int failuresPerAddress = 30;
        int windowSeconds = 15 * 60;
        int tokenDays = 30;
    };

    Auth(Database &db, Accounts &accounts, Limits limits, const Clock &clock);

    /** The login-failure counter of an account (one per username, in every process). */
    static QString accountKey(const QString &username)
    {
        return QStringLiteral("user:") + username;
    }
    /** Checks a password under the login limits (DESIGN.md §5) and returns the account; throws
     *  401 invalid_credentials (also for an account without requiredRole, when given) or 429. */
    Account verify(const QString &username, const QString &password, const QString &address,
        const QString &requiredRole = {});
    /** The 200 body of POST /v1/auth/login; throws ServerError 400/401/410/429. */
    QJsonObject login(const QJsonObject &body, const QString &address);
    /** Throws 401 (missing, unknown, revoked, expired) or 410 (wiped). A disabled account's
     *  token still authenticates, with Caller::disabled set: only a push is served. */
    Caller authenticate(const QByteArray &authorization);
    void logout(const Caller &caller);

    QJsonArray devices(const QString &username);
    /** The number of devices changed: one by id, or every device of a username. A revoked
     *  device cannot sign in again until an admin lifts it. */
    int revoke(const QString &deviceId, const QString &username = {});
    int wipe(const QString &deviceId, const QString &username = {});
    int lift(const QString &deviceId);

private:
    QString now() const;
    void checkNotLimited(const QString &key, const QString &now);
    void recordFailure(const QString &key, const QString &now);
    /** Binds the device id to the account on first use; refuses another account's, a wiped or
     *  a revoked device. */
    void claimDevice(
        const QString &deviceId, const QString &userId, const QString &name, const QString &now);
    /** "UPDATE devices SET <set, with one ? for now()>" for one device or an account's. */
    int markDevices(const QString &set, const QString &deviceId, const QString &username);

    Database &m_db;
    Accounts &m_accounts;
    Limits m_limits;
    const Clock &m_clock;
};

} // namespace barntid::server
