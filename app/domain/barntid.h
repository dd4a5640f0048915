// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/timeformat.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QTimeZone>

// Barntid = time with children ÷ registered working time, per local week.
// Both sides are unions of intervals: a worker with two children in the room, or a time entry
// logged twice, did not work twice as long, so overlaps count once. Time with a child is working
// time even when no time entry covers it, so registered time is the union of both and the share
// can never exceed 1. Days and weeks are local (Europe/Stockholm): a DST week lasts 167 h or 169 h.
namespace barntid {

/** A half-open span of time [start, end); empty or invalid when end <= start. */
struct Interval
{
    QDateTime start;
    QDateTime end;
    qint64 seconds() const;
    bool operator==(const Interval &) const = default;
};

// Union of the intervals, sorted by start; overlapping and touching ones merge, empty and
// invalid ones are dropped.
QList<Interval> mergeIntervals(QList<Interval> intervals);
qint64 unionSeconds(const QList<Interval> &intervals);
// Each interval cut to the window; what falls outside it is dropped.
QList<Interval> clip(const QList<Interval> &intervals, const Interval &window);
// Pieces that each lie within one local day (they end at local midnight).
QList<Interval> splitByLocalDay(const Interval &interval, const QTimeZone &tz = stockholm());
QMap<QDate, qint64> secondsPerLocalDay(const QList<Interval> &intervals, const QTimeZone &tz);

// ISO week: the Monday on or before d.
QDate weekStart(QDate d);
// Monday 00:00 local to the next Monday 00:00 local.
Interval weekInterval(QDate anyDay, const QTimeZone &tz);

/** One week's barntid, the figure workers and supervisors see. */
struct WeekSummary
{
    QDate weekStart;
    qint64 childSeconds = 0;
    qint64 registeredSeconds = 0;
    double share() const; // childSeconds / registeredSeconds, 0 when nothing is registered
};

WeekSummary summarizeWeek(QDate anyDay, const QList<Interval> &childTime,
    const QList<Interval> &registered, const QTimeZone &tz);

} // namespace barntid
