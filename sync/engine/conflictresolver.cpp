// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/conflictresolver.h"

#include "engine/pageapplier.h"
#include "store/entitytable.h"
#include "store/outbox.h"
#include "store/store.h"
#include "store/transaction.h"

namespace barntid::sync {

using namespace Qt::StringLiterals;

ConflictResolver::ConflictResolver(Store &store)
    : m_store(store)
{ }

bool ConflictResolver::inFlight(const QString &entity, const QString &id)
{
    Statement &s = m_store.connection().cached("SELECT 1 FROM outbox WHERE entity = ? AND "
                                               "record_id = ? AND state = 'sending' LIMIT 1");
    s.bind(1, entity).bind(2, id);
    const bool found = s.step();
    s.reset();
    return found;
}

ConflictResolver::Outcome ConflictResolver::takeServer(const ServerRecord &copy)
{
    Connection &c = m_store.connection();
    Transaction tx(c);
    if (inFlight(copy.entity, copy.id))
        return Outcome::Busy;
    c.cached("DELETE FROM outbox WHERE entity = ? AND record_id = ?")
        .bind(1, copy.entity)
        .bind(2, copy.id)
        .run();
    c.noteChange(StoreChange::outbox, StoreChange::Op::Delete, copy.id);
    protocol::Change change;
    change.entity = copy.entity;
    change.id = copy.id;
    change.version = copy.version;
    change.data = copy.data;
    PageApplier(m_store).upsert(change);
    tx.commit();
    return Outcome::Done;
}

ConflictResolver::Outcome ConflictResolver::keepMine(
    const QString &entity, const QString &id, qint64 serverVersion)
{
    Connection &c = m_store.connection();
    Transaction tx(c);
    if (inFlight(entity, id))
        return Outcome::Busy;
    Statement &conflict = c.cached("SELECT op FROM outbox WHERE entity = ? AND record_id = ? AND "
                                   "state = 'conflict' ORDER BY seq DESC LIMIT 1");
    conflict.bind(1, entity).bind(2, id);
    const QString op = conflict.step() ? conflict.text(0) : QString();
    conflict.reset();
    if (op.isEmpty())
        return Outcome::Gone;
    // A change saved after the conflict is in the record already: one new row carries both.
    c.cached("DELETE FROM outbox WHERE entity = ? AND record_id = ? AND "
             "state IN ('conflict', 'pending')")
        .bind(1, entity)
        .bind(2, id)
        .run();
    c.noteChange(StoreChange::outbox, StoreChange::Op::Delete, id);
    const EntityTable &t = entityTable(entity);
    const QByteArray sql = "UPDATE " + QByteArray(t.table.data(), t.table.size())
        + " SET version = ?1 WHERE id = ?2";
    c.cached(sql.constData()).bind(1, serverVersion).bind(2, id).run();
    c.noteChange(entity, StoreChange::Op::Update, id);
    Outbox(m_store).enqueue(t, id, op, serverVersion, Outbox::NewRecord);
    tx.commit();
    return Outcome::Done;
}

QString ConflictResolver::refusalFor(const ServerRecord &copy)
{
    if (copy.entity == u"visit" && copy.data.value("status"_L1).toString() == u"signed")
        return u"signed"_s;
    if (copy.entity == u"visit_amendment" || copy.entity == u"review"
        || copy.entity == u"access_event")
        return u"locked"_s;
    if (copy.entity == u"survey_response"
        && !copy.data.value("completed_at"_L1).toString().isEmpty())
        return u"locked"_s;
    // Approved by a supervisor: the newest live review of the record decides (docs/sync.md).
    Statement &s = m_store.connection().cached(
        "SELECT decision FROM reviews WHERE target_entity = ? AND target_id = ? AND deleted = 0 "
        "ORDER BY created_at DESC LIMIT 1");
    s.bind(1, copy.entity).bind(2, copy.id);
    const bool approved = s.step() && s.text(0) == u"approved";
    s.reset();
    return approved ? u"approved"_s : QString();
}

} // namespace barntid::sync
