// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesslog.h"

#include "database.h"
#include "domain/timeformat.h"
#include "recordstore.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace barntid::server {

namespace {

QDateTime startOfStockholmDay(QDate day)
{
    return QDateTime(day, QTime(0, 0), stockholm()).toUTC();
}

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(toRfc3339(t)) : QJsonValue();
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

bool AccessLogFilter::setFrom(const QString &text)
{
    if (const std::optional<QDate> day = parseIsoDate(text)) {
        from = startOfStockholmDay(*day);
        return true;
    }
    from = parseRfc3339(text);
    return from.has_value();
}

bool AccessLogFilter::setTo(const QString &text)
{
    if (const std::optional<QDate> day = parseIsoDate(text)) {
        until = startOfStockholmDay(day->addDays(1));
        return true;
    }
    // Stored times carry milliseconds: the next one is the first instant after "to".
    const std::optional<QDateTime> to = parseRfc3339(text);
    if (to)
        until = to->addMSecs(1);
    return to.has_value();
}

QJsonObject AccessLogRow::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("opened_at"), timeOrNull(openedAt)},
        {QStringLiteral("received_at"), timeOrNull(receivedAt)},
        {QStringLiteral("user_id"), textOrNull(userId)},
        {QStringLiteral("username"), textOrNull(username)},
        {QStringLiteral("display_name"), textOrNull(displayName)},
        {QStringLiteral("device_id"), textOrNull(deviceId)},
        {QStringLiteral("device_name"), textOrNull(deviceName)},
        {QStringLiteral("case_id"), textOrNull(caseId)},
        {QStringLiteral("case_number"), textOrNull(caseNumber)},
        {QStringLiteral("record_entity"), textOrNull(recordEntity)},
        {QStringLiteral("record_id"), textOrNull(recordId)}};
}

AccessLog::AccessLog(Database &db)
    : m_db(db)
{ }

QList<AccessLogRow> AccessLog::rows(const Caller &supervisor, const AccessLogFilter &filter)
{
    // The team's audience key is the scope rule itself: the events of the team's members and of
    // the supervisor, and of nobody else, whatever the filters name.
    QString sql = QStringLiteral(
        "SELECT r.id, r.author_id, r.device_id, r.case_id, r.data, r.received_at, u.username, "
        "u.display_name, d.name FROM records r JOIN audience a ON a.entity = r.entity AND "
        "a.id = r.id AND a.key = ? LEFT JOIN users u ON u.id = r.author_id "
        "LEFT JOIN devices d ON d.id = r.device_id "
        "WHERE r.entity = 'access_event' AND r.deleted = 0");
    QVariantList binds {supervisor.audienceKey()};
    if (!filter.caseId.isEmpty()) {
        sql += QStringLiteral(" AND r.case_id = ?");
        binds << filter.caseId;
    }
    if (!filter.userId.isEmpty()) {
        sql += QStringLiteral(" AND r.author_id = ?");
        binds << filter.userId;
    }
    QSqlQuery q = m_db.exec(sql, binds);
    QList<AccessLogRow> out;
    QStringList caseIds;
    while (q.next()) {
        const QJsonObject data = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        AccessLogRow row;
        row.openedAt = parseRfc3339(data.value(QLatin1StringView("opened_at")).toString())
                           .value_or(QDateTime());
        if (!row.openedAt.isValid() || (filter.from && row.openedAt < *filter.from)
            || (filter.until && row.openedAt >= *filter.until))
            continue;
        row.id = q.value(0).toString();
        row.userId = q.value(1).toString();
        row.deviceId = q.value(2).toString();
        row.caseId = q.value(3).toString();
        row.receivedAt = parseRfc3339(q.value(5).toString()).value_or(QDateTime());
        row.username = q.value(6).toString();
        row.displayName = q.value(7).toString();
        row.deviceName = q.value(8).toString();
        row.recordEntity = data.value(QLatin1StringView("record_entity")).toString();
        row.recordId = data.value(QLatin1StringView("record_id")).toString();
        caseIds << row.caseId;
        out << row;
    }
    q.finish();
    const QHash<QString, QString> numbers = caseNumbers(caseIds);
    for (AccessLogRow &row : out)
        row.caseNumber = numbers.value(row.caseId);
    if (!filter.caseNumber.trimmed().isEmpty()) {
        const QString wanted = filter.caseNumber.trimmed();
        out.removeIf([&](const AccessLogRow &row) {
            return row.caseNumber.compare(wanted, Qt::CaseInsensitive) != 0;
        });
    }
    std::sort(out.begin(), out.end(), [](const AccessLogRow &a, const AccessLogRow &b) {
        return std::tie(a.openedAt, a.receivedAt, a.id) > std::tie(b.openedAt, b.receivedAt, b.id);
    });
    return out;
}

QHash<QString, QString> AccessLog::caseNumbers(const QStringList &caseIds)
{
    QList<RecordKey> keys;
    QStringList distinct = caseIds;
    distinct.removeDuplicates();
    for (const QString &id : std::as_const(distinct)) {
        if (!id.isEmpty())
            keys.append(RecordKey {QStringLiteral("case"), id});
    }
    QHash<QString, QString> numbers;
    for (const StoredRecord &c : RecordStore(m_db).load(keys))
        numbers.insert(c.id, c.text("case_number"));
    return numbers;
}

} // namespace barntid::server
