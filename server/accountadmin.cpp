// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountadmin.h"

#include "accounts.h"
#include "audit.h"
#include "auth.h"
#include "changewriter.h"
#include "database.h"
#include "domain/timeformat.h"
#include "recordstore.h"
#include "scope.h"
#include "secrets.h"
#include "servererror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>

namespace barntid::server {

namespace {

ServerError invalid(const QString &message)
{
    return ServerError {400, QStringLiteral("invalid"), message};
}

} // namespace

AccountAdmin::AccountAdmin(Database &db, Accounts &accounts, const Clock &clock)
    : m_db(db)
    , m_accounts(accounts)
    , m_clock(clock)
{ }

QString AccountAdmin::now() const
{
    return toRfc3339(m_clock.now());
}

Account AccountAdmin::require(const QString &username)
{
    const std::optional<Account> a = m_accounts.byUsername(username.trimmed().toLower());
    if (!a)
        throw ServerError {404, QStringLiteral("not_found"), QStringLiteral("no such user")};
    return *a;
}

void AccountAdmin::audit(const Account &account, const QString &outcome)
{
    // The admin works on the server's console: no account or device stands behind the change.
    Audit log(Caller {}, m_clock);
    log.add(QStringLiteral("admin"), QStringLiteral("user"), account.id, outcome);
    log.write(m_db);
}

void AccountAdmin::forgiveFailedLogins(const Account &account)
{
    m_db.exec(QStringLiteral("DELETE FROM login_failures WHERE key = ?"),
        {Auth::accountKey(account.username)});
}

void AccountAdmin::endSessions(const QString &userId, bool resync)
{
    m_db.exec(QStringLiteral("UPDATE devices SET token_hash = NULL, must_reset = CASE WHEN ? = 1 "
                             "THEN 1 ELSE must_reset END WHERE user_id = ?"),
        {resync ? 1 : 0, userId});
}

QJsonArray AccountAdmin::list()
{
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT u.id, u.username, u.display_name, u.role, t.name, u.foster_home_id, u.active, "
        "u.disabled_at, (SELECT COUNT(*) FROM devices d WHERE d.user_id = u.id AND "
        "d.revoked_at IS NULL AND d.wiped_at IS NULL) FROM users u LEFT JOIN teams t ON "
        "t.id = u.team_id ORDER BY u.username"));
    QJsonArray out;
    while (q.next()) {
        QJsonObject o {{QStringLiteral("id"), q.value(0).toString()},
            {QStringLiteral("username"), q.value(1).toString()},
            {QStringLiteral("display_name"), q.value(2).toString()},
            {QStringLiteral("role"), q.value(3).toString()},
            {QStringLiteral("active"), q.value(6).toInt() != 0},
            {QStringLiteral("devices"), q.value(8).toInt()}};
        if (!q.value(4).isNull())
            o.insert(QStringLiteral("team"), q.value(4).toString());
        if (!q.value(5).isNull())
            o.insert(QStringLiteral("foster_home_id"), q.value(5).toString());
        if (!q.value(7).isNull())
            o.insert(QStringLiteral("disabled_at"), q.value(7).toString());
        out.append(o);
    }
    return out;
}

void AccountAdmin::disable(const QString &username)
{
    WriteTransaction tx(m_db);
    const Account a = require(username);
    m_db.exec(
        QStringLiteral("UPDATE users SET active = 0, disabled_at = ? WHERE id = ?"), {now(), a.id});
    audit(a, QStringLiteral("disabled"));
    tx.commit();
}

void AccountAdmin::enable(const QString &username)
{
    WriteTransaction tx(m_db);
    const Account a = require(username);
    m_db.exec(
        QStringLiteral("UPDATE users SET active = 1, disabled_at = NULL WHERE id = ?"), {a.id});
    forgiveFailedLogins(a);
    audit(a, QStringLiteral("enabled"));
    tx.commit();
}

