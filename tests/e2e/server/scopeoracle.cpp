// SPDX-License-Identifier: GPL-3.0-or-later
#include "scopeoracle.h"

#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace e2eserver {

QString ScopeOracle::Record::text(const char *field) const
{
    return data.value(QLatin1StringView(field)).toString();
}

ScopeOracle::ScopeOracle(TestDatabase &db)
{
    QSqlQuery q = db.query(
        QStringLiteral("SELECT entity, id, data FROM records WHERE deleted = 0 ORDER BY seq"));
    while (q.next()) {
        m_records.append(Record {q.value(0).toString(), q.value(1).toString(),
            QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object()});
    }
    QSqlQuery u = db.query(QStringLiteral("SELECT username, id, role, COALESCE(team_id, ''), "
                                          "COALESCE(foster_home_id, '') FROM users"));
    while (u.next()) {
        m_users.insert(u.value(0).toString(),
            User {u.value(1).toString(), u.value(2).toString(), u.value(3).toString(),
                u.value(4).toString()});
    }
    QSqlQuery h
        = db.query(QStringLiteral("SELECT foster_home_id, user_id FROM foster_home_workers"));
    while (h.next())
        m_homeWorkers[h.value(0).toString()].append(h.value(1).toString());
    m_error = db.lastError();
    if (m_records.isEmpty() || m_users.isEmpty())
        m_error += QStringLiteral(" (no records or users read)");
}

bool ScopeOracle::activeBooking(const QString &slotId, QString *home) const
{
    for (const Record &r : m_records) {
        if (r.entity == u"booking" && r.text("slot_id") == slotId
            && r.text("status") != u"cancelled") {
            *home = r.text("foster_home_id");
            return true;
        }
    }
    return false;
}

QSet<QString> ScopeOracle::workerScope(const QString &workerId) const
{
    // Parents before children: records are read in seq order, and a child is never written
    // before its parent, but a handover rewrites the parent later; so iterate to a fixpoint.
    QSet<QString> cases, homes, visits, ownSlots, visible;
    for (auto it = m_homeWorkers.begin(); it != m_homeWorkers.end(); ++it) {
        if (it.value().contains(workerId))
            homes << it.key();
    }
    for (const Record &r : m_records) {
        if (r.entity == u"case" && r.text("responsible_id") == workerId)
            cases << r.id;
        if (r.entity == u"slot" && r.text("owner_id") == workerId)
            ownSlots << r.id;
    }
    const auto own = [&](const Record &r) -> bool {
        const QString &e = r.entity;
        if (e == u"case")
            return cases.contains(r.id);
        if (e == u"foster_home")
            return homes.contains(r.id);
        if (e == u"visit" || e == u"child_time") {
            if (!r.text("case_id").isEmpty())
                return cases.contains(r.text("case_id"));
            return homes.contains(r.text("foster_home_id"));
        }
        if (e == u"visit_amendment")
            return visits.contains(r.text("visit_id"));
        if (e == u"contact")
            return homes.contains(r.text("foster_home_id"));
        if (e == u"slot")
            return ownSlots.contains(r.id);
        if (e == u"booking")
            return ownSlots.contains(r.text("slot_id"));
        if (e == u"review")
            return visible.contains(r.text("target_entity") + u'/' + r.text("target_id"));
        return r.text("author_id") == workerId; // time_entry, access_event
    };
    for (int round = 0; round < 3; ++round) {
        for (const Record &r : m_records) {
            if (own(r)) {
                visible << r.entity + u'/' + r.id;
                if (r.entity == u"visit")
                    visits << r.id;
            }
        }
    }
    return visible;
}

QSet<QString> ScopeOracle::fosterScope(const QString &homeId) const
{
    QSet<QString> visible;
    const QStringList workers = m_homeWorkers.value(homeId);
    for (const Record &r : m_records) {
        QString bookedBy;
        if (r.entity == u"foster_home" && r.id == homeId)
            visible << r.entity + u'/' + r.id;
        else if (r.entity == u"booking" && r.text("foster_home_id") == homeId)
            visible << r.entity + u'/' + r.id;
        else if (r.entity == u"slot") {
            const bool taken = activeBooking(r.id, &bookedBy);
            if (taken ? bookedBy == homeId : workers.contains(r.text("owner_id")))
                visible << r.entity + u'/' + r.id;
        }
    }
    return visible;
}

QStringList ScopeOracle::visibleTo(const QString &username) const
{
    const User user = m_users.value(username);
    QSet<QString> visible;
    if (user.role == u"social_worker") {
        visible = workerScope(user.id);
    } else if (user.role == u"supervisor") {
        for (const User &member : m_users) {
            if (member.role == u"social_worker" && member.team == user.team)
                visible |= workerScope(member.id);
        }
    } else if (user.role == u"foster_parent") {
        visible = fosterScope(user.home);
    }
    QStringList out(visible.begin(), visible.end());
    out.sort();
    return out;
}

} // namespace e2eserver
