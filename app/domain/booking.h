// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/recordmeta.h"

#include <optional>

namespace barntid {

/** A foster family's request for one slot, and the worker's answer. The family writes slot_id,
 *  purpose and notify_email; the server fills foster_home_id, booked_by and its copy of what was
 *  booked (times, place, video link, kvällstid, the worker's name, cancel_until), so a booking
 *  outlives a withdrawn slot. Only status and cancel_reason change after it is made. */
struct Booking
{
    static constexpr QLatin1StringView entity {"booking"};
    static constexpr qsizetype purposeMax = 500;

    RecordMeta meta;
    QString slotId;
    QString fosterHomeId;
    QString bookedBy;
    QString purpose;
    QString status; ///< requested, confirmed or cancelled
    QString cancelReason;
    QString notifyEmail;
    QDateTime startsAt;
    QDateTime endsAt;
    QString place;
    bool video = false;
    QString videoLink;
    bool afterHours = false;
    QString ownerName;
    std::optional<QDateTime> cancelUntil;

    static const QStringList &statuses();
    /** Requested or confirmed: it holds its slot. */
    bool active() const { return !meta.deleted && status != u"cancelled"; }

    QJsonObject toJson() const;
    static Booking fromJson(const QJsonObject &o);
    ValidationIssues validate() const;
    bool operator==(const Booking &) const = default;
};

} // namespace barntid
