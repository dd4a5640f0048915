// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clock.h"

#include <QJsonArray>
#include <QString>

namespace barntid::server {

class Accounts;
class Database;
struct Account;

/** The admin's account lifecycle (DESIGN.md §7 `user list|disable|enable|passwd|set-role|
 *  set-team`): an offboarded employee loses access at once, documentation is never destroyed, and
 *  every change is in the audit log. Each call runs in its own write transaction. */
class AccountAdmin
{
public:
    AccountAdmin(Database &db, Accounts &accounts, const Clock &clock);

    QJsonArray list();
    /** Blocks logins and pulls at once; the account's devices may still push what they hold. */
    void disable(const QString &username);
    void enable(const QString &username);
    /** New password; every session of the account must sign in again. */
    void setPassword(const QString &username, const QString &password);
    /** Refused while a social worker still holds cases or foster homes (hand them over first). */
    void setRole(const QString &username, const QString &role, const QString &teamName);
    /** Moves a social worker (with the records they own) or a supervisor to another team. */
    void setTeam(const QString &username, const QString &teamName);

private:
    QString now() const;
    Account require(const QString &username);
    void audit(const Account &account, const QString &outcome);
    /** Clears every token of the account; with resync, its devices start their pulls anew. */
    void endSessions(const QString &userId, bool resync);
    void checkHoldsNothing(const Account &account);
    /** A fresh start for the account's sign-in after an admin's decision about it. */
    void forgiveFailedLogins(const Account &account);
    void reaudience(const QString &userId);

    Database &m_db;
    Accounts &m_accounts;
    const Clock &m_clock;
};

} // namespace barntid::server
