// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/slotseries.h"

#include "domain/rules.h"
#include "domain/timeformat.h"

namespace barntid {

namespace {
namespace keys {
constexpr QLatin1StringView firstDay {"first_day"};
constexpr QLatin1StringView from {"from"};
constexpr QLatin1StringView until {"until"};
constexpr QLatin1StringView meetingMinutes {"meeting_minutes"};
constexpr QLatin1StringView bufferMinutes {"buffer_minutes"};
constexpr QLatin1StringView weeks {"weeks"};
} // namespace keys
} // namespace

ValidationIssues SlotSeries::validate() const
{
    ValidationIssues out;
    if (!firstDay.isValid())
        rules::add(out, keys::firstDay, issue::required);
    if (!from.isValid())
        rules::add(out, keys::from, issue::required);
    if (!until.isValid())
        rules::add(out, keys::until, issue::required);
    else if (from.isValid() && until <= from)
        rules::add(out, keys::until, issue::endBeforeStart);
    if (meetingMinutes < 5 || meetingMinutes > 8 * 60)
        rules::add(out, keys::meetingMinutes, issue::outOfRange);
    if (bufferMinutes < 0 || bufferMinutes > 120)
        rules::add(out, keys::bufferMinutes, issue::outOfRange);
    if (weeks < 1 || weeks > maxWeeks)
        rules::add(out, keys::weeks, issue::outOfRange);
    if (out.isEmpty() && from.secsTo(until) < meetingMinutes * 60)
        rules::add(out, keys::meetingMinutes, issue::outOfRange); // not one meeting fits
    return out;
}

QList<Interval> SlotSeries::meetings() const
{
    if (!validate().isEmpty())
        return {};
    QList<Interval> out;
    const int window = from.secsTo(until) / 60;
    for (int week = 0; week < weeks; ++week) {
        const QDate day = firstDay.addDays(7 * week);
        for (int start = 0; start + meetingMinutes <= window;
             start += meetingMinutes + bufferMinutes) {
            // Wall-clock times of that day: a day of the autumn change still starts at 17:00.
            const QDateTime s(day, from.addSecs(start * 60), stockholm());
            const QDateTime e(day, from.addSecs((start + meetingMinutes) * 60), stockholm());
            out.append({s.toUTC(), e.toUTC()});
        }
    }
    return out;
}

} // namespace barntid
