// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace barntid {

struct Visit;

/** When a child in foster care is next to be visited: the policy (default 4 visits a year)
 *  counted from the latest visit, in local (Europe/Stockholm) days. */
struct VisitDue
{
    static constexpr int defaultVisitsPerYear = 4;

    std::optional<QDateTime> lastVisitAt; // empty: never visited
    QDate dueOn; // never visited: today
    bool overdue = false; // today is past dueOn
    bool neverVisited() const { return !lastVisitAt.has_value(); }
    // Needs a visit now: overdue, or never visited at all.
    bool needsVisit() const { return overdue || neverVisited(); }

    // Whole days between visits: 365 / visitsPerYear, rounded down so the policy is never
    // stretched (4 a year → 91 days). visitsPerYear < 1 counts as 1.
    static int intervalDays(int visitsPerYear);
    // When a visit counts as made: its actual start, else when the draft was created.
    static QDateTime visitStart(const Visit &visit);
    // Due date from the latest start among the visits (drafts and signed alike; deleted ones
    // do not count) and now; days are Stockholm calendar days.
    static VisitDue compute(
        const QList<Visit> &visits, const QDateTime &now, int visitsPerYear = defaultVisitsPerYear);
    static VisitDue compute(const std::optional<QDateTime> &lastVisitAt, const QDateTime &now,
        int visitsPerYear = defaultVisitsPerYear);
};

} // namespace barntid
