// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/booking.h"

#include "domain/jsonfields.h"
#include "domain/rules.h"

namespace barntid {
namespace {
namespace keys {
constexpr QLatin1StringView slotId {"slot_id"};
constexpr QLatin1StringView fosterHomeId {"foster_home_id"};
constexpr QLatin1StringView bookedBy {"booked_by"};
constexpr QLatin1StringView purpose {"purpose"};
constexpr QLatin1StringView status {"status"};
constexpr QLatin1StringView cancelReason {"cancel_reason"};
constexpr QLatin1StringView notifyEmail {"notify_email"};
constexpr QLatin1StringView startsAt {"starts_at"};
constexpr QLatin1StringView endsAt {"ends_at"};
constexpr QLatin1StringView place {"place"};
constexpr QLatin1StringView video {"video"};
constexpr QLatin1StringView videoLink {"video_link"};
constexpr QLatin1StringView afterHours {"after_hours"};
constexpr QLatin1StringView ownerName {"owner_name"};
constexpr QLatin1StringView cancelUntil {"cancel_until"};
} // namespace keys

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

const QStringList &Booking::statuses()
{
    static const QStringList codes {
        QStringLiteral("requested"), QStringLiteral("confirmed"), QStringLiteral("cancelled")};
    return codes;
}

QJsonObject Booking::toJson() const
{
    QJsonObject o;
    meta.writeJson(o);
    o.insert(keys::slotId, slotId);
    o.insert(keys::fosterHomeId, jsonfields::idOrNull(fosterHomeId));
    o.insert(keys::bookedBy, jsonfields::idOrNull(bookedBy));
    o.insert(keys::purpose, purpose);
    o.insert(keys::status, status);
    o.insert(keys::cancelReason, textOrNull(cancelReason));
    o.insert(keys::notifyEmail, textOrNull(notifyEmail));
    o.insert(keys::startsAt, jsonfields::time(startsAt));
    o.insert(keys::endsAt, jsonfields::time(endsAt));
    o.insert(keys::place, textOrNull(place));
    o.insert(keys::video, video);
    o.insert(keys::videoLink, textOrNull(videoLink));
    o.insert(keys::afterHours, afterHours);
    o.insert(keys::ownerName, textOrNull(ownerName));
    o.insert(keys::cancelUntil, jsonfields::time(cancelUntil));
    return o;
}

Booking Booking::fromJson(const QJsonObject &o)
{
    Booking b;
    b.meta = RecordMeta::readJson(o);
    jsonfields::read(o, keys::slotId, b.slotId);
    jsonfields::read(o, keys::fosterHomeId, b.fosterHomeId);
    jsonfields::read(o, keys::bookedBy, b.bookedBy);
    jsonfields::read(o, keys::purpose, b.purpose);
    jsonfields::read(o, keys::status, b.status);
    jsonfields::read(o, keys::cancelReason, b.cancelReason);
    jsonfields::read(o, keys::notifyEmail, b.notifyEmail);
    jsonfields::read(o, keys::startsAt, b.startsAt);
    jsonfields::read(o, keys::endsAt, b.endsAt);
    jsonfields::read(o, keys::place, b.place);
    jsonfields::read(o, keys::video, b.video);
    jsonfields::read(o, keys::videoLink, b.videoLink);
    jsonfields::read(o, keys::afterHours, b.afterHours);
    jsonfields::read(o, keys::ownerName, b.ownerName);
    jsonfields::read(o, keys::cancelUntil, b.cancelUntil);
    return b;
}

ValidationIssues Booking::validate() const
{
    // Blank purposes are refused where a family writes one (MeetingBook::book): a pulled or
    // older booking may carry none and must still be stored.
    ValidationIssues out = meta.validate();
    rules::requiredId(out, keys::slotId, slotId);
    rules::oneOf(out, keys::status, status, statuses());
    rules::maxLength(out, keys::purpose, purpose, purposeMax);
    rules::maxLength(out, keys::cancelReason, cancelReason, 500);
    rules::maxLength(out, keys::notifyEmail, notifyEmail, 254);
    return out;
}

} // namespace barntid
