// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/barntid.h"

#include <algorithm>

namespace barntid {
namespace {

bool isEmpty(const Interval &i)
{
    return !i.start.isValid() || !i.end.isValid() || i.end <= i.start;
}

qint64 totalMsecs(const QList<Interval> &merged)
{
    qint64 ms = 0;
    for (const Interval &i : merged)
        ms += i.start.msecsTo(i.end);
    return ms;
}

} // namespace

qint64 Interval::seconds() const
{
    return isEmpty(*this) ? 0 : start.msecsTo(end) / 1000;
}

QList<Interval> mergeIntervals(QList<Interval> intervals)
{
    intervals.removeIf(isEmpty);
    std::sort(intervals.begin(), intervals.end(),
        [](const Interval &a, const Interval &b) { return a.start < b.start; });
    QList<Interval> out;
    for (const Interval &i : std::as_const(intervals)) {
        if (!out.isEmpty() && i.start <= out.last().end)
            out.last().end = std::max(out.last().end, i.end);
        else
            out.append(i);
    }
    return out;
}

qint64 unionSeconds(const QList<Interval> &intervals)
{
    return totalMsecs(mergeIntervals(intervals)) / 1000;
}

QList<Interval> clip(const QList<Interval> &intervals, const Interval &window)
{
    QList<Interval> out;
    if (isEmpty(window))
        return out;
    for (const Interval &i : intervals) {
        if (isEmpty(i))
            continue;
        const Interval cut {std::max(i.start, window.start), std::min(i.end, window.end)};
        if (!isEmpty(cut))
            out.append(cut);
    }
    return out;
}

QList<Interval> splitByLocalDay(const Interval &interval, const QTimeZone &tz)
{
    QList<Interval> out;
    if (isEmpty(interval))
        return out;
    QDateTime from = interval.start;
    while (from < interval.end) {
        // startOfDay, not 00:00: a zone may skip local midnight on a DST day.
        const QDateTime nextDay = from.toTimeZone(tz).date().addDays(1).startOfDay(tz);
        const QDateTime to = std::min(nextDay, interval.end);
        out.append({from, to});
        from = to;
    }
    return out;
}

QMap<QDate, qint64> secondsPerLocalDay(const QList<Interval> &intervals, const QTimeZone &tz)
{
    QMap<QDate, qint64> ms;
    for (const Interval &merged : mergeIntervals(intervals)) {
        for (const Interval &piece : splitByLocalDay(merged, tz))
            ms[piece.start.toTimeZone(tz).date()] += piece.start.msecsTo(piece.end);
    }
    QMap<QDate, qint64> out;
    for (auto it = ms.cbegin(); it != ms.cend(); ++it)
        out.insert(it.key(), it.value() / 1000);
    return out;
}

QDate weekStart(QDate d)
{
    return d.addDays(1 - d.dayOfWeek());
}

Interval weekInterval(QDate anyDay, const QTimeZone &tz)
{
    const QDate monday = weekStart(anyDay);
    return {monday.startOfDay(tz), monday.addDays(7).startOfDay(tz)};
}

double WeekSummary::share() const
{
    return registeredSeconds > 0 ? double(childSeconds) / double(registeredSeconds) : 0.0;
}

WeekSummary summarizeWeek(QDate anyDay, const QList<Interval> &childTime,
    const QList<Interval> &registered, const QTimeZone &tz)
{
    const Interval week = weekInterval(anyDay, tz);
    WeekSummary s;
    s.weekStart = weekStart(anyDay);
    s.childSeconds = unionSeconds(clip(childTime, week));
    s.registeredSeconds = unionSeconds(clip(registered + childTime, week));
    return s;
}

} // namespace barntid
