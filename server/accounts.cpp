// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts.h"

#include "database.h"
#include "domain/ids.h"
#include "domain/timeformat.h"
#include "secrets.h"
#include "servererror.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>

namespace barntid::server {

namespace {

constexpr int teamLimit = 12;

ServerError invalid(const QString &message)
{
    return ServerError {400, QStringLiteral("invalid"), message};
}

Account readAccount(QSqlQuery &q)
{
    return Account {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
        q.value(7).toInt() != 0, q.value(8).toString()};
}

const QString accountColumns = QStringLiteral(
    "SELECT id, username, display_name, role, team_id, foster_home_id, password_hash, active, "
    "created_at FROM users ");

} // namespace

Accounts::Accounts(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

const QStringList &Accounts::roles()
{
    static const QStringList all {QStringLiteral("social_worker"), QStringLiteral("supervisor"),
        QStringLiteral("foster_parent"), QStringLiteral("admin")};
    return all;
}

QString Accounts::ensureTeam(const QString &name)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM teams WHERE name = ?"), {name});
    if (q.next())
        return q.value(0).toString();
    const QString id = newId();
    m_db.exec(QStringLiteral("INSERT INTO teams (id, name) VALUES (?, ?)"), {id, name});
    return id;
}

QString Accounts::addUser(const QString &username, const QString &displayName, const QString &role,
    const QString &teamName, const QString &fosterHomeId, const QString &password, QString *warning)
{
    static const QRegularExpression usernamePattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,63}$"));
    if (!usernamePattern.match(username).hasMatch())
        throw invalid(QStringLiteral("a username is 2-64 of a-z, 0-9, '.', '_', '-'"));
    if (!roles().contains(role))
        throw invalid(QStringLiteral("the role must be one of %1").arg(roles().join(u", ")));
    if (password.size() < 8)
        throw invalid(QStringLiteral("a password needs at least 8 characters"));
    if ((role == u"social_worker" || role == u"supervisor") && teamName.isEmpty())
        throw invalid(QStringLiteral("a %1 needs --team").arg(role));
    if (role == u"foster_parent" && !isValidId(fosterHomeId))
        throw invalid(QStringLiteral("a foster_parent needs --foster-home with the home's id"));
    if (role == u"foster_parent") {
        QSqlQuery home = m_db.exec(QStringLiteral("SELECT 1 FROM records WHERE entity = "
                                                  "'foster_home' AND id = ? AND deleted = 0"),
            {fosterHomeId.toLower()});
        if (!home.next())
            throw invalid(QStringLiteral("there is no foster home with that id"));
    }
    if (byUsername(username))
        throw ServerError {409, QStringLiteral("exists"), QStringLiteral("the username is taken")};
    QString teamId;
    if (!teamName.isEmpty())
        teamId = ensureTeam(teamName);
    const QString id = newId();
    if (role == u"supervisor")
        leadTeam(id, teamId);
    m_db.exec(QStringLiteral("INSERT INTO users (id, username, display_name, role, team_id, "
                             "foster_home_id, password_hash, active, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)"),
        {id, username, displayName.isEmpty() ? username : displayName, role,
            teamId.isEmpty() ? QVariant() : QVariant(teamId),
            fosterHomeId.isEmpty() ? QVariant() : QVariant(fosterHomeId.toLower()),
            secrets::hashPassword(password), toRfc3339(m_clock.now())});
    if (warning && !teamId.isEmpty() && teamSize(teamId) > teamLimit) {
        *warning = QStringLiteral("team %1 now has %2 members; a supervisor leads at most about %3")
                       .arg(teamName)
                       .arg(teamSize(teamId))
                       .arg(teamLimit);
    }
    return id;
}

std::optional<Account> Accounts::byUsername(const QString &username)
{
    QSqlQuery q = m_db.exec(accountColumns + QStringLiteral("WHERE username = ?"), {username});
    if (!q.next())
        return std::nullopt;
    return readAccount(q);
}

std::optional<Account> Accounts::byId(const QString &id)
{
    QSqlQuery &q = m_db.run(accountColumns + QStringLiteral("WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return readAccount(q);
}

QString Accounts::teamOf(const QString &userId)
{
    QSqlQuery &q = m_db.run(QStringLiteral("SELECT team_id FROM users WHERE id = ?"), {userId});
    return q.next() ? q.value(0).toString() : QString();
}

int Accounts::teamSize(const QString &teamId)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT COUNT(*) FROM users WHERE team_id = ? AND role = 'social_worker'"),
        {teamId});
    return q.next() ? q.value(0).toInt() : 0;
}

QStringList Accounts::idList(const QString &sql, const QString &key)
{
    QStringList ids;
    QSqlQuery &q = m_db.run(sql, {key});
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

QString Accounts::createdAt(const QString &userId)
{
    auto it = m_createdAt.find(userId);
    if (it == m_createdAt.end()) {
        QSqlQuery &q
            = m_db.run(QStringLiteral("SELECT created_at FROM users WHERE id = ?"), {userId});
        it = m_createdAt.insert(userId, q.next() ? q.value(0).toString() : QString());
    }
    return *it;
}

QStringList Accounts::workersOfHome(const QString &fosterHomeId)
{
    return idList(
        QStringLiteral(
            "SELECT user_id FROM foster_home_workers WHERE foster_home_id = ? ORDER BY user_id"),
        fosterHomeId);
}

QStringList Accounts::parentsOfHome(const QString &fosterHomeId)
{
    return idList(
        QStringLiteral(
            "SELECT id FROM users WHERE foster_home_id = ? AND role = 'foster_parent' ORDER BY id"),
        fosterHomeId);
}

QStringList Accounts::homesOfWorker(const QString &userId)
{
    return idList(QStringLiteral("SELECT foster_home_id FROM foster_home_workers WHERE user_id = ? "
                                 "ORDER BY foster_home_id"),
        userId);
}

void Accounts::leadTeam(const QString &userId, const QString &teamId)
{
    QSqlQuery q
        = m_db.exec(QStringLiteral("SELECT supervisor_id FROM teams WHERE id = ?"), {teamId});
    const QString current = q.next() ? q.value(0).toString() : QString();
    q.finish();
    if (!current.isEmpty() && current != userId)
        throw ServerError {409, QStringLiteral("team_has_supervisor"),
            QStringLiteral("the team already has a supervisor")};
    leaveTeamLead(userId);
    m_db.exec(QStringLiteral("UPDATE teams SET supervisor_id = ? WHERE id = ?"), {userId, teamId});
}

void Accounts::leaveTeamLead(const QString &userId)
{
    m_db.exec(
        QStringLiteral("UPDATE teams SET supervisor_id = NULL WHERE supervisor_id = ?"), {userId});
}

void Accounts::assignWorker(const QString &fosterHomeId, const QString &userId)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT 1 FROM foster_home_workers WHERE "
                                           "foster_home_id = ? AND user_id = ?"),
        {fosterHomeId, userId});
    if (!q.next()) {
        m_db.exec(QStringLiteral(
                      "INSERT INTO foster_home_workers (foster_home_id, user_id) VALUES (?, ?)"),
            {fosterHomeId, userId});
    }
}

} // namespace barntid::server
