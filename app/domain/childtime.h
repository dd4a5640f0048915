// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/barntid.h"
#include "domain/recordmeta.h"

namespace barntid {

/** A segment of direct time with a child: the numerator of barntid. */
struct ChildTime
{
    static constexpr QLatin1StringView entity {"child_time"};

    RecordMeta meta;
    QString caseId;
    QString visitId;
    QDateTime startsAt;
    QDateTime endsAt;
    QString mode = QStringLiteral("in_person");

    static const QStringList &modes();
    Interval interval() const { return {startsAt, endsAt}; }

    QJsonObject toJson() const;
    static ChildTime fromJson(const QJsonObject &o);
    ValidationIssues validate() const;
    bool operator==(const ChildTime &) const = default;
};

} // namespace barntid
