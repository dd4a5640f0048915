// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/pushledger.h"

#include "store/entitytable.h"
#include "store/store.h"
#include "store/transaction.h"

#include <QHash>
#include <QSet>

namespace barntid::sync {

using namespace Qt::StringLiterals;
using Status = protocol::MutationResult::Status;

PushLedger::PushLedger(Store &store)
    : m_store(store)
{ }

QList<Mutation> PushLedger::take(int limit)
{
    Connection &c = m_store.connection();
    Transaction tx(c);
    QList<Mutation> rows;
    QSet<QString> records;
    for (const Mutation &m : Outbox(m_store).sendable(limit)) {
        const QString key = m.entity + u'/' + m.recordId;
        if (records.contains(key))
            continue;
        records.insert(key);
        c.cached("UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE seq = ?")
            .bind(1, m.seq)
            .run();
        c.noteChange(StoreChange::outbox, StoreChange::Op::Update, m.recordId);
        rows << m;
    }
    tx.commit();
    return rows;
}

void PushLedger::release(const QList<Mutation> &rows)
{
    Connection &c = m_store.connection();
    Transaction tx(c);
    for (const Mutation &m : rows) {
        if (m.state != u"pending")
            continue;
        c.cached("UPDATE outbox SET state = 'pending' WHERE seq = ? AND state = 'sending'")
            .bind(1, m.seq)
            .run();
        c.noteChange(StoreChange::outbox, StoreChange::Op::Update, m.recordId);
    }
    tx.commit();
}

PushLedger::Tally PushLedger::apply(
    const QList<Mutation> &rows, const protocol::PushResponse &response)
{
    QHash<QString, const protocol::MutationResult *> results;
    for (const protocol::MutationResult &r : response.results)
        results.insert(r.mutationId.toLower(), &r);
    Tally tally;
    Transaction tx(m_store.connection());
    for (const Mutation &m : rows) {
        const protocol::MutationResult *r = results.value(m.mutationId.toLower());
        if (!r) {
            ++tally.unanswered;
            continue;
        }
        const QString reason = r->errorCode.isEmpty()
            ? QString()
            : r->errorCode + (r->errorMessage.isEmpty() ? QString() : u": "_s + r->errorMessage);
        switch (r->status) {
        case Status::Applied:
        case Status::Duplicate:
            acknowledge(m, r->version);
            ++tally.applied;
            break;
        case Status::Rejected:
            setState(m, u"rejected"_s, reason.isEmpty() ? u"rejected"_s : reason);
            ++tally.rejected;
            break;
        case Status::Conflict:
            setState(m, u"conflict"_s, reason.isEmpty() ? u"conflict"_s : reason);
            ++tally.conflicts;
            break;
        }
    }
    tx.commit();
    return tally;
}

void PushLedger::reject(const Mutation &row, const QString &reason)
{
    Transaction tx(m_store.connection());
    setState(row, u"rejected"_s, reason);
    tx.commit();
}

void PushLedger::setState(const Mutation &row, const QString &state, const QString &reason)
{
    Connection &c = m_store.connection();
    c.cached("UPDATE outbox SET state = ?, last_error = ? WHERE seq = ?")
        .bind(1, state)
        .bind(2, reason)
        .bind(3, row.seq)
        .run();
    c.noteChange(StoreChange::outbox, StoreChange::Op::Update, row.recordId);
}

void PushLedger::acknowledge(const Mutation &m, qint64 version)
{
    Connection &c = m_store.connection();
    c.cached("DELETE FROM outbox WHERE seq = ?").bind(1, m.seq).run();
    c.noteChange(StoreChange::outbox, StoreChange::Op::Delete, m.recordId);
    const EntityTable &t = entityTable(m.entity);
    const QByteArray sql = "UPDATE " + QByteArray(t.table.data(), t.table.size())
        + " SET version = max(version, ?1) WHERE id = ?2";
    c.cached(sql.constData()).bind(1, version).bind(2, m.recordId).run();
    c.noteChange(m.entity, StoreChange::Op::Update, m.recordId);
    // A record edited again while this change was in flight: the newer change was made on top of
    // this one, so it must not conflict with it on the server.
    c.cached("UPDATE outbox SET base_version = ?1 WHERE entity = ?2 AND record_id = ?3 "
             "AND seq > ?4 AND state = 'pending'")
        .bind(1, version)
        .bind(2, m.entity)
        .bind(3, m.recordId)
        .bind(4, m.seq)
        .run();
}

protocol::PushRequest PushLedger::request(const QList<Mutation> &rows)
{
    protocol::PushRequest request;
    request.mutations.reserve(rows.size());
    for (const Mutation &m : rows) {
        protocol::Mutation p;
        p.mutationId = m.mutationId;
        p.entity = m.entity;
        p.op = m.op == u"delete" ? protocol::Op::Delete : protocol::Op::Upsert;
        p.id = m.recordId;
        p.baseVersion = m.baseVersion;
        p.data = m.payload;
        request.mutations << p;
    }
    return request;
}

} // namespace barntid::sync
