// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/outbox.h"

#include "domain/clock.h"
#include "domain/ids.h"
#include "domain/timeformat.h"
#include "store/store.h"

#include <QJsonDocument>

namespace barntid {

Outbox::Outbox(Store &store)
    : m_store(store)
{ }

void Outbox::enqueue(const QString &entity, const QString &recordId, const QString &op,
    std::optional<qint64> baseVersion, const QJsonObject &payload)
{
    Connection &c = m_store.connection();
    const QString json = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    Statement &update = c.cached("UPDATE outbox SET op = ?, payload = ? "
                                 "WHERE entity = ? AND record_id = ? AND state = 'pending'");
    update.bind(1, op).bind(2, json).bind(3, entity).bind(4, recordId).run();
    if (c.changes() > 0)
        return;
    Statement &insert = c.cached("INSERT INTO outbox (mutation_id, entity, record_id, op, "
                                 "base_version, payload, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, newId()).bind(2, entity).bind(3, recordId).bind(4, op);
    if (baseVersion)
        insert.bind(5, *baseVersion);
    insert.bind(6, json).bind(7, toRfc3339(m_store.clock().now())).run();
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

} // namespace barntid
