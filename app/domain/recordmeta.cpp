// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/recordmeta.h"

#include "domain/jsonfields.h"
#include "domain/rules.h"

namespace barntid {

namespace {
namespace keys {
constexpr QLatin1StringView id {"id"};
constexpr QLatin1StringView version {"version"};
constexpr QLatin1StringView createdAt {"created_at"};
constexpr QLatin1StringView updatedAt {"updated_at"};
constexpr QLatin1StringView authorId {"author_id"};
constexpr QLatin1StringView deviceId {"device_id"};
constexpr QLatin1StringView deleted {"deleted"};
} // namespace keys
} // namespace

void RecordMeta::writeJson(QJsonObject &o) const
{
    o.insert(keys::id, id);
    o.insert(keys::version, version);
    o.insert(keys::createdAt, jsonfields::time(createdAt));
    o.insert(keys::updatedAt, jsonfields::time(updatedAt));
    o.insert(keys::authorId, jsonfields::idOrNull(authorId));
    o.insert(keys::deviceId, jsonfields::idOrNull(deviceId));
    o.insert(keys::deleted, deleted);
}

RecordMeta RecordMeta::readJson(const QJsonObject &o)
{
    RecordMeta m;
    jsonfields::read(o, keys::id, m.id);
    jsonfields::read(o, keys::version, m.version);
    jsonfields::read(o, keys::createdAt, m.createdAt);
    jsonfields::read(o, keys::updatedAt, m.updatedAt);
    jsonfields::read(o, keys::authorId, m.authorId);
    jsonfields::read(o, keys::deviceId, m.deviceId);
    jsonfields::read(o, keys::deleted, m.deleted);
    return m;
}

ValidationIssues RecordMeta::validate() const
{
    ValidationIssues out;
    rules::requiredId(out, keys::id, id);
    if (version < 0)
        rules::add(out, keys::version, issue::outOfRange);
    rules::optionalId(out, keys::authorId, authorId);
    rules::optionalId(out, keys::deviceId, deviceId);
    return out;
}

} // namespace barntid
