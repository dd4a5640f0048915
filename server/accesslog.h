// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caller.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace barntid::server {

class Database;

/** What the supervisor narrows the access log to: a case (by id or by case number), a person
 *  and a period. */
struct AccessLogFilter
{
    QString caseId;
    QString caseNumber; ///< the page's filter: the case number as written, any letter case
    QString userId;
    std::optional<QDateTime> from; ///< inclusive
    std::optional<QDateTime> until; ///< exclusive

    /** RFC 3339, or YYYY-MM-DD: the start of that Europe/Stockholm day. False when neither. */
    bool setFrom(const QString &text);
    /** RFC 3339 (that instant included), or YYYY-MM-DD: up to the end of that Stockholm day. */
    bool setTo(const QString &text);
};

/** One opening of a case record as the supervisor reads it: who, when, where; no content. */
struct AccessLogRow
{
    QString id;
    QDateTime openedAt; ///< UTC
    QDateTime receivedAt; ///< UTC; invalid when unknown
    QString userId, username, displayName;
    QString deviceId, deviceName;
    QString caseId, caseNumber;
    QString recordEntity, recordId;

    QJsonObject toJson() const;
};

/** The access_event records of a supervisor's team (DESIGN.md §5: the team's, read), the
 *  supervisor's own included, newest first. */
class AccessLog
{
public:
    explicit AccessLog(Database &db);

    QList<AccessLogRow> rows(const Caller &supervisor, const AccessLogFilter &filter);

private:
    /** case id → case number, for the cases the rows name. */
    QHash<QString, QString> caseNumbers(const QStringList &caseIds);

    Database &m_db;
};

} // namespace barntid::server
