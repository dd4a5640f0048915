// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/recordmeta.h"
#include "domain/validation.h"

#include <QJsonObject>
#include <QList>

#include <functional>
#include <optional>

namespace barntid {

class Store;
struct EntityTable;

/** The one write path for synced records: each write stores the record and its outbox row in a
 *  single transaction, so neither can exist without the other. */
class RecordWriter
{
public:
    /** Gets the stored record (not tombstoned) and returns what replaces it; throws to refuse. */
    using Change = std::function<QJsonObject(const QJsonObject &stored)>;

    RecordWriter(Store &store, const EntityTable &table);

    /** Meta fields of a new record: id (unless given), times, author, device, version 0. */
    RecordMeta newMeta(const RecordMeta &given) const;
    /** Meta fields of a change: what the server or the first write decided, a new updated_at. */
    RecordMeta changedMeta(const RecordMeta &stored) const;

    void insert(const QJsonObject &record);
    void update(const QString &id, const Change &change);
    void remove(const QString &id, const Change &change);

    /** Tombstoned records are not returned. */
    std::optional<QJsonObject> find(const QString &id);
    /** where is appended after "WHERE deleted = 0", e.g. "AND case_id = ? ORDER BY created_at";
     *  binds fill its placeholders in order. */
    QList<QJsonObject> list(const char *where, const QStringList &binds = {});

    /** Throws StoreError(Invalid) carrying the issues, if there are any. */
    static void requireValid(const ValidationIssues &issues);

private:
    enum class Write { Insert, Update };
    void change(const QString &id, const QString &op, const Change &change);
    void write(const QJsonObject &record, const QString &op, std::optional<qint64> baseVersion,
        Write kind);

    Store &m_store;
    const EntityTable &m_table;
};

} // namespace barntid
