// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/childtime.h"

#include "domain/jsonfields.h"
#include "domain/rules.h"

namespace barntid {
namespace {
namespace keys {
constexpr QLatin1StringView caseId {"case_id"};
constexpr QLatin1StringView visitId {"visit_id"};
constexpr QLatin1StringView startsAt {"starts_at"};
constexpr QLatin1StringView endsAt {"ends_at"};
constexpr QLatin1StringView mode {"mode"};
} // namespace keys
} // namespace

const QStringList &ChildTime::modes()
{
    static const QStringList codes {
        QStringLiteral("in_person"), QStringLiteral("video"), QStringLiteral("phone")};
    return codes;
}

QJsonObject ChildTime::toJson() const
{
    QJsonObject o;
    meta.writeJson(o);
    o.insert(keys::caseId, jsonfields::idOrNull(caseId));
    o.insert(keys::visitId, jsonfields::idOrNull(visitId));
    o.insert(keys::startsAt, jsonfields::time(startsAt));
    o.insert(keys::endsAt, jsonfields::time(endsAt));
    o.insert(keys::mode, mode);
    return o;
}

ChildTime ChildTime::fromJson(const QJsonObject &o)
{
    ChildTime t;
    t.meta = RecordMeta::readJson(o);
    jsonfields::read(o, keys::caseId, t.caseId);
    jsonfields::read(o, keys::visitId, t.visitId);
    jsonfields::read(o, keys::startsAt, t.startsAt);
    jsonfields::read(o, keys::endsAt, t.endsAt);
    jsonfields::read(o, keys::mode, t.mode);
    return t;
}

ValidationIssues ChildTime::validate() const
{
    ValidationIssues out = meta.validate();
    rules::requiredId(out, keys::caseId, caseId);
    rules::optionalId(out, keys::visitId, visitId);
    rules::workSpan(out, keys::startsAt, keys::endsAt, startsAt, endsAt);
    rules::oneOf(out, keys::mode, mode, modes());
    return out;
}

} // namespace barntid
