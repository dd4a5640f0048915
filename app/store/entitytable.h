// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAnyStringView>
#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QStringList>

#include <vector>

namespace barntid {

class Statement;

/** How a wire field is kept in its SQL column. */
enum class ColumnType { Text, Integer, Real, Bool, JsonArray, JsonObject };

struct Column
{
    QLatin1StringView name; ///< the wire name and the column name
    ColumnType type;
    /** Stored for an absent or null wire value when the column is NOT NULL: the column's SQL
     *  default, which is also what the domain reads for it. Undefined: stored as NULL. */
    QJsonValue absent = QJsonValue(QJsonValue::Undefined);
};

/** Maps one synced entity between its wire form (a JSON object) and its table. */
struct EntityTable
{
    QLatin1StringView entity;
    QLatin1StringView table;
    std::vector<Column> columns; ///< the record-meta columns first, then the entity's own

    QByteArray insertSql; ///< binds every column in order; fails if the id exists
    QByteArray upsertSql; ///< binds every column in order
    QByteArray selectByIdSql;
    QByteArray selectColumnsSql; ///< "SELECT <columns> FROM <table>" for callers to extend
    /** "json_object(…)" over the columns: the wire form, built by SQLite from the stored row so
     *  an outbox payload is always exactly what was stored. */
    QByteArray jsonObjectSql;

    void bindRecord(Statement &statement, const QJsonObject &record) const;
    /** Reads the columns of the current row, starting at column 0, into the wire form. */
    QJsonObject readRecord(const Statement &statement) const;
    QStringList columnNames() const;
};

/** Throws StoreError(Invalid) for an unknown entity. */
const EntityTable &entityTable(QAnyStringView entity);
const std::vector<EntityTable> &entityTables();

} // namespace barntid
