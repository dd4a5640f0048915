// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/barntid.h"
#include "domain/recordmeta.h"

namespace barntid {

/** Working time by category: together with child time, the denominator of barntid. */
struct TimeEntry
{
    static constexpr QLatin1StringView entity {"time_entry"};

    RecordMeta meta;
    QString category;
    QDateTime startsAt;
    QDateTime endsAt;
    QString caseId;
    QString visitId;
    QString note;

    static const QStringList &categories();
    Interval interval() const { return {startsAt, endsAt}; }

    QJsonObject toJson() const;
    static TimeEntry fromJson(const QJsonObject &o);
    ValidationIssues validate() const;
    bool operator==(const TimeEntry &) const = default;
};

} // namespace barntid
