// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/case.h"

#include "domain/jsonfields.h"
#include "domain/rules.h"

namespace barntid {
namespace {
namespace keys {
constexpr QLatin1StringView caseNumber {"case_number"};
constexpr QLatin1StringView childName {"child_name"};
constexpr QLatin1StringView birthYear {"birth_year"};
constexpr QLatin1StringView protectedIdentity {"protected_identity"};
constexpr QLatin1StringView responsibleId {"responsible_id"};
} // namespace keys
} // namespace

QString Case::displayName() const
{
    return protectedIdentity ? QString() : childName;
}

QJsonObject Case::toJson() const
{
    QJsonObject o;
    meta.writeJson(o);
    o.insert(keys::caseNumber, caseNumber);
    o.insert(keys::childName, childName);
    o.insert(keys::birthYear, jsonfields::number(birthYear));
    o.insert(keys::protectedIdentity, protectedIdentity);
    o.insert(keys::responsibleId, jsonfields::idOrNull(responsibleId));
    return o;
}

Case Case::fromJson(const QJsonObject &o)
{
    Case c;
    c.meta = RecordMeta::readJson(o);
    jsonfields::read(o, keys::caseNumber, c.caseNumber);
    jsonfields::read(o, keys::childName, c.childName);
    jsonfields::read(o, keys::birthYear, c.birthYear);
    jsonfields::read(o, keys::protectedIdentity, c.protectedIdentity);
    jsonfields::read(o, keys::responsibleId, c.responsibleId);
    return c;
}

ValidationIssues Case::validate() const
{
    ValidationIssues out = meta.validate();
    rules::requiredText(out, keys::caseNumber, caseNumber, 32);
    rules::requiredText(out, keys::childName, childName, 80);
    if (birthYear && (*birthYear < 1980 || *birthYear > 2100))
        rules::add(out, keys::birthYear, issue::outOfRange);
    rules::optionalId(out, keys::responsibleId, responsibleId);
    return out;
}

} // namespace barntid