void AccountAdmin::setPassword(const QString &username, const QString &password)
{
    if (password.size() < 8)
        throw invalid(QStringLiteral("a password needs at least 8 characters"));
    const QString hash = secrets::hashPassword(password); // slow: before the writer lock
    WriteTransaction tx(m_db);
    const Account a = require(username);
    m_db.exec(
        QStringLiteral("UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ?"),
        {hash, now(), a.id});
    endSessions(a.id, false);
    forgiveFailedLogins(a);
    audit(a, QStringLiteral("password_reset"));
    tx.commit();
}

void AccountAdmin::checkHoldsNothing(const Account &a)
{
    // A case's audience is its responsible worker (and the team): no JSON to search.
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT (SELECT COUNT(*) FROM audience a JOIN records r ON r.entity = "
                       "a.entity AND r.id = a.id WHERE a.entity = 'case' AND a.key = ? AND "
                       "r.deleted = 0), (SELECT COUNT(*) FROM foster_home_workers WHERE "
                       "user_id = ?)"),
        {QStringLiteral("user:") + a.id, a.id});
    if (q.next() && (q.value(0).toInt() > 0 || q.value(1).toInt() > 0))
        throw ServerError {409, QStringLiteral("holds_records"),
            QStringLiteral("hand the user's cases and foster homes to a colleague first "
                           "(case assign, foster-home assign)")};
}

void AccountAdmin::setRole(const QString &username, const QString &role, const QString &teamName)
{
    if (role != u"social_worker" && role != u"supervisor" && role != u"admin")
        throw invalid(QStringLiteral("set-role takes social_worker, supervisor or admin"));
    WriteTransaction tx(m_db);
    const Account a = require(username);
    if (a.role == u"foster_parent")
        throw invalid(QStringLiteral("a foster parent's account keeps its role; add a new one"));
    if (a.role == role)
        return;
    if (a.role == u"social_worker")
        checkHoldsNothing(a);
    QString teamId = teamName.isEmpty() ? a.teamId : m_accounts.ensureTeam(teamName);
    if (role == u"admin")
        teamId.clear();
    else if (teamId.isEmpty())
        throw invalid(QStringLiteral("a %1 needs --team").arg(role));
    if (role == u"supervisor")
        m_accounts.leadTeam(a.id, teamId);
    else if (a.role == u"supervisor")
        m_accounts.leaveTeamLead(a.id);
    m_db.exec(QStringLiteral("UPDATE users SET role = ?, team_id = ? WHERE id = ?"),
        {role, Database::orNull(teamId), a.id});
    // The devices hold data of the old role: they sign in again and start over.
    endSessions(a.id, true);
    audit(a, QStringLiteral("role:") + role);
    tx.commit();
}

void AccountAdmin::setTeam(const QString &username, const QString &teamName)
{
    if (teamName.trimmed().isEmpty())
        throw invalid(QStringLiteral("set-team needs --team"));
    WriteTransaction tx(m_db);
    const Account a = require(username);
    if (a.role != u"social_worker" && a.role != u"supervisor")
        throw invalid(QStringLiteral("only social workers and supervisors belong to a team"));
    const QString teamId = m_accounts.ensureTeam(teamName.trimmed());
    if (teamId == a.teamId)
        return;
    if (a.role == u"supervisor")
        m_accounts.leadTeam(a.id, teamId);
    m_db.exec(QStringLiteral("UPDATE users SET team_id = ? WHERE id = ?"), {teamId, a.id});
    if (a.role == u"social_worker")
        reaudience(a.id); // the old supervisor loses sight, the new one gains it
    else
        endSessions(a.id, true); // a supervisor's device holds the old team's records
    audit(a, QStringLiteral("team_changed"));
    tx.commit();
}

void AccountAdmin::reaudience(const QString &userId)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT entity, id FROM audience WHERE key = ?"),
        {QStringLiteral("user:") + userId});
    QList<RecordKey> keys;
    while (q.next())
        keys.append(RecordKey {q.value(0).toString(), q.value(1).toString()});
    q.finish();
    RecordStore store(m_db);
    Scope scope(store, m_accounts);
    ChangeWriter writer(store, scope, m_clock);
    for (const StoredRecord &r : store.load(keys))
        writer.add(r);
    writer.commit();
}

} // namespace barntid::server
