// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordstore.h"

#include "database.h"
#include "domain/timeformat.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace barntid::server {

namespace {

const QString columns = QStringLiteral(
    "SELECT entity, id, version, seq, deleted, locked, author_id, device_id, case_id, "
    "foster_home_id, parent_id, data, updated_at, received_at FROM records ");

StoredRecord read(QSqlQuery &q)
{
    StoredRecord r;
    r.entity = q.value(0).toString();
    r.id = q.value(1).toString();
    r.version = q.value(2).toLongLong();
    r.seq = q.value(3).toLongLong();
    r.deleted = q.value(4).toInt() != 0;
    r.locked = q.value(5).toInt() != 0;
    r.authorId = q.value(6).toString();
    r.deviceId = q.value(7).toString();
    r.caseId = q.value(8).toString();
    r.fosterHomeId = q.value(9).toString();
    r.parentId = q.value(10).toString();
    r.data = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object();
    r.updatedAt = q.value(12).toString();
    r.receivedAt = q.value(13).toString();
    return r;
}

QList<QVariantList> keyRows(const QList<RecordKey> &keys)
{
    QList<QVariantList> rows;
    rows.reserve(keys.size());
    for (const RecordKey &k : keys)
        rows.append({k.entity, k.id});
    return rows;
}

} // namespace

RecordStore::RecordStore(Database &db)
    : m_db(db)
{ }

QHash<RecordKey, StoredRecord> RecordStore::load(const QList<RecordKey> &keys)
{
    QHash<RecordKey, StoredRecord> out;
    m_db.selectRows(columns + QStringLiteral("WHERE (entity, id) IN (VALUES "), keyRows(keys),
        QStringLiteral(")"), [&](QSqlQuery &q) {
            StoredRecord r = read(q);
            out.insert(r.key(), r);
        });
    return out;
}

std::optional<StoredRecord> RecordStore::find(const QString &entity, const QString &id)
{
    QSqlQuery &q = m_db.run(columns + QStringLiteral("WHERE entity = ? AND id = ?"), {entity, id});
    if (!q.next())
        return std::nullopt;
    return read(q);
}

QList<StoredRecord> RecordStore::dependents(const QList<StoredRecord> &parents)
{
    QList<QVariantList> cases, homes, others;
    for (const StoredRecord &p : parents) {
        if (p.entity == u"case")
            cases.append({p.id});
        else if (p.entity == u"foster_home")
            homes.append({p.id});
        else
            others.append({p.id});
    }
    QList<StoredRecord> out;
    const auto collect = [&](QSqlQuery &q) { out.append(read(q)); };
    m_db.selectRows(columns + QStringLiteral("WHERE entity <> 'case' AND case_id IN (VALUES "),
        cases, QStringLiteral(")"), collect);
    m_db.selectRows(
        columns + QStringLiteral("WHERE entity <> 'foster_home' AND foster_home_id IN (VALUES "),
        homes, QStringLiteral(")"), collect);
    m_db.selectRows(columns + QStringLiteral("WHERE parent_id IN (VALUES "), others,
        QStringLiteral(")"), collect);
    return out;
}

QList<StoredRecord> RecordStore::liveOf(const QString &entity, const QString &since)
{
    QSqlQuery q = since.isEmpty()
        ? m_db.exec(columns + QStringLiteral("WHERE entity = ? AND deleted = 0"), {entity})
        : m_db.exec(columns
                + QStringLiteral("WHERE entity = ? AND deleted = 0 AND (updated_at >= ? OR id IN "
                                 "(SELECT parent_id FROM records WHERE parent_id IS NOT NULL AND "
                                 "updated_at >= ?))"),
            {entity, since, since});
    QList<StoredRecord> out;
    while (q.next())
        out.append(read(q));
    return out;
}

QList<StoredRecord> RecordStore::liveOfCases(const QString &entity, const QStringList &caseIds)
{
    QList<QVariantList> rows;
    for (const QString &id : caseIds)
        rows.append({id});
    QList<StoredRecord> out;
    // The entity is a fixed word of ours, never input: it may stand in the SQL text.
    m_db.selectRows(columns
            + QStringLiteral("WHERE entity = '%1' AND deleted = 0 AND case_id IN (VALUES ")
                  .arg(entity),
        rows, QStringLiteral(")"), [&](QSqlQuery &q) { out.append(read(q)); });
    return out;
}

