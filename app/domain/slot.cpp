// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/slot.h"

#include "domain/jsonfields.h"
#include "domain/rules.h"

namespace barntid {
namespace {
namespace keys {
constexpr QLatin1StringView ownerId {"owner_id"};
constexpr QLatin1StringView ownerName {"owner_name"};
constexpr QLatin1StringView startsAt {"starts_at"};
constexpr QLatin1StringView endsAt {"ends_at"};
constexpr QLatin1StringView place {"place"};
constexpr QLatin1StringView video {"video"};
constexpr QLatin1StringView videoLink {"video_link"};
constexpr QLatin1StringView afterHours {"after_hours"};
} // namespace keys
} // namespace

bool Slot::overlaps(const Slot &other) const
{
    return startsAt < other.endsAt && other.startsAt < endsAt;
}

QJsonObject Slot::toJson() const
{
    QJsonObject o;
    meta.writeJson(o);
    o.insert(keys::ownerId, ownerId);
    o.insert(keys::ownerName, ownerName.isEmpty() ? QJsonValue() : QJsonValue(ownerName));
    o.insert(keys::startsAt, jsonfields::time(startsAt));
    o.insert(keys::endsAt, jsonfields::time(endsAt));
    o.insert(keys::place, place.isEmpty() ? QJsonValue() : QJsonValue(place));
    o.insert(keys::video, video);
    o.insert(keys::videoLink, videoLink.isEmpty() ? QJsonValue() : QJsonValue(videoLink));
    o.insert(keys::afterHours, afterHours);
    return o;
}

Slot Slot::fromJson(const QJsonObject &o)
{
    Slot s;
    s.meta = RecordMeta::readJson(o);
    jsonfields::read(o, keys::ownerId, s.ownerId);
    jsonfields::read(o, keys::ownerName, s.ownerName);
    jsonfields::read(o, keys::startsAt, s.startsAt);
    jsonfields::read(o, keys::endsAt, s.endsAt);
    jsonfields::read(o, keys::place, s.place);
    jsonfields::read(o, keys::video, s.video);
    jsonfields::read(o, keys::videoLink, s.videoLink);
    jsonfields::read(o, keys::afterHours, s.afterHours);
    return s;
}

ValidationIssues Slot::validate() const
{
    ValidationIssues out = meta.validate();
    rules::requiredId(out, keys::ownerId, ownerId);
    rules::workSpan(out, keys::startsAt, keys::endsAt, startsAt, endsAt);
    rules::maxLength(out, keys::place, place, 200);
    rules::maxLength(out, keys::videoLink, videoLink, 500);
    if (!videoLink.isEmpty() && (!video || !videoLink.startsWith(u"https://")))
        rules::add(out, keys::videoLink, issue::invalid);
    if (!video && place.trimmed().isEmpty())
        rules::add(out, keys::place, issue::required);
    return out;
}

} // namespace barntid
