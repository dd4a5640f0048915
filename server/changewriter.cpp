// SPDX-License-Identifier: GPL-3.0-or-later
#include "changewriter.h"

#include "domain/timeformat.h"
#include "recordstore.h"
#include "scope.h"

#include <QSet>

namespace barntid::server {

namespace {

constexpr int maxCascadeDepth = 3;

bool sameKeys(QStringList a, QStringList b)
{
    a.sort();
    b.sort();
    return a == b;
}

} // namespace

ChangeWriter::ChangeWriter(RecordStore &store, Scope &scope, const Clock &clock)
    : m_store(store)
    , m_scope(scope)
    , m_clock(clock)
{ }

void ChangeWriter::add(const StoredRecord &record)
{
    m_scope.remember(record);
    const auto it = m_index.constFind(record.key());
    if (it != m_index.constEnd()) {
        m_records[*it] = record;
        return;
    }
    m_index.insert(record.key(), m_records.size());
    m_records.append(record);
}

qint64 ChangeWriter::commit()
{
    if (m_records.isEmpty())
        return 0;
    QList<RecordKey> keys;
    for (const StoredRecord &r : std::as_const(m_records))
        keys << r.key();
    QHash<RecordKey, QStringList> before = m_store.audiences(keys);
    QHash<RecordKey, QStringList> after;
    for (const StoredRecord &r : std::as_const(m_records))
        after.insert(r.key(), m_scope.keys(r));

    // Records whose audience moved pull their dependents along; a booking moves its slot. A
    // record without an audience before is new on the server and nothing hangs on it yet (a
    // visit, amendment, review or booking is refused without its parent), except a foster
    // home, whose contacts hang on its workers rather than on its record.
    QList<StoredRecord> moved;
    for (const StoredRecord &r : std::as_const(m_records)) {
        const QStringList &old = before.value(r.key());
        const bool isNew = old.isEmpty() && r.entity != u"foster_home";
        if (!isNew && !sameKeys(old, after.value(r.key())))
            moved << r;
        if (r.entity == u"booking") {
            if (std::optional<StoredRecord> slot
                = m_scope.lookup(QStringLiteral("slot"), r.parentId))
                moved << *slot;
        }
    }
    for (int depth = 0; depth < maxCascadeDepth && !moved.isEmpty(); ++depth) {
        QList<StoredRecord> candidates = m_store.dependents(moved);
        for (const StoredRecord &parent : std::as_const(moved)) {
            if (parent.entity == u"slot")
                candidates.prepend(parent);
        }
        QList<RecordKey> candidateKeys;
        for (const StoredRecord &dep : std::as_const(candidates))
            candidateKeys << dep.key();
        const QHash<RecordKey, QStringList> audiences = m_store.audiences(candidateKeys);
        QList<StoredRecord> next;
        for (const StoredRecord &dep : std::as_const(candidates)) {
            if (m_index.contains(dep.key()))
                continue;
            const QStringList old = audiences.value(dep.key());
            const QStringList now = m_scope.keys(dep);
            if (sameKeys(old, now))
                continue;
            add(dep);
            before.insert(dep.key(), old);
            after.insert(dep.key(), now);
            next << dep;
        }
        moved = next;
    }

    qint64 seq = m_store.allocateSeq(int(m_records.size()));
    QList<ChangeRow> changes;
    for (StoredRecord &r : m_records) {
        r.seq = seq;
        QStringList all = before.value(r.key()) + after.value(r.key());
        all.removeDuplicates();
        for (const QString &k : std::as_const(all))
            changes.append(ChangeRow {k, seq, r.key()});
        ++seq;
    }
    m_store.write(m_records);
    QSet<RecordKey> existing;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!it.value().isEmpty())
            existing.insert(it.key());
    }
    m_store.writeAudiences(after, changes, existing, toRfc3339(m_clock.now()));
    m_records.clear();
    m_index.clear();
    return seq - 1;
}

} // namespace barntid::server
