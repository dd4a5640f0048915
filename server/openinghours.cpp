// SPDX-License-Identifier: GPL-3.0-or-later
#include "openinghours.h"

#include "domain/timeformat.h"

#include <QTime>

namespace barntid::server {

bool isAfterHours(const QDateTime &start, const QDateTime &end)
{
    const QDateTime s = start.toTimeZone(stockholm());
    const QDateTime e = end.toTimeZone(stockholm());
    if (s.date() != e.date() || s.date().dayOfWeek() > 5)
        return true;
    const QTime intervals[][2] = {{QTime(7, 30), QTime(12, 0)}, {QTime(13, 0), QTime(16, 15)}};
    for (const auto &interval : intervals) {
        if (s.time() >= interval[0] && e.time() <= interval[1])
            return false;
    }
    return true;
}

} // namespace barntid::server
