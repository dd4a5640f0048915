// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/recordmeta.h"

namespace barntid {

/** A signed addition (tillägg) to a signed visit: the only way to correct what was signed. */
struct VisitAmendment
{
    static constexpr QLatin1StringView entity {"visit_amendment"};

    RecordMeta meta;
    QString visitId;
    QString text;
    QDateTime signedAt;
    QString signedBy;

    QJsonObject toJson() const;
    static VisitAmendment fromJson(const QJsonObject &o);
    ValidationIssues validate() const;
    bool operator==(const VisitAmendment &) const = default;
};

} // namespace barntid
