// SPDX-License-Identifier: GPL-3.0-or-later
#include "websessions.h"

#include "database.h"
#include "domain/timeformat.h"
#include "secrets.h"

#include <QDateTime>
#include <QSqlQuery>

namespace barntid::server {

WebSessions::WebSessions(Database &db, QString role, const Clock &clock)
    : m_db(db)
    , m_role(std::move(role))
    , m_clock(clock)
{ }

WebSessions::Session WebSessions::open(const Account &account)
{
    const QDateTime now = m_clock.now();
    m_db.exec(QStringLiteral("DELETE FROM web_sessions WHERE expires_at < ?"), {toRfc3339(now)});
    Session s {secrets::newToken(), secrets::newToken(),
        Caller {account.id, account.role, account.teamId, account.fosterHomeId, {}}};
    m_db.exec(QStringLiteral("INSERT INTO web_sessions (token_hash, user_id, csrf, created_at, "
                             "expires_at, seen_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {secrets::tokenHash(s.token), account.id, s.csrf, toRfc3339(now),
            toRfc3339(now.addSecs(idleMinutes * 60)), toRfc3339(now)});
    return s;
}

std::optional<WebSessions::Session> WebSessions::find(const QString &token)
{
    if (token.isEmpty() || token.size() > 100)
        return std::nullopt;
    const QString hash = secrets::tokenHash(token);
    QSqlQuery q = m_db.exec(
        QStringLiteral(
            "SELECT s.csrf, s.created_at, s.expires_at, s.seen_at, u.id, u.role, "
            "u.team_id, u.active, u.password_changed_at, u.foster_home_id FROM web_sessions s JOIN "
            "users u ON u.id = s.user_id WHERE s.token_hash = ?"),
        {hash});
    if (!q.next())
        return std::nullopt;
    const QDateTime now = m_clock.now();
    const QString at = toRfc3339(now);
    const QString created = q.value(1).toString();
    const QDateTime hardEnd = parseRfc3339(created).value_or(now).addSecs(maxHours * 3600);
    const QString changed = q.value(8).toString();
    const bool valid = q.value(2).toString() > at && hardEnd > now
        && q.value(5).toString() == m_role && q.value(7).toInt() != 0
        && (changed.isEmpty() || changed <= created);
    Session s {{}, q.value(0).toString(),
        Caller {q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
            q.value(9).toString(), {}}};
    const QString seen = q.value(3).toString();
    q.finish(); // a write after an open SELECT fails on a stale SQLite snapshot
    if (!valid) {
        m_db.exec(QStringLiteral("DELETE FROM web_sessions WHERE token_hash = ?"), {hash});
        return std::nullopt;
    }
    // Idle time is counted in minutes: one write a minute at most, not one per page.
    if (seen.left(16) != at.left(16)) {
        const QDateTime end = qMin(now.addSecs(idleMinutes * 60), hardEnd);
        m_db.exec(QStringLiteral(
                      "UPDATE web_sessions SET seen_at = ?, expires_at = ? WHERE token_hash = ?"),
            {at, toRfc3339(end), hash});
    }
    return s;
}

void WebSessions::close(const QString &token)
{
    m_db.exec(QStringLiteral("DELETE FROM web_sessions WHERE token_hash = ?"),
        {secrets::tokenHash(token)});
}

} // namespace barntid::server
