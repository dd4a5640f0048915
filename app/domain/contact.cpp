// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/contact.h"

#include "domain/jsonfields.h"
#include "domain/rules.h"

namespace barntid {
namespace {
namespace keys {
constexpr QLatin1StringView fosterHomeId {"foster_home_id"};
constexpr QLatin1StringView kind {"kind"};
constexpr QLatin1StringView at {"at"};
constexpr QLatin1StringView durationMinutes {"duration_minutes"};
constexpr QLatin1StringView note {"note"};
constexpr QLatin1StringView nextFollowUp {"next_follow_up"};
} // namespace keys
} // namespace

const QStringList &Contact::kinds()
{
    static const QStringList codes {QStringLiteral("visit"), QStringLiteral("phone"),
        QStringLiteral("video"), QStringLiteral("supervision"), QStringLiteral("training")};
    return codes;
}

QJsonObject Contact::toJson() const
{
    QJsonObject o;
    meta.writeJson(o);
    o.insert(keys::fosterHomeId, jsonfields::idOrNull(fosterHomeId));
    o.insert(keys::kind, kind);
    o.insert(keys::at, jsonfields::time(at));
    o.insert(keys::durationMinutes, durationMinutes);
    o.insert(keys::note, note);
    o.insert(keys::nextFollowUp, jsonfields::date(nextFollowUp));
    return o;
}

Contact Contact::fromJson(const QJsonObject &o)
{
    Contact c;
    c.meta = RecordMeta::readJson(o);
    jsonfields::read(o, keys::fosterHomeId, c.fosterHomeId);
    jsonfields::read(o, keys::kind, c.kind);
    jsonfields::read(o, keys::at, c.at);
    jsonfields::read(o, keys::durationMinutes, c.durationMinutes);
    jsonfields::read(o, keys::note, c.note);
    jsonfields::read(o, keys::nextFollowUp, c.nextFollowUp);
    return c;
}

ValidationIssues Contact::validate() const
{
    ValidationIssues out = meta.validate();
    rules::requiredId(out, keys::fosterHomeId, fosterHomeId);
    rules::oneOf(out, keys::kind, kind, kinds());
    rules::requiredTime(out, keys::at, at);
    if (durationMinutes < 0 || durationMinutes > 1440)
        rules::add(out, keys::durationMinutes, issue::outOfRange);
    rules::maxLength(out, keys::note, note, 20000);
    rules::optionalDate(out, keys::nextFollowUp, nextFollowUp);
    return out;
}

} // namespace barntid
