// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/barntid.h"
#include "domain/recordmeta.h"

namespace barntid {

/** A meeting time a social worker publishes for the foster families assigned to them. The
 *  server fills owner_id, owner_name and after_hours ("kvällstid", from the unit's opening
 *  hours); what the device writes there is only its guess until the answer comes back. */
struct Slot
{
    static constexpr QLatin1StringView entity {"slot"};

    RecordMeta meta;
    QString ownerId;
    QString ownerName;
    QDateTime startsAt;
    QDateTime endsAt;
    QString place;
    bool video = false;
    QString videoLink; ///< https, only with video; never sent to families by the server
    bool afterHours = false;

    Interval interval() const { return {startsAt, endsAt}; }
    /** Shares a moment with other (touching ends do not overlap). */
    bool overlaps(const Slot &other) const;

    QJsonObject toJson() const;
    static Slot fromJson(const QJsonObject &o);
    ValidationIssues validate() const;
    bool operator==(const Slot &) const = default;
};

} // namespace barntid
