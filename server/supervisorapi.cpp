// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervisorapi.h"

#include "accesslogcsv.h"
#include "audit.h"
#include "database.h"
#include "domain/ids.h"
#include "domain/timeformat.h"
#include "servererror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace barntid::server {

namespace {

QJsonValue textOrNull(const QVariant &v)
{
    return v.isNull() || v.toString().isEmpty() ? QJsonValue() : QJsonValue(v.toString());
}

ServerError badFilter(const QString &message)
{
    return ServerError {400, QStringLiteral("invalid"), message};
}

AccessLogFilter parseFilter(const QUrlQuery &query)
{
    AccessLogFilter f;
    const auto item = [&](const char *name) {
        return query.queryItemValue(QLatin1StringView(name), QUrl::FullyDecoded).trimmed();
    };
    f.caseId = item("case_id").toLower();
    f.userId = item("user_id").toLower();
    if ((!f.caseId.isEmpty() && !isValidId(f.caseId))
        || (!f.userId.isEmpty() && !isValidId(f.userId)))
        throw badFilter(QStringLiteral("case_id and user_id are UUIDs"));
    if ((!item("from").isEmpty() && !f.setFrom(item("from")))
        || (!item("to").isEmpty() && !f.setTo(item("to"))))
        throw badFilter(QStringLiteral("from and to are RFC 3339 times or YYYY-MM-DD dates"));
    return f;
}

} // namespace

SupervisorApi::SupervisorApi(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

void SupervisorApi::audit(const Caller &caller, const QString &what, const QString &outcome)
{
    Audit log(caller, m_clock);
    log.add(QStringLiteral("read"), what, {}, outcome);
    log.commit(m_db);
}

void SupervisorApi::requireSupervisor(const Caller &caller, const QString &what)
{
    if (caller.disabled) {
        audit(caller, what, QStringLiteral("account_disabled"));
        throw ServerError {401, QStringLiteral("account_disabled"),
            QStringLiteral("the account is disabled; the device may only deliver its changes")};
    }
    if (!caller.isSupervisor() || caller.teamId.isEmpty()) {
        audit(caller, what, QStringLiteral("forbidden"));
        throw ServerError {403, QStringLiteral("forbidden"),
            QStringLiteral("only a team's supervisor reads this")};
    }
}

QJsonObject SupervisorApi::team(const Caller &caller)
{
    requireSupervisor(caller, QStringLiteral("team"));
    QSqlQuery t = m_db.exec(QStringLiteral("SELECT name FROM teams WHERE id = ?"), {caller.teamId});
    const QString name = t.next() ? t.value(0).toString() : QString();
    t.finish();
    QHash<QString, QJsonArray> devices;
    QSqlQuery d = m_db.exec(
        QStringLiteral("SELECT d.user_id, d.id, d.name, d.last_seen_at FROM devices d JOIN users "
                       "u ON u.id = d.user_id WHERE u.team_id = ? AND d.revoked_at IS NULL AND "
                       "d.wiped_at IS NULL ORDER BY d.created_at, d.id"),
        {caller.teamId});
    while (d.next()) {
        devices[d.value(0).toString()].append(
            QJsonObject {{QStringLiteral("id"), d.value(1).toString()},
                {QStringLiteral("name"), d.value(2).toString()},
                {QStringLiteral("last_seen_at"), textOrNull(d.value(3))}});
    }
    d.finish();
    QJsonArray members;
    QSqlQuery u = m_db.exec(QStringLiteral("SELECT id, username, display_name, role, active FROM "
                                           "users WHERE team_id = ? ORDER BY username"),
        {caller.teamId});
    while (u.next()) {
        const QString id = u.value(0).toString();
        members.append(QJsonObject {{QStringLiteral("id"), id},
            {QStringLiteral("username"), u.value(1).toString()},
            {QStringLiteral("display_name"), u.value(2).toString()},
            {QStringLiteral("role"), u.value(3).toString()},
            {QStringLiteral("active"), u.value(4).toInt() != 0},
            {QStringLiteral("devices"), devices.value(id)}});
    }
    return {
        {QStringLiteral("team"),
            QJsonObject {{QStringLiteral("id"), caller.teamId}, {QStringLiteral("name"), name}}},
        {QStringLiteral("members"), members}};
}

QList<AccessLogRow> SupervisorApi::readLog(
    const Caller &caller, const AccessLogFilter &filter, const QString &format)
{
    requireSupervisor(caller, QStringLiteral("access_log"));
    // Which log was read, in what form and narrowed to whom: ids only, never a case number.
    QString outcome = QStringLiteral("listed:") + format;
    if (!filter.caseId.isEmpty())
        outcome += QStringLiteral(";case=") + filter.caseId;
    if (!filter.userId.isEmpty())
        outcome += QStringLiteral(";user=") + filter.userId;
    QList<AccessLogRow> rows = AccessLog(m_db).rows(caller, filter);
    audit(caller, QStringLiteral("access_log"), outcome);
    return rows;
}

HttpReply SupervisorApi::accessLog(const Caller &caller, const QUrlQuery &query)
{
    requireSupervisor(caller, QStringLiteral("access_log"));
    const QString format = query.queryItemValue(QStringLiteral("format")).isEmpty()
        ? QStringLiteral("json")
        : query.queryItemValue(QStringLiteral("format"));
    if (format != u"json" && format != u"csv")
        throw badFilter(QStringLiteral("format is json or csv"));
    const QList<AccessLogRow> rows = readLog(caller, parseFilter(query), format);
    if (format == u"csv")
        return csv(rows);
    QJsonArray events;
    for (const AccessLogRow &r : rows)
        events.append(r.toJson());
    HttpReply reply;
    reply.body = QJsonDocument(
        QJsonObject {{QStringLiteral("events"),
            events}}).toJson(QJsonDocument::Compact);
    return reply;
}

HttpReply SupervisorApi::csv(const QList<AccessLogRow> &rows)
{
    HttpReply reply;
    reply.contentType = QByteArrayLiteral("text/csv; charset=utf-8");
    reply.body = AccessLogCsv::write(rows);
    const QDate today = m_clock.now().toTimeZone(stockholm()).date();
    reply.headers.append({QByteArrayLiteral("Content-Disposition"),
        "attachment; filename=\"" + AccessLogCsv::fileName(today).toLatin1() + '"'});
    return reply;
}

} // namespace barntid::server
