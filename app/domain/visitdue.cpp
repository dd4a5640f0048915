// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/visitdue.h"

#include "domain/timeformat.h"
#include "domain/visit.h"

#include <algorithm>

namespace barntid {

int VisitDue::intervalDays(int visitsPerYear)
{
    return 365 / std::max(1, visitsPerYear);
}

QDateTime VisitDue::visitStart(const Visit &visit)
{
    return visit.actualStart.value_or(visit.meta.createdAt);
}

VisitDue VisitDue::compute(const QList<Visit> &visits, const QDateTime &now, int visitsPerYear)
{
    std::optional<QDateTime> last;
    for (const Visit &v : visits) {
        const QDateTime start = visitStart(v);
        if (!v.meta.deleted && start.isValid() && (!last || start > *last))
            last = start;
    }
    return compute(last, now, visitsPerYear);
}

VisitDue VisitDue::compute(
    const std::optional<QDateTime> &lastVisitAt, const QDateTime &now, int visitsPerYear)
{
    VisitDue due;
    const QDate today = now.toTimeZone(stockholm()).date();
    if (!lastVisitAt || !lastVisitAt->isValid()) {
        due.dueOn = today;
        return due;
    }
    due.lastVisitAt = lastVisitAt;
    due.dueOn = lastVisitAt->toTimeZone(stockholm()).date().addDays(intervalDays(visitsPerYear));
    due.overdue = today > due.dueOn;
    return due;
}

} // namespace barntid
