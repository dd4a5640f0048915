// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAnyStringView>
#include <QLatin1StringView>
#include <QStringView>

#include <vector>

namespace barntid::protocol {

/** The JSON shape a wire field may take; every type but Bool also accepts null. StringMap is an
 *  object of short keys to strings (a child's answers by question id). */
enum class FieldType { Text, Integer, Real, Bool, IdList, StringMap };

struct FieldSpec
{
    QLatin1StringView name;
    FieldType type;
};

/** One synced entity's allow-list: the only fields a client may send or receive. */
struct EntitySpec
{
    QLatin1StringView name;
    std::vector<FieldSpec> fields; ///< the entity's own fields, without the record meta
};

/** id, version, created_at, updated_at, author_id, device_id, deleted (DESIGN.md §4). */
const std::vector<FieldSpec> &metaFields();
const std::vector<EntitySpec> &entities();
const EntitySpec *findEntity(QAnyStringView name);
/** The spec of a meta or own field, or nullptr when the field is not allowed. */
const FieldSpec *findField(const EntitySpec &entity, QStringView field);

} // namespace barntid::protocol
