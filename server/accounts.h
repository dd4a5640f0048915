// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clock.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace barntid::server {

class Database;

struct Account
{
    QString id;
    QString username;
    QString displayName;
    QString role;
    QString teamId;
    QString fosterHomeId;
    QString passwordHash;
    bool active = true;
    QString createdAt; ///< nothing the account signs can be older than this
};

/** Users, teams and the links between foster homes and accounts, as the admin commands set them. */
class Accounts
{
public:
    Accounts(Database &db, const Clock &clock);

    static const QStringList &roles();
    /** Creates the team if needed. A team has one supervisor; adding a second is refused. */
    QString ensureTeam(const QString &name);
    /** Returns the new id. Throws ServerError on a taken username, unknown role or team rule.
     *  *warning gets a line when a team grows past 12 members (DESIGN.md §1). */
    QString addUser(const QString &username, const QString &displayName, const QString &role,
        const QString &teamName, const QString &fosterHomeId, const QString &password,
        QString *warning = nullptr);
    std::optional<Account> byUsername(const QString &username);
    std::optional<Account> byId(const QString &id);
    QString teamOf(const QString &userId);
    QStringList workersOfHome(const QString &fosterHomeId);
    QStringList parentsOfHome(const QString &fosterHomeId);
    QStringList homesOfWorker(const QString &userId);
    /** When the account was made, cached: every signed time in a push is checked against it. */
    QString createdAt(const QString &userId);
    void assignWorker(const QString &fosterHomeId, const QString &userId);
    /** Makes the user the team's one supervisor (leaving any team they led); 409 when the team
     *  has another. */
    void leadTeam(const QString &userId, const QString &teamId);
    /** The team the user led has no supervisor any more. */
    void leaveTeamLead(const QString &userId);
    int teamSize(const QString &teamId);

private:
    QStringList idList(const QString &sql, const QString &key);

    Database &m_db;
    const Clock &m_clock;
    QHash<QString, QString> m_createdAt;
};

} // namespace barntid::server
