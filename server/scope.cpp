// SPDX-License-Identifier: GPL-3.0-or-later
#include "scope.h"

#include "accounts.h"
#include "recordstore.h"

namespace barntid::server {

Scope::Scope(RecordStore &store, Accounts &accounts)
    : m_store(store)
    , m_accounts(accounts)
{ }

void Scope::remember(const StoredRecord &record)
{
    m_batch.insert(record.key(), record);
    m_absent.remove(record.key());
}

void Scope::rememberAbsent(const RecordKey &key)
{
    if (!m_batch.contains(key))
        m_absent.insert(key);
}

std::optional<StoredRecord> Scope::lookup(const QString &entity, const QString &id)
{
    if (id.isEmpty())
        return std::nullopt;
    const auto it = m_batch.constFind(RecordKey {entity, id});
    if (it != m_batch.constEnd())
        return *it;
    if (m_absent.contains(RecordKey {entity, id}))
        return std::nullopt;
    std::optional<StoredRecord> found = m_store.find(entity, id);
    if (found)
        m_batch.insert(found->key(), *found);
    return found;
}

QString Scope::teamOf(const QString &userId)
{
    auto it = m_teams.find(userId);
    if (it == m_teams.end())
        it = m_teams.insert(userId, m_accounts.teamOf(userId));
    return *it;
}

QStringList Scope::workersOfHome(const QString &homeId)
{
    auto it = m_homeWorkers.find(homeId);
    if (it == m_homeWorkers.end())
        it = m_homeWorkers.insert(homeId, m_accounts.workersOfHome(homeId));
    return *it;
}

void Scope::assignWorker(const QString &homeId, const QString &workerId)
{
    m_accounts.assignWorker(homeId, workerId);
    m_homeWorkers.remove(homeId);
    m_workerHomes.remove(workerId);
}

const StoredRecord &Scope::latest(const StoredRecord &stored) const
{
    const auto batched = m_batch.constFind(stored.key());
    return batched != m_batch.constEnd() ? *batched : stored;
}

QStringList Scope::homesOfWorker(const QString &workerId)
{
    auto it = m_workerHomes.find(workerId);
    if (it == m_workerHomes.end())
        it = m_workerHomes.insert(workerId, m_accounts.homesOfWorker(workerId));
    return *it;
}

bool Scope::hasLockedDependent(const StoredRecord &record)
{
    const auto dependsOn = [&](const StoredRecord &r) {
        if (record.entity == u"case")
            return r.entity != u"case" && r.caseId == record.id;
        if (record.entity == u"foster_home")
            return r.entity != u"foster_home" && r.fosterHomeId == record.id;
        return r.parentId == record.id;
    };
    // Written earlier in this push first: they are not in the database yet.
    for (const StoredRecord &r : std::as_const(m_batch)) {
        if (!r.deleted && r.isLocked() && dependsOn(r))
            return true;
    }
    for (const StoredRecord &r : m_store.dependents({record})) {
        const StoredRecord &now = latest(r);
        if (!now.deleted && now.isLocked() && dependsOn(now))
            return true;
    }
    return false;
}

QList<StoredRecord> Scope::children(const StoredRecord &parent)
{
    QHash<RecordKey, StoredRecord> found;
    for (const StoredRecord &r : m_store.dependents({parent})) {
        if (r.parentId == parent.id)
            found.insert(r.key(), latest(r));
    }
    // Written earlier in this push: not in the database yet.
    for (const StoredRecord &r : std::as_const(m_batch)) {
        if (r.parentId == parent.id && r.key() != parent.key())
            found.insert(r.key(), r);
    }
    QList<StoredRecord> live;
    for (const StoredRecord &r : std::as_const(found)) {
        if (!r.deleted)
            live << r;
    }
    return live;
}

QList<StoredRecord> Scope::visitsTouchingCase(const QString &caseId)
{
    QList<StoredRecord> parents = m_store.homesPlacing(caseId);
    if (std::optional<StoredRecord> c = lookup(QStringLiteral("case"), caseId))
        parents.prepend(*c);
    QList<StoredRecord> visits;
    for (const StoredRecord &r : m_store.dependents(parents)) {
        if (r.entity == u"visit")
            visits << latest(r);
    }
    return visits;
}

std::optional<StoredRecord> Scope::activeBooking(const QString &slotId)
{
    // A booking written earlier in this push wins over the database.
    for (const StoredRecord &r : std::as_const(m_batch)) {
        if (r.entity == u"booking" && r.parentId == slotId)
            return r.deleted || r.text("status") == u"cancelled" ? std::nullopt : std::optional(r);
    }
    return m_store.activeBooking(slotId);
}

QList<StoredRecord> Scope::liveSlotsOf(const QString &ownerId)
{
    auto it = m_storedSlots.find(ownerId);
    if (it == m_storedSlots.end())
        it = m_storedSlots.insert(ownerId, m_store.liveSlotsOf(ownerId));
    QHash<RecordKey, StoredRecord> found;
    for (const StoredRecord &r : std::as_const(*it))
        found.insert(r.key(), latest(r));
    for (const StoredRecord &r : std::as_const(m_batch)) {
        if (r.entity == u"slot" && r.text("owner_id") == ownerId)
            found.insert(r.key(), r);
    }
    QList<StoredRecord> live;
    for (const StoredRecord &r : std::as_const(found)) {
        if (!r.deleted && r.text("owner_id") == ownerId)
            live << r;
    }
    return live;
}

QStringList Scope::owners(const StoredRecord &r, int depth)
{
    const auto via = [&](const char *entity, const QString &id) -> QStringList {
        if (depth > 3)
            return {};
        const std::optional<StoredRecord> parent = lookup(QLatin1StringView(entity), id);
        return parent ? owners(*parent, depth + 1) : QStringList();
    };
    const QString &e = r.entity;
    if (e == u"case")
        return {r.text("responsible_id")};
    if (e == u"visit" || e == u"child_time") {
        if (!r.caseId.isEmpty())
            return via("case", r.caseId);
        if (!r.fosterHomeId.isEmpty())
            return workersOfHome(r.fosterHomeId);
        return {r.authorId};
    }
    if (e == u"visit_amendment" || e == u"journal_entry" || e == u"survey_response")
        return via("visit", r.parentId);
    if (e == u"contact" || e == u"foster_home")
        return workersOfHome(r.fosterHomeId);
    if (e == u"slot")
        return {r.text("owner_id")};
    if (e == u"booking")
        return via("slot", r.parentId);
    if (e == u"review")
        return via(r.text("target_entity").toLatin1().constData(), r.parentId);
    return {r.authorId}; // time_entry, access_event
}

QStringList Scope::keys(const StoredRecord &r)
{
    QStringList keys;
    for (const QString &worker : owners(r)) {
        if (worker.isEmpty())
            continue;
        keys << QStringLiteral("user:") + worker;
        const QString team = teamOf(worker);
        if (!team.isEmpty())
            keys << QStringLiteral("team:") + team;
    }
    if (r.entity == u"foster_home")
        keys << QStringLiteral("home:") + r.id;
    if (r.entity == u"booking" && !r.fosterHomeId.isEmpty())
        keys << QStringLiteral("home:") + r.fosterHomeId;
    if (r.entity == u"slot" && !r.deleted) {
        // Foster parents see the open slots of their workers, and a taken slot only if it is
        // theirs.
        if (const std::optional<StoredRecord> booking = activeBooking(r.id)) {
            keys << QStringLiteral("home:") + booking->fosterHomeId;
        } else {
            for (const QString &home : homesOfWorker(r.text("owner_id")))
                keys << QStringLiteral("home:") + home;
        }
    }
    keys.removeDuplicates();
    keys.sort();
    return keys;
}

} // namespace barntid::server
