// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/entitytable.h"

#include "store/statement.h"
#include "store/storeerror.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace barntid {

namespace {

using T = ColumnType;

std::vector<Column> withMeta(std::initializer_list<Column> own)
{
    std::vector<Column> columns {
        {QLatin1StringView("id"), T::Text},
        {QLatin1StringView("version"), T::Integer},
        {QLatin1StringView("created_at"), T::Text},
        {QLatin1StringView("updated_at"), T::Text},
        {QLatin1StringView("author_id"), T::Text},
        {QLatin1StringView("device_id"), T::Text},
        {QLatin1StringView("deleted"), T::Bool},
    };
    columns.insert(columns.end(), own);
    return columns;
}

EntityTable make(const char *entity, const char *table, std::initializer_list<Column> own)
{
    EntityTable t {
        QLatin1StringView(entity), QLatin1StringView(table), withMeta(own), {}, {}, {}, {}, {}};
    QByteArray names, marks, updates, json;
    for (const Column &c : t.columns) {
        const QByteArray n(c.name.data(), c.name.size());
        names += (names.isEmpty() ? "" : ", ") + n;
        json += (json.isEmpty() ? "'" : ", '") + n + "', ";
        if (c.type == ColumnType::Bool)
            json += "json(CASE WHEN " + n + " THEN 'true' ELSE 'false' END)";
        else if (c.type == ColumnType::JsonArray)
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

constexpr auto L = [](const char *s) { return QLatin1StringView(s); };

std::vector<EntityTable> buildTables()
{
    return {
        make("case", "cases",
            {{L("case_number"), T::Text}, {L("child_name"), T::Text}, {L("birth_year"), T::Integer},
                {L("protected_identity"), T::Bool}, {L("responsible_id"), T::Text}}),
        make("foster_home", "foster_homes",
            {{L("name"), T::Text}, {L("contact_persons"), T::Text}, {L("phone"), T::Text},
                {L("foster_parent_ids"), T::JsonArray}, {L("worker_ids"), T::JsonArray},
                {L("training_offered_on"), T::Text}, {L("training_completed_on"), T::Text},
                {L("supervision_status"), T::Text}, {L("placed_case_ids"), T::JsonArray}}),
        make("visit", "visits",
            {{L("case_id"), T::Text}, {L("foster_home_id"), T::Text}, {L("kind"), T::Text},
                {L("planned_start"), T::Text}, {L("planned_end"), T::Text},
                {L("actual_start"), T::Text}, {L("actual_end"), T::Text},
                {L("check_in_lat"), T::Real}, {L("check_in_lon"), T::Real},
                {L("check_in_accuracy"), T::Real}, {L("check_in_at"), T::Text},
                {L("check_out_lat"), T::Real}, {L("check_out_lon"), T::Real},
                {L("check_out_accuracy"), T::Real}, {L("check_out_at"), T::Text},
                {L("present"), T::Text}, {L("note"), T::Text}, {L("child_words"), T::Text},
                {L("bbic"), T::JsonArray}, {L("status"), T::Text}, {L("signed_at"), T::Text},
                {L("signed_by"), T::Text}}),
        make("visit_amendment", "visit_amendments",
            {{L("visit_id"), T::Text}, {L("text"), T::Text}, {L("signed_at"), T::Text},
                {L("signed_by"), T::Text}}),
        make("child_time", "child_times",
            {{L("case_id"), T::Text}, {L("visit_id"), T::Text}, {L("starts_at"), T::Text},
                {L("ends_at"), T::Text}, {L("mode"), T::Text}}),
        make("contact", "contacts",
            {{L("foster_home_id"), T::Text}, {L("kind"), T::Text}, {L("at"), T::Text},
                {L("duration_minutes"), T::Integer}, {L("note"), T::Text},
                {L("next_follow_up"), T::Text}}),
        make("time_entry", "time_entries",
            {{L("category"), T::Text}, {L("starts_at"), T::Text}, {L("ends_at"), T::Text},
                {L("case_id"), T::Text}, {L("visit_id"), T::Text}, {L("note"), T::Text}}),
        make("slot", "slots",
            {{L("owner_id"), T::Text}, {L("starts_at"), T::Text}, {L("ends_at"), T::Text},
                {L("place"), T::Text}, {L("video"), T::Bool}, {L("after_hours"), T::Bool}}),
        make("booking", "bookings",
            {{L("slot_id"), T::Text}, {L("foster_home_id"), T::Text}, {L("booked_by"), T::Text},
                {L("purpose"), T::Text}, {L("status"), T::Text}, {L("cancel_reason"), T::Text}}),
        make("review", "reviews",
            {{L("target_entity"), T::Text}, {L("target_id"), T::Text}, {L("reviewer_id"), T::Text},
                {L("decision"), T::Text}, {L("comment"), T::Text}}),
        make("access_event", "access_events",
            {{L("case_id"), T::Text}, {L("record_entity"), T::Text}, {L("record_id"), T::Text},
                {L("opened_at"), T::Text}}),
    };
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
        const QJsonValue v = record.value(c.name);
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
