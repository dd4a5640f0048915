// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/entitytable.h"

#include "protocol/entityspec.h"
#include "store/statement.h"
#include "store/storeerror.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace barntid {

namespace {

using T = ColumnType;

ColumnType columnType(protocol::FieldType t)
{
    switch (t) {
    case protocol::FieldType::Text:
        return T::Text;
    case protocol::FieldType::Integer:
        return T::Integer;
    case protocol::FieldType::Real:
        return T::Real;
    case protocol::FieldType::Bool:
        return T::Bool;
    case protocol::FieldType::IdList:
        return T::JsonArray;
    case protocol::FieldType::StringMap:
        return T::JsonObject;
    }
    return T::Text;
}

// The NOT NULL columns with a default (Migrations) that the wire may leave absent or null: a
// minimal record, or foster parents' limited copy of their home. The server accepted such a
// record reading exactly these values (jsonfields::read: a null text is "", an absent field keeps
// the record's default), so storing them keeps the server's record, where dropping the change
// lost it for good (issue 10). The columns stay NOT NULL rather than being relaxed by a
// migration: the signed-visit trigger, retention's status = 'signed' and the repositories read
// them as the domain does, and a NULL status or note would mean something the domain never says.
// (A foster parent's home, sent without supervision_status, so reads "none" as it does in the
// domain.) tst_entityroundtrip holds this list to the migrated schema's defaults.
QJsonValue absentValue(QLatin1StringView entity, QLatin1StringView field)
{
    static const struct
    {
        const char *entity, *field;
        QJsonValue value;
    } defaults[] = {
        {"foster_home", "supervision_status", QStringLiteral("none")},
        {"visit", "note", QStringLiteral("")},
        {"visit", "child_words", QStringLiteral("")},
        {"visit", "status", QStringLiteral("draft")},
        {"contact", "duration_minutes", 0},
        {"contact", "note", QStringLiteral("")},
        {"time_entry", "note", QStringLiteral("")},
        {"booking", "purpose", QStringLiteral("")},
        {"review", "comment", QStringLiteral("")},
    };
    for (const auto &d : defaults) {
        if (entity == QLatin1StringView(d.entity) && field == QLatin1StringView(d.field))
            return d.value;
    }
    return QJsonValue(QJsonValue::Undefined);
}

EntityTable make(const protocol::EntitySpec &spec, const char *table)
{
    EntityTable t {spec.name, QLatin1StringView(table), {}, {}, {}, {}, {}, {}};
    for (const protocol::FieldSpec &f : protocol::metaFields())
        t.columns.push_back({f.name, columnType(f.type)});
    for (const protocol::FieldSpec &f : spec.fields)
        t.columns.push_back({f.name, columnType(f.type), absentValue(spec.name, f.name)});
    QByteArray names, marks, updates, json;
    for (const Column &c : t.columns) {
        const QByteArray n(c.name.data(), c.name.size());
        names += (names.isEmpty() ? "" : ", ") + n;
        json += (json.isEmpty() ? "'" : ", '") + n + "', ";
        if (c.type == ColumnType::Bool)
            json += "json(CASE WHEN " + n + " THEN 'true' ELSE 'false' END)";
        else if (c.type == ColumnType::JsonArray || c.type == ColumnType::JsonObject)
            json += "json(" + n + ")";
        else
            json += n;
        marks += marks.isEmpty() ? "?" : ", ?";
        if (n != "id")
            updates += (updates.isEmpty() ? "" : ", ") + n + " = excluded." + n;
    }
    t.insertSql = "INSERT INTO " + QByteArray(table) + " (" + names + ") VALUES (" + marks + ")";
    t.upsertSql = t.insertSql + " ON CONFLICT (id) DO UPDATE SET " + updates;
    t.selectColumnsSql = "SELECT " + names + " FROM " + QByteArray(table);
    t.selectByIdSql = t.selectColumnsSql + " WHERE id = ?";
    t.jsonObjectSql = "json_object(" + json + ")";
    return t;
}

// The columns are the wire allow-list of barntid_protocol, so a pushed payload never carries a
// field the server refuses; only the table names are the store's own.
std::vector<EntityTable> buildTables()
{
    static const std::pair<const char *, const char *> tableNames[]
        = {{"case", "cases"}, {"foster_home", "foster_homes"}, {"visit", "visits"},
            {"visit_amendment", "visit_amendments"}, {"child_time", "child_times"},
            {"contact", "contacts"}, {"time_entry", "time_entries"}, {"slot", "slots"},
            {"booking", "bookings"}, {"review", "reviews"}, {"access_event", "access_events"},
            {"journal_entry", "journal_entries"}, {"survey_response", "survey_responses"}};
    std::vector<EntityTable> tables;
    for (const auto &[entity, table] : tableNames)
        tables.push_back(make(*protocol::findEntity(QLatin1StringView(entity)), table));
    Q_ASSERT(tables.size() == protocol::entities().size());
    return tables;
}

} // namespace

const std::vector<EntityTable> &entityTables()
{
    static const std::vector<EntityTable> tables = buildTables();
    return tables;
}

const EntityTable &entityTable(QAnyStringView entity)
{
    for (const EntityTable &t : entityTables()) {
        if (QAnyStringView::equal(t.entity, entity))
            return t;
    }
    throw StoreError(
        StoreErrorCode::Invalid, QStringLiteral("unknown entity %1").arg(entity.toString()));
}

void EntityTable::bindRecord(Statement &statement, const QJsonObject &record) const
{
    int index = 1;
    for (const Column &c : columns) {
        QJsonValue v = record.value(c.name);
        if ((v.isNull() || v.isUndefined()) && !c.absent.isUndefined())
            v = c.absent;
        if (c.type == ColumnType::Bool)
            statement.bind(index++, qint64(v.toBool() ? 1 : 0));
        else
            statement.bindJson(index++, v);
    }
}

QJsonObject EntityTable::readRecord(const Statement &statement) const
{
    QJsonObject o;
    int i = 0;
    for (const Column &c : columns) {
        const int col = i++;
        if (statement.isNull(col) && c.type != ColumnType::Bool) {
            o.insert(c.name, QJsonValue::Null);
            continue;
        }
        switch (c.type) {
        case ColumnType::Text:
            o.insert(c.name, statement.text(col));
            break;
        case ColumnType::Integer:
            o.insert(c.name, double(statement.integer(col)));
            break;
        case ColumnType::Real:
            o.insert(c.name, statement.real(col));
            break;
        case ColumnType::Bool:
            o.insert(c.name, statement.integer(col) != 0);
            break;
        case ColumnType::JsonArray:
            o.insert(c.name, QJsonDocument::fromJson(statement.text(col).toUtf8()).array());
            break;
        case ColumnType::JsonObject:
            o.insert(c.name, QJsonDocument::fromJson(statement.text(col).toUtf8()).object());
            break;
        }
    }
    return o;
}

QStringList EntityTable::columnNames() const
{
    QStringList names;
    for (const Column &c : columns)
        names << QString(c.name);
    return names;
}

} // namespace barntid
