// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/validation.h"

#include <QJsonObject>
#include <QList>

#include <functional>
#include <optional>

namespace barntid {

class Store;
struct EntityTable;

/** The one write path for synced records: it stamps the record's meta fields, validates, and
 *  writes the record together with its outbox row in a single transaction. */
class RecordWriter
{
public:
    using Validate = std::function<ValidationIssues(const QJsonObject &)>;
    /** Sees the stored record and the one about to replace it; throws to refuse the write. */
    using Guard = std::function<void(const QJsonObject &stored, const QJsonObject &next)>;

    RecordWriter(Store &store, const EntityTable &table);

    QJsonObject create(QJsonObject record, const Validate &validate);
    QJsonObject update(QJsonObject record, const Validate &validate, const Guard &guard = {});
    void remove(const QString &id, const Guard &guard = {});

    /** Tombstoned records are not returned. */
    std::optional<QJsonObject> find(const QString &id);
    /** where is appended after "WHERE deleted = 0", e.g. "AND case_id = ? ORDER BY created_at";
     *  binds fill its placeholders in order. */
    QList<QJsonObject> list(const char *where, const QStringList &binds = {});

private:
    void write(const QJsonObject &record, const QString &op, std::optional<qint64> baseVersion);

    Store &m_store;
    const EntityTable &m_table;
};

} // namespace barntid
