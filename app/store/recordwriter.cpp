// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/recordwriter.h"

#include "domain/clock.h"
#include "domain/ids.h"
#include "domain/timeformat.h"
#include "store/entitytable.h"
#include "store/outbox.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QHash>

namespace barntid {

using namespace Qt::StringLiterals;

namespace {

void requireValid(const ValidationIssues &issues)
{
    if (issues.isEmpty())
        return;
    QStringList fields;
    for (const ValidationIssue &issue : issues)
        fields << issue.field + u':' + issue.code;
    StoreError e(StoreErrorCode::Invalid, u"invalid: "_s + fields.join(u", "_s));
    e.issues = issues;
    throw e;
}

QJsonValue idOrNull(const QString &id)
{
    return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}

} // namespace

RecordWriter::RecordWriter(Store &store, const EntityTable &table)
    : m_store(store)
    , m_table(table)
{ }

QJsonObject RecordWriter::create(QJsonObject record, const Validate &validate)
{
    const QString now = toRfc3339(m_store.clock().now());
    if (record.value(u"id").toString().isEmpty())
        record.insert(u"id"_s, newId());
    record.insert(u"version"_s, 0);
    record.insert(u"created_at"_s, now);
    record.insert(u"updated_at"_s, now);
    record.insert(u"author_id"_s, idOrNull(m_store.userId()));
    record.insert(u"device_id"_s, idOrNull(m_store.deviceId()));
    record.insert(u"deleted"_s, false);
    requireValid(validate(record));

    Transaction tx(m_store.connection());
    if (find(record.value(u"id").toString()))
        throw StoreError(StoreErrorCode::Invalid, u"a record with this id exists already"_s);
    write(record, u"upsert"_s, std::nullopt);
    tx.commit();
    return record;
}

QJsonObject RecordWriter::update(QJsonObject record, const Validate &validate, const Guard &guard)
{
    Transaction tx(m_store.connection());
    const auto stored = find(record.value(u"id").toString());
    if (!stored)
        throw StoreError(StoreErrorCode::NotFound, u"no such record"_s);
    // What the server or the first write decided is not the caller's to change.
    for (const char *kept : {"version", "created_at", "author_id", "device_id", "deleted"})
        record.insert(QLatin1StringView(kept), stored->value(QLatin1StringView(kept)));
    record.insert(u"updated_at"_s, toRfc3339(m_store.clock().now()));
    if (guard)
        guard(*stored, record);
    requireValid(validate(record));
    const qint64 version = qint64(stored->value(u"version").toDouble());
    write(record, u"upsert"_s, version > 0 ? std::optional(version) : std::nullopt);
    tx.commit();
    return record;
}

void RecordWriter::remove(const QString &id, const Guard &guard)
{
    Transaction tx(m_store.connection());
    const auto stored = find(id);
    if (!stored)
        throw StoreError(StoreErrorCode::NotFound, u"no such record"_s);
    QJsonObject record = *stored;
    record.insert(u"deleted"_s, true);
    record.insert(u"updated_at"_s, toRfc3339(m_store.clock().now()));
    if (guard)
        guard(*stored, record);
    const qint64 version = qint64(stored->value(u"version").toDouble());
    write(record, u"delete"_s, version > 0 ? std::optional(version) : std::nullopt);
    tx.commit();
}

void RecordWriter::write(
    const QJsonObject &record, const QString &op, std::optional<qint64> baseVersion)
{
    Statement &upsert = m_store.connection().cached(m_table.upsertSql.constData());
    m_table.bindRecord(upsert, record);
    upsert.run();
    Outbox(m_store).enqueue(
        QString(m_table.entity), record.value(u"id").toString(), op, baseVersion, record);
}

std::optional<QJsonObject> RecordWriter::find(const QString &id)
{
    Statement &s = m_store.connection().cached(m_table.selectByIdSql.constData());
    s.bind(1, id);
    std::optional<QJsonObject> result;
    if (s.step()) {
        QJsonObject o = m_table.readRecord(s);
        if (!o.value(u"deleted").toBool())
            result = o;
    }
    s.reset();
    return result;
}

QList<QJsonObject> RecordWriter::list(const char *where, const QStringList &binds)
{
    const QByteArray sql = m_table.selectColumnsSql + " WHERE deleted = 0 " + where;
    Statement s = m_store.connection().prepare(sql.constData());
    for (int i = 0; i < binds.size(); ++i)
        s.bind(i + 1, binds[i]);
    QList<QJsonObject> result;
    while (s.step())
        result << m_table.readRecord(s);
    return result;
}

} // namespace barntid
