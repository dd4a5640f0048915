// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QString>

namespace barntid {

/** One broken rule on one field: machine codes only, the UI turns them into words. */
struct ValidationIssue
{
    QString field; // the JSON/SQL key, e.g. "planned_end"
    QString code; // one of the issue:: codes below
    bool operator==(const ValidationIssue &) const = default;
};

using ValidationIssues = QList<ValidationIssue>;

// Stable codes: the UI and the server's 400 responses key on them.
namespace issue {
inline constexpr QLatin1StringView required {"required"};
inline constexpr QLatin1StringView tooLong {"too_long"};
inline constexpr QLatin1StringView invalid {"invalid"};
inline constexpr QLatin1StringView outOfRange {"out_of_range"};
inline constexpr QLatin1StringView endBeforeStart {"end_before_start"};
inline constexpr QLatin1StringView notAllowed {"not_allowed"};
} // namespace issue

} // namespace barntid