QList<StoredRecord> RecordStore::homesPlacing(const QString &caseId)
{
    QSqlQuery &q = m_db.run(columns
            + QStringLiteral("WHERE entity = 'foster_home' AND deleted = 0 AND id IN "
                             "(SELECT foster_home_id FROM placements WHERE case_id = ?)"),
        {caseId});
    QList<StoredRecord> homes;
    while (q.next())
        homes << read(q);
    return homes;
}

void RecordStore::writePlacements(const QList<StoredRecord> &records)
{
    QList<QVariantList> homes, rows;
    for (const StoredRecord &r : records) {
        if (r.entity != u"foster_home")
            continue;
        homes.append({r.id});
        if (r.deleted)
            continue;
        QSet<QString> cases;
        for (const QJsonValue &c : r.data.value(QLatin1StringView("placed_case_ids")).toArray())
            cases.insert(c.toString());
        for (const QString &c : std::as_const(cases))
            rows.append({c, r.id});
    }
    if (homes.isEmpty())
        return;
    m_db.execRows(QStringLiteral("DELETE FROM placements WHERE foster_home_id IN ("), homes,
        QStringLiteral(")"));
    m_db.execRows(QStringLiteral("INSERT INTO placements (case_id, foster_home_id)"), rows);
}

void RecordStore::rebuildPlacements()
{
    QList<StoredRecord> homes;
    QSqlQuery q = m_db.exec(columns + QStringLiteral("WHERE entity = 'foster_home'"));
    while (q.next())
        homes << read(q);
    q.finish();
    writePlacements(homes);
}

std::optional<StoredRecord> RecordStore::activeBooking(const QString &slotId)
{
    QSqlQuery &q = m_db.run(
        columns + QStringLiteral("WHERE entity = 'booking' AND parent_id = ? AND deleted = 0"),
        {slotId});
    while (q.next()) {
        StoredRecord r = read(q);
        if (r.text("status") != u"cancelled")
            return r;
    }
    return std::nullopt;
}

QList<StoredRecord> RecordStore::liveSlotsOf(const QString &ownerId)
{
    QSqlQuery &q = m_db.run(
        QStringLiteral("SELECT r.entity, r.id, r.version, r.seq, r.deleted, r.locked, r.author_id, "
                       "r.device_id, r.case_id, r.foster_home_id, r.parent_id, r.data, "
                       "r.updated_at, r.received_at FROM records r JOIN audience a ON "
                       "a.entity = r.entity AND a.id = r.id WHERE a.entity = 'slot' AND "
                       "a.key = ? AND r.deleted = 0"),
        {QStringLiteral("user:") + ownerId});
    QList<StoredRecord> out;
    while (q.next())
        out.append(read(q));
    return out;
}

qint64 RecordStore::allocateSeq(int n)
{
    m_db.run(QStringLiteral("UPDATE counters SET value = value + ? WHERE name = 'seq'"), {n});
    QSqlQuery &q = m_db.run(QStringLiteral("SELECT value FROM counters WHERE name = 'seq'"), {});
    q.next();
    return q.value(0).toLongLong() - n + 1;
}

