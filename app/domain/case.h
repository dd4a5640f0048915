// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/recordmeta.h"

#include <optional>

namespace barntid {

/** A child's case (ärende): the record visits, child time and access logging hang on. */
struct Case
{
    static constexpr QLatin1StringView entity {"case"};

    RecordMeta meta;
    QString caseNumber;
    QString childName; // first name + initial, never the full name
    std::optional<int> birthYear;
    bool protectedIdentity = false;
    QString responsibleId;

    // Empty when the identity is protected; the UI shows its own mask text then.
    QString displayName() const;
    bool masked() const { return protectedIdentity; }

    QJsonObject toJson() const;
    static Case fromJson(const QJsonObject &o);
    ValidationIssues validate() const;
    bool operator==(const Case &) const = default;
};

} // namespace barntid
