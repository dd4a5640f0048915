// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/pageapplier.h"

#include "store/entitytable.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QLoggingCategory>

namespace barntid::sync {

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcPull, "barntid.sync.pull")

const QString cursorKey = u"sync_cursor"_s;

QByteArray tableName(const EntityTable &t)
{
    return QByteArray(t.table.data(), t.table.size());
}

} // namespace

PageApplier::PageApplier(Store &store)
    : m_store(store)
{ }

qint64 PageApplier::cursor() const
{
    return m_store.setting(cursorKey).toLongLong();
}

void PageApplier::setCursor(qint64 cursor)
{
    m_store.setSetting(cursorKey, QString::number(cursor));
}

PageApplier::Outcome PageApplier::apply(const protocol::PullPage &page, QSet<QString> *seen)
{
    Outcome outcome;
    Transaction tx(m_store.connection());
    for (const protocol::Change &change : page.changes) {
        if (seen && change.op == protocol::Op::Upsert)
            seen->insert(key(change.entity, change.id));
        if (hasLocalWork(change.entity, change.id)) {
            ++outcome.kept;
            continue;
        }
        if (change.op == protocol::Op::Delete) {
            remove(change.entity, change.id);
            ++outcome.applied;
            continue;
        }
        try {
            upsert(change);
            ++outcome.applied;
        } catch (const StoreError &e) {
            if (e.code() != StoreErrorCode::Invalid)
                throw; // disk full, I/O: the whole page waits for the next run
            // A statement that fails a constraint is undone alone; the page goes on.
            qCWarning(lcPull) << "change" << change.seq << "for" << change.entity << change.id
                              << "does not fit the local schema";
            ++outcome.unusable;
        }
    }
    setCursor(page.next);
    tx.commit();
    return outcome;
}

bool PageApplier::hasLocalWork(const QString &entity, const QString &id)
{
    Statement &s = m_store.connection().cached(
        "SELECT 1 FROM outbox WHERE entity = ? AND record_id = ? LIMIT 1");
    s.bind(1, entity).bind(2, id);
    const bool found = s.step();
    s.reset();
    return found;
}

void PageApplier::upsert(const protocol::Change &change)
{
    const EntityTable &t = entityTable(change.entity);
    QJsonObject record = change.data;
    record.insert("id"_L1, change.id);
    record.insert("version"_L1, double(change.version));
    Connection &c = m_store.connection();
    try {
        Statement &s = c.cached(t.upsertSql.constData());
        t.bindRecord(s, record);
        s.run();
    } catch (const StoreError &e) {
        if (e.code() != StoreErrorCode::Immutable)
            throw;
        // The local copy of a signed record differs from the server's (which filled in what the
        // device did not know, e.g. author_id). The server is the record of truth and nothing of
        // this record is waiting locally, so its copy replaces ours whole.
        remove(change.entity, change.id);
        Statement &s = c.cached(t.insertSql.constData());
        t.bindRecord(s, record);
        s.run();
    }
    // Told as an update: whether the row was there before would cost a read per change, and the
    // models look the record up either way. Noted only once written: a refused one is not told.
    c.noteChange(change.entity, StoreChange::Op::Update, change.id);
}

void PageApplier::remove(const QString &entity, const QString &id)
{
    const EntityTable &t = entityTable(entity);
    const QByteArray sql = "DELETE FROM " + tableName(t) + " WHERE id = ?";
    Connection &c = m_store.connection();
    c.cached(sql.constData()).bind(1, id).run();
    if (c.changes() > 0)
        c.noteChange(entity, StoreChange::Op::Delete, id);
}

int PageApplier::prune(const QSet<QString> &seen)
{
    Connection &c = m_store.connection();
    Transaction tx(c);
    int removed = 0;
    for (const EntityTable &t : entityTables()) {
        const QByteArray sql = "SELECT id FROM " + tableName(t)
            + " WHERE version > 0 AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entity = ?1 "
              "AND o.record_id = "
            + tableName(t) + ".id)";
        QStringList gone;
        Statement s = c.prepare(sql.constData());
        s.bind(1, QString(t.entity));
        while (s.step()) {
            const QString id = s.text(0);
            if (!seen.contains(key(QString(t.entity), id)))
                gone << id;
        }
        for (const QString &id : gone)
            remove(QString(t.entity), id);
        removed += int(gone.size());
    }
    tx.commit();
    return removed;
}

} // namespace barntid::sync
