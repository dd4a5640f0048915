// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/timeentry.h"

#include "domain/jsonfields.h"
#include "domain/rules.h"

namespace barntid {
namespace {
namespace keys {
constexpr QLatin1StringView category {"category"};
constexpr QLatin1StringView startsAt {"starts_at"};
constexpr QLatin1StringView endsAt {"ends_at"};
constexpr QLatin1StringView caseId {"case_id"};
constexpr QLatin1StringView visitId {"visit_id"};
constexpr QLatin1StringView note {"note"};
} // namespace keys
} // namespace

const QStringList &TimeEntry::categories()
{
    static const QStringList codes {QStringLiteral("child_contact"),
        QStringLiteral("family_contact"), QStringLiteral("foster_home_contact"),
        QStringLiteral("documentation"), QStringLiteral("travel"), QStringLiteral("meetings"),
        QStringLiteral("training"), QStringLiteral("other")};
    return codes;
}

QJsonObject TimeEntry::toJson() const
{
    QJsonObject o;
    meta.writeJson(o);
    o.insert(keys::category, category);
    o.insert(keys::startsAt, jsonfields::time(startsAt));
    o.insert(keys::endsAt, jsonfields::time(endsAt));
    o.insert(keys::caseId, jsonfields::idOrNull(caseId));
    o.insert(keys::visitId, jsonfields::idOrNull(visitId));
    o.insert(keys::note, note);
    return o;
}

TimeEntry TimeEntry::fromJson(const QJsonObject &o)
{
    TimeEntry e;
    e.meta = RecordMeta::readJson(o);
    jsonfields::read(o, keys::category, e.category);
    jsonfields::read(o, keys::startsAt, e.startsAt);
    jsonfields::read(o, keys::endsAt, e.endsAt);
    jsonfields::read(o, keys::caseId, e.caseId);
    jsonfields::read(o, keys::visitId, e.visitId);
    jsonfields::read(o, keys::note, e.note);
    return e;
}

ValidationIssues TimeEntry::validate() const
{
    ValidationIssues out = meta.validate();
    rules::oneOf(out, keys::category, category, categories());
    rules::workSpan(out, keys::startsAt, keys::endsAt, startsAt, endsAt);
    rules::optionalId(out, keys::caseId, caseId);
    rules::optionalId(out, keys::visitId, visitId);
    rules::maxLength(out, keys::note, note, 2000);
    return out;
}

} // namespace barntid
