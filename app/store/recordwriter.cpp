// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/recordwriter.h"

#include "domain/clock.h"
#include "domain/ids.h"
#include "store/entitytable.h"
#include "store/outbox.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "store/transaction.h"

namespace barntid {

using namespace Qt::StringLiterals;

RecordWriter::RecordWriter(Store &store, const EntityTable &table)
    : m_store(store)
    , m_table(table)
{ }

void RecordWriter::requireValid(const ValidationIssues &issues)
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

RecordMeta RecordWriter::newMeta(const RecordMeta &given) const
{
    RecordMeta meta;
    meta.id = given.id.isEmpty() ? newId() : given.id;
    meta.createdAt = meta.updatedAt = m_store.clock().now();
    meta.authorId = m_store.userId();
    meta.deviceId = m_store.deviceId();
    return meta;
}

RecordMeta RecordWriter::changedMeta(const RecordMeta &stored) const
{
    RecordMeta meta = stored;
    meta.updatedAt = m_store.clock().now();
    return meta;
}

void RecordWriter::insert(const QJsonObject &record)
{
    Transaction tx(m_store.connection());
    write(record, u"upsert"_s, std::nullopt, Write::Insert); // an existing id fails the INSERT
    tx.commit();
}

void RecordWriter::update(const QString &id, const Change &change)
{
    this->change(id, u"upsert"_s, change);
}

void RecordWriter::remove(const QString &id, const Change &change)
{
    this->change(id, u"delete"_s, change);
}

void RecordWriter::change(const QString &id, const QString &op, const Change &change)
{
    Transaction tx(m_store.connection());
    const auto stored = find(id);
    if (!stored)
        throw StoreError(StoreErrorCode::NotFound, u"no such record"_s);
    const QJsonObject next = change(*stored);
    const auto version = qint64(stored->value(u"version").toDouble());
    write(next, op, version > 0 ? std::optional(version) : std::nullopt, Write::Update);
    tx.commit();
}

void RecordWriter::write(
    const QJsonObject &record, const QString &op, std::optional<qint64> baseVersion, Write kind)
{
    const bool insert = kind == Write::Insert;
    Statement &s = m_store.connection().cached(
        insert ? m_table.insertSql.constData() : m_table.upsertSql.constData());
    m_table.bindRecord(s, record);
    s.run();
    const QString id = record.value(u"id").toString();
    // A tombstone is a delete to whoever shows records; told after the caller's commit.
    const auto told = insert ? StoreChange::Op::Insert
        : op == u"delete"_s  ? StoreChange::Op::Delete
                             : StoreChange::Op::Update;
    m_store.connection().noteChange(QString(m_table.entity), told, id);
    Outbox(m_store).enqueue(
        m_table, id, op, baseVersion, insert ? Outbox::NewRecord : Outbox::MaybeQueued);
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