qint64 RecordStore::checkpoint()
{
    QSqlQuery &q = m_db.run(QStringLiteral("SELECT value FROM counters WHERE name = 'seq'"), {});
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 RecordStore::horizon()
{
    QSqlQuery &q
        = m_db.run(QStringLiteral("SELECT value FROM counters WHERE name = 'horizon'"), {});
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 RecordStore::purgeBefore(const QString &cutoff)
{
    QSqlQuery q
        = m_db.exec(QStringLiteral("SELECT MAX(seq) FROM changes WHERE changed_at < ?"), {cutoff});
    const qint64 last = q.next() ? q.value(0).toLongLong() : 0;
    if (last <= 0)
        return horizon();
    // A change row is a delete notice when its record is gone or its key no longer sees it.
    m_db.exec(QStringLiteral("DELETE FROM changes WHERE seq <= ? AND (NOT EXISTS (SELECT 1 FROM "
                             "records r WHERE r.entity = changes.entity AND r.id = changes.id AND "
                             "r.deleted = 0) OR NOT EXISTS (SELECT 1 FROM audience a WHERE "
                             "a.entity = changes.entity AND a.id = changes.id AND a.key = "
                             "changes.key))"),
        {last});
    m_db.exec(QStringLiteral("DELETE FROM audience WHERE EXISTS (SELECT 1 FROM records r WHERE "
                             "r.entity = audience.entity AND r.id = audience.id AND r.deleted = 1 "
                             "AND r.seq <= ?)"),
        {last});
    m_db.exec(QStringLiteral("DELETE FROM records WHERE deleted = 1 AND seq <= ?"), {last});
    m_db.exec(QStringLiteral("DELETE FROM mutations WHERE created_at < ?"), {cutoff});
    m_db.exec(QStringLiteral("DELETE FROM login_failures WHERE first_at < ?"), {cutoff});
    const qint64 next = qMax(horizon(), last);
    m_db.exec(QStringLiteral("UPDATE counters SET value = ? WHERE name = 'horizon'"), {next});
    return next;
}

void RecordStore::write(const QList<StoredRecord> &records)
{
    QList<QVariantList> rows;
    rows.reserve(records.size());
    for (const StoredRecord &r : records) {
        rows.append({r.entity, r.id, r.version, r.seq, r.deleted ? 1 : 0, r.locked ? 1 : 0,
            Database::orNull(r.authorId), Database::orNull(r.deviceId), Database::orNull(r.caseId),
            Database::orNull(r.fosterHomeId), Database::orNull(r.parentId),
            QString::fromUtf8(QJsonDocument(r.data).toJson(QJsonDocument::Compact)), r.updatedAt,
            Database::orNull(r.receivedAt)});
    }
    m_db.execRows(QStringLiteral("INSERT INTO records (entity, id, version, seq, deleted, locked, "
                                 "author_id, device_id, case_id, foster_home_id, parent_id, data, "
                                 "updated_at, received_at)"),
        rows,
        QStringLiteral(" ON CONFLICT (entity, id) DO UPDATE SET version = excluded.version, "
                       "seq = excluded.seq, deleted = excluded.deleted, locked = excluded.locked, "
                       "author_id = excluded.author_id, device_id = excluded.device_id, "
                       "case_id = excluded.case_id, foster_home_id = excluded.foster_home_id, "
                       "parent_id = excluded.parent_id, data = excluded.data, "
                       "updated_at = excluded.updated_at, received_at = excluded.received_at"));
    writePlacements(records);
}

QHash<RecordKey, QStringList> RecordStore::audiences(const QList<RecordKey> &keys)
{
    QHash<RecordKey, QStringList> out;
    m_db.selectRows(
        QStringLiteral("SELECT entity, id, key FROM audience WHERE (entity, id) IN (VALUES "),
        keyRows(keys), QStringLiteral(")"), [&](QSqlQuery &q) {
            out[RecordKey {q.value(0).toString(), q.value(1).toString()}].append(
                q.value(2).toString());
        });
    return out;
}

void RecordStore::writeAudiences(const QHash<RecordKey, QStringList> &audiences,
    const QList<ChangeRow> &changes, const QSet<RecordKey> &existing, const QString &changedAt)
{
    const QList<RecordKey> keys(existing.begin(), existing.end());
    for (qsizetype at = 0; at < keys.size(); at += 5000) {
        const QList<QVariantList> part = keyRows(keys.mid(at, 5000));
        m_db.execRows(QStringLiteral("DELETE FROM audience WHERE (entity, id) IN ("), part,
            QStringLiteral(")"));
    }
    QList<QVariantList> rows;
    for (auto it = audiences.begin(); it != audiences.end(); ++it) {
        for (const QString &k : it.value())
            rows.append({it.key().entity, it.key().id, k});
    }
    m_db.execRows(QStringLiteral("INSERT INTO audience (entity, id, key)"), rows);

    QList<QVariantList> stale, fresh;
    for (const ChangeRow &c : changes) {
        if (existing.contains(c.record))
            stale.append({c.record.entity, c.record.id, c.key});
        fresh.append({c.key, c.seq, c.record.entity, c.record.id, changedAt});
    }
    m_db.execRows(QStringLiteral("DELETE FROM changes WHERE (entity, id, key) IN ("), stale,
        QStringLiteral(")"));
    m_db.execRows(QStringLiteral("INSERT INTO changes (key, seq, entity, id, changed_at)"), fresh);
}

} // namespace barntid::server
