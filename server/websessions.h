// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts.h"
#include "caller.h"
#include "domain/clock.h"

#include <QString>

#include <optional>

namespace barntid::server {

class Database;

/** Sign-ins on the server's web pages (/loggkontroll for supervisors, /boka for foster
 *  parents): a random cookie token stored only as its hash, a CSRF token tied to it, 30 minutes
 *  idle and 8 hours at most. A session ends when the account loses the page's role, is disabled
 *  or changes its password. */
class WebSessions
{
public:
    static constexpr int idleMinutes = 30;
    static constexpr int maxHours = 8;

    struct Session
    {
        QString token; ///< the cookie value; only in the answer that opens the session
        QString csrf;
        Caller caller;
    };

    /** role: the one role the page serves; a session of any other account is not found. */
    WebSessions(Database &db, QString role, const Clock &clock);

    Session open(const Account &account);
    std::optional<Session> find(const QString &token);
    void close(const QString &token);

private:
    Database &m_db;
    QString m_role;
    const Clock &m_clock;
};

} // namespace barntid::server
