// SPDX-License-Identifier: GPL-3.0-or-later
// ServerCli's account and device commands (DESIGN.md §7), apart from serving and seeding.
#include "accountadmin.h"
#include "accounts.h"
#include "adminwrites.h"
#include "auth.h"
#include "database.h"
#include "domain/ids.h"
#include "servercli.h"

#include <QJsonDocument>

namespace barntid::server {

int ServerCli::user()
{
    const QString action = m_args.value(2);
    const QString username = option(QStringLiteral("username"));
    static const QStringList actions {QStringLiteral("add"), QStringLiteral("list"),
        QStringLiteral("disable"), QStringLiteral("enable"), QStringLiteral("passwd"),
        QStringLiteral("set-role"), QStringLiteral("set-team")};
    if (!actions.contains(action))
        return fail(QStringLiteral("usage: user add|list|disable|enable|passwd|set-role|set-team "
                                   "--database URL --username U ..."),
            2);
    if (action == u"add")
        return addUser();
    if (action != u"list" && username.isEmpty())
        return fail(QStringLiteral("user %1 needs --username").arg(action), 2);
    Database &db = openDatabase();
    Accounts accounts(db, *m_clock);
    AccountAdmin admin(db, accounts, *m_clock);
    if (action == u"list") {
        m_out << QJsonDocument(admin.list()).toJson();
        return 0;
    }
    if (action == u"disable")
        admin.disable(username);
    else if (action == u"enable")
        admin.enable(username);
    else if (action == u"passwd")
        admin.setPassword(username, readPassword());
    else if (action == u"set-role")
        admin.setRole(username, option(QStringLiteral("role")), option(QStringLiteral("team")));
    else
        admin.setTeam(username, option(QStringLiteral("team")));
    m_out << action << ' ' << username.trimmed().toLower() << Qt::endl;
    return 0;
}

int ServerCli::addUser()
{
    if (!flag(QStringLiteral("password-stdin")))
        return fail(QStringLiteral("give the password on stdin with --password-stdin"), 2);
    Database &db = openDatabase();
    Accounts accounts(db, *m_clock);
    QString warning;
    db.begin();
    try {
        const QString id = accounts.addUser(option(QStringLiteral("username")),
            option(QStringLiteral("display-name")), option(QStringLiteral("role")),
            option(QStringLiteral("team")), option(QStringLiteral("foster-home")), readPassword(),
            &warning);
        db.commit();
        if (option(QStringLiteral("role")) == u"foster_parent")
            AdminWrites::refreshFosterHome(
                db, accounts, *m_clock, option(QStringLiteral("foster-home")));
        m_out << id << Qt::endl;
    } catch (...) {
        db.rollback();
        throw;
    }
    if (!warning.isEmpty())
        m_err << "warning: " << warning << Qt::endl;
    return 0;
}

int ServerCli::device()
{
    const QString action = m_args.value(2);
    static const QStringList actions {QStringLiteral("list"), QStringLiteral("revoke"),
        QStringLiteral("wipe"), QStringLiteral("lift")};
    if (!actions.contains(action))
        return fail(QStringLiteral("usage: device list|revoke|wipe|lift --database URL ..."), 2);
    const QString id = option(QStringLiteral("device"));
    const QString username = option(QStringLiteral("username"));
    if (action != u"list") {
        const bool byUser = action != u"lift" && id.isEmpty() && !username.isEmpty();
        if (!byUser && !isValidId(id))
            return fail(QStringLiteral("device %1 wants --device ID (see device list)%2")
                            .arg(action,
                                action == u"lift" ? QString() : QStringLiteral(" or --username U")),
                2);
    }
    Database &db = openDatabase();
    Accounts accounts(db, *m_clock);
    Auth auth(db, accounts, Auth::Limits {}, *m_clock);
    if (action == u"list") {
        m_out << QJsonDocument(auth.devices(username)).toJson();
        return 0;
    }
    const QString who = id.isEmpty() ? QString() : id;
    int changed = 0;
    if (action == u"revoke")
        changed = auth.revoke(who, who.isEmpty() ? username : QString());
    else if (action == u"wipe")
        changed = auth.wipe(who, who.isEmpty() ? username : QString());
    else
        changed = auth.lift(who);
    if (changed == 0)
        return fail(QStringLiteral("no such device"));
    const char *done = action == u"revoke" ? "revoked"
        : action == u"wipe"                ? "marked for wipe"
                                           : "lifted";
    m_out << done << ' ' << changed << (changed == 1 ? " device" : " devices") << Qt::endl;
    return 0;
}

} // namespace barntid::server
