// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/outbox.h"

#include "domain/clock.h"
#include "domain/ids.h"
#include "domain/timeformat.h"
#include "store/entitytable.h"
#include "store/store.h"

#include <QJsonDocument>

namespace barntid {

Outbox::Outbox(Store &store)
    : m_store(store)
{ }

void Outbox::enqueue(const EntityTable &table, const QString &recordId, const QString &op,
    std::optional<qint64> baseVersion, Queued queued)
{
    Connection &c = m_store.connection();
    const QByteArray payload
        = "(SELECT " + table.jsonObjectSql + " FROM " + table.table.latin1() + " WHERE id = ?1)";
    if (queued == MaybeQueued) {
        const QByteArray sql = "UPDATE outbox SET op = ?2, payload = " + payload
            + " WHERE entity = ?3 AND record_id = ?1 AND state = 'pending'";
        c.cached(sql.constData())
            .bind(1, recordId)
            .bind(2, op)
            .bind(3, QString(table.entity))
            .run();
        if (c.changes() > 0) {
            c.noteChange(StoreChange::outbox, StoreChange::Op::Update, recordId);
            return;
        }
    }
    const QByteArray sql = "INSERT INTO outbox (record_id, mutation_id, entity, op, base_version, "
                           "created_at, payload) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
        + payload + ")";
    Statement &insert = c.cached(sql.constData());
    insert.bind(1, recordId).bind(2, newId()).bind(3, QString(table.entity)).bind(4, op);
    if (baseVersion)
        insert.bind(5, *baseVersion);
    insert.bind(6, toRfc3339(m_store.clock().now())).run();
    c.noteChange(StoreChange::outbox, StoreChange::Op::Insert, recordId);
}

int Outbox::pendingCount()
{
    Statement &s = m_store.connection().cached("SELECT count(*) FROM outbox");
    const int n = s.step() ? int(s.integer(0)) : 0;
    s.reset();
    return n;
}

QList<Mutation> Outbox::pending(int limit)
{
    Statement &s = m_store.connection().cached(
        "SELECT seq, mutation_id, entity, record_id, op, base_version, payload, state "
        "FROM outbox ORDER BY seq LIMIT ?");
    s.bind(1, limit);
    QList<Mutation> result;
    while (s.step()) {
        Mutation m;
        m.seq = s.integer(0);
        m.mutationId = s.text(1);
        m.entity = s.text(2);
        m.recordId = s.text(3);
        m.op = s.text(4);
        if (!s.isNull(5))
            m.baseVersion = s.integer(5);
        m.payload = QJsonDocument::fromJson(s.text(6).toUtf8()).object();
        m.state = s.text(7);
        result << m;
    }
    s.reset();
    return result;
}

QList<Mutation> Outbox::sendable(int limit)
{
    return read("SELECT seq, mutation_id, entity, record_id, op, base_version, payload, state "
                "FROM outbox WHERE state IN ('pending', 'sending') ORDER BY seq LIMIT ?",
        limit);
}

int Outbox::sendableCount()
{
    return count("SELECT count(*) FROM outbox WHERE state IN ('pending', 'sending')");
}

int Outbox::needsAttentionCount()
{
    return count("SELECT count(*) FROM outbox WHERE state IN ('rejected', 'conflict')");
}

QList<Mutation> Outbox::read(const char *sql, int limit)
{
    Statement &s = m_store.connection().cached(sql);
    s.bind(1, limit);
    QList<Mutation> result;
    while (s.step()) {
        Mutation m;
        m.seq = s.integer(0);
        m.mutationId = s.text(1);
        m.entity = s.text(2);
        m.recordId = s.text(3);
        m.op = s.text(4);
        if (!s.isNull(5))
            m.baseVersion = s.integer(5);
        m.payload = QJsonDocument::fromJson(s.text(6).toUtf8()).object();
        m.state = s.text(7);
        result << m;
    }
    s.reset();
    return result;
}

QHash<QString, UnsentChange> Outbox::unsentByRecord(const QString &entity)
{
    QHash<QString, UnsentChange> out;
    Statement &s = m_store.connection().cached(
        "SELECT record_id, state, last_error FROM outbox WHERE entity = ? ORDER BY seq");
    s.bind(1, entity);
    while (s.step()) // last_error is "code: message"
        out.insert(s.text(0), {s.text(1), s.text(2).section(u':', 0, 0)});
    s.reset();
    return out;
}

int Outbox::count(const char *sql)
{
    Statement &s = m_store.connection().cached(sql);
    const int n = s.step() ? int(s.integer(0)) : 0;
    s.reset();
    return n;
}

} // namespace barntid
