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
    for (const QVariantList &row : db.rows(QStringLiteral(
             "SELECT entity, id, data FROM records WHERE deleted = 0 ORDER BY seq"))) {
        m_records.append(Record {row.at(0).toString(), row.at(1).toString(),
            QJsonDocument::fromJson(row.at(2).toString().toUtf8()).object()});
    }
    QString errors = db.lastError();
    for (const QVariantList &row :
        db.rows(QStringLiteral("SELECT username, id, role, COALESCE(team_id, ''), "
                               "COALESCE(foster_home_id, '') FROM users"))) {
        m_users.insert(row.at(0).toString(),
            User {row.at(1).toString(), row.at(2).toString(), row.at(3).toString(),
                row.at(4).toString()});
    }
    errors += db.lastError();
    for (const QVariantList &row :
        db.rows(QStringLiteral("SELECT foster_home_id, user_id FROM foster_home_workers")))
        m_homeWorkers[row.at(0).toString()].append(row.at(1).toString());
    errors += db.lastError();
    m_error = errors;
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
        if (e == u"visit_amendment" || e == u"survey_response")
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
        visible = workerScope(user.id); // their own access log rows
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

ScopeOracle::Difference ScopeOracle::compare(const QStringList &got, const QStringList &want)
{
    Difference d;
    for (const QString &k : got) {
        if (!want.contains(k))
            d.extra << k;
    }
    for (const QString &k : want) {
        if (!got.contains(k))
            d.missing << k;
    }
    return d;
}

} // namespace e2eserver
