// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/visitamendment.h"

#include "domain/jsonfields.h"
#include "domain/rules.h"

namespace barntid {
namespace {
namespace keys {
constexpr QLatin1StringView visitId {"visit_id"};
constexpr QLatin1StringView text {"text"};
constexpr QLatin1StringView signedAt {"signed_at"};
constexpr QLatin1StringView signedBy {"signed_by"};
} // namespace keys
} // namespace

QJsonObject VisitAmendment::toJson() const
{
    QJsonObject o;
    meta.writeJson(o);
    o.insert(keys::visitId, jsonfields::idOrNull(visitId));
    o.insert(keys::text, text);
    o.insert(keys::signedAt, jsonfields::time(signedAt));
    o.insert(keys::signedBy, jsonfields::idOrNull(signedBy));
    return o;
}

VisitAmendment VisitAmendment::fromJson(const QJsonObject &o)
{
    VisitAmendment a;
    a.meta = RecordMeta::readJson(o);
    jsonfields::read(o, keys::visitId, a.visitId);
    jsonfields::read(o, keys::text, a.text);
    jsonfields::read(o, keys::signedAt, a.signedAt);
    jsonfields::read(o, keys::signedBy, a.signedBy);
    return a;
}

ValidationIssues VisitAmendment::validate() const
{
    ValidationIssues out = meta.validate();
    rules::requiredId(out, keys::visitId, visitId);
    rules::requiredText(out, keys::text, text, 10000);
    rules::requiredTime(out, keys::signedAt, signedAt);
    rules::optionalId(out, keys::signedBy, signedBy);
    return out;
}

} // namespace barntid
