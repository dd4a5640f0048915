// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit.h"

#include "database.h"
#include "domain/ids.h"
#include "domain/timeformat.h"

#include <QDateTime>

namespace barntid::server {

Audit::Audit(const Caller &caller, const Clock &clock)
    : m_caller(caller)
    , m_at(toRfc3339(clock.now()))
{ }

bool Audit::isCaseContent(const QString &entity)
{
    static const QStringList content {QStringLiteral("case"), QStringLiteral("visit"),
        QStringLiteral("visit_amendment"), QStringLiteral("child_time"), QStringLiteral("contact"),
        QStringLiteral("time_entry"), QStringLiteral("review"), QStringLiteral("access_event"),
        QStringLiteral("foster_home"), QStringLiteral("survey_response")};
    return content.contains(entity);
}

void Audit::add(
    const QString &action, const QString &entity, const QString &recordId, const QString &outcome)
{
    m_rows.append(
        {newId(), m_at, m_caller.userId.isEmpty() ? QVariant() : QVariant(m_caller.userId),
            m_caller.deviceId.isEmpty() ? QVariant() : QVariant(m_caller.deviceId), action,
            entity.isEmpty() ? QVariant() : QVariant(entity),
            recordId.isEmpty() ? QVariant() : QVariant(recordId), outcome});
}

void Audit::write(Database &db)
{
    db.execRows(QStringLiteral("INSERT INTO audit (id, at, user_id, device_id, action, entity, "
                               "record_id, outcome)"),
        m_rows);
    m_rows.clear();
}

} // namespace barntid::server
