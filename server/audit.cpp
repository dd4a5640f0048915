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
    m_groups[{action, outcome}].append(
        {newId(), Database::orNull(entity), Database::orNull(recordId)});
}

void Audit::write(Database &db)
{
    const QVariant user = Database::orNull(m_caller.userId);
    const QVariant device = Database::orNull(m_caller.deviceId);
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        db.insertRows(QStringLiteral("INSERT INTO audit (id, entity, record_id, at, user_id, "
                                     "device_id, action, outcome)"),
            it.value(), {m_at, user, device, it.key().first, it.key().second});
    }
    m_groups.clear();
}

void Audit::commit(Database &db)
{
    if (isEmpty())
        return;
    db.begin();
    write(db);
    db.commit();
}

} // namespace barntid::server
