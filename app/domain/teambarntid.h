// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/barntid.h"

#include <QMap>
#include <QStringList>

// The supervisor's figures: the barntid of barntid.h per worker and for the team, per week or
// calendar month in Europe/Stockholm. A span crossing a period's edge (local midnight) counts on
// each side for its own part; each worker's overlaps count once, as on the worker's own week.
namespace barntid {

/** An ISO week (Monday 00:00 local) or a calendar month (the 1st, 00:00 local). */
struct Period
{
    enum class Kind { Week, Month };

    Kind kind = Kind::Week;
    QDate first; ///< the Monday, or the 1st

    static Period containing(Kind kind, QDate day);
    bool isValid() const { return first.isValid(); }
    /** The Sunday, or the month's last day. */
    QDate last() const;
    /** steps periods later (earlier when negative). */
    Period shifted(int steps) const;
    Interval interval(const QTimeZone &tz = stockholm()) const;
    bool operator==(const Period &) const = default;
};

/** A worker's span of work as the dashboard counts it: child time, a time entry or a visit. */
struct TeamSpan
{
    QString authorId;
    Interval span;
    QString category; ///< a TimeEntry::categories() code; child time is "child_contact"
    bool withChild = false; ///< child time: the numerator. Every span is registered time.
};

/** One worker's time in a period (or the team's, summed). */
struct WorkerTime
{
    qint64 childSeconds = 0;
    qint64 registeredSeconds = 0;
    /** Per category, that category's union: categories may overlap one another (child time
     *  inside a visit), so they need not add up to registeredSeconds. */
    QMap<QString, qint64> categorySeconds;
    double share() const; ///< 0 when nothing is registered
    WorkerTime &operator+=(const WorkerTime &other);
};

struct TeamPeriod
{
    Period period;
    QMap<QString, WorkerTime> workers; ///< by author id: every worker asked for or with spans
    WorkerTime team; ///< the workers' sums: two people's hours add up, they never overlap
};

TeamPeriod summarizeTeam(const Period &period, const QList<TeamSpan> &spans,
    const QStringList &workerIds = {}, const QTimeZone &tz = stockholm());
/** count periods ending with last, oldest first. */
QList<TeamPeriod> teamTrend(const Period &last, int count, const QList<TeamSpan> &spans,
    const QStringList &workerIds = {}, const QTimeZone &tz = stockholm());

} // namespace barntid
