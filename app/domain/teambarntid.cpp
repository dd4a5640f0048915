// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/teambarntid.h"

#include <QHash>

namespace barntid {

Period Period::containing(Kind kind, QDate day)
{
    if (!day.isValid())
        return {kind, {}};
    return {kind, kind == Kind::Week ? weekStart(day) : QDate(day.year(), day.month(), 1)};
}

QDate Period::last() const
{
    return kind == Kind::Week ? first.addDays(6) : first.addMonths(1).addDays(-1);
}

Period Period::shifted(int steps) const
{
    return {kind, kind == Kind::Week ? first.addDays(7 * steps) : first.addMonths(steps)};
}

Interval Period::interval(const QTimeZone &tz) const
{
    // startOfDay: a zone may skip local midnight; the edges are wall-clock days, so a DST week
    // is 167 or 169 hours long and nothing shifts across its edges.
    return {first.startOfDay(tz), last().addDays(1).startOfDay(tz)};
}

double WorkerTime::share() const
{
    return registeredSeconds > 0 ? double(childSeconds) / double(registeredSeconds) : 0.0;
}

WorkerTime &WorkerTime::operator+=(const WorkerTime &other)
{
    childSeconds += other.childSeconds;
    registeredSeconds += other.registeredSeconds;
    for (auto it = other.categorySeconds.cbegin(); it != other.categorySeconds.cend(); ++it)
        categorySeconds[it.key()] += it.value();
    return *this;
}

namespace {

struct WorkerSpans
{
    QList<Interval> child;
    QList<Interval> all;
    QHash<QString, QList<Interval>> byCategory;
};

QHash<QString, WorkerSpans> byWorker(const QList<TeamSpan> &spans)
{
    QHash<QString, WorkerSpans> out;
    for (const TeamSpan &s : spans) {
        WorkerSpans &w = out[s.authorId];
        if (s.withChild)
            w.child.append(s.span);
        w.all.append(s.span);
        w.byCategory[s.category].append(s.span);
    }
    return out;
}

WorkerTime timeIn(const WorkerSpans &w, const Interval &window)
{
    // Child time is working time even where no entry covers it (as summarizeWeek counts it).
    WorkerTime t;
    t.childSeconds = unionSeconds(clip(w.child, window));
    t.registeredSeconds = unionSeconds(clip(w.all, window));
    for (auto it = w.byCategory.cbegin(); it != w.byCategory.cend(); ++it) {
        if (const qint64 s = unionSeconds(clip(it.value(), window)); s > 0)
            t.categorySeconds.insert(it.key(), s);
    }
    return t;
}

TeamPeriod summarize(const Period &period, const QHash<QString, WorkerSpans> &workers,
    const QStringList &workerIds, const QTimeZone &tz)
{
    TeamPeriod out;
    out.period = period;
    const Interval window = period.interval(tz);
    for (const QString &id : workerIds)
        out.workers.insert(id, {});
    for (auto it = workers.cbegin(); it != workers.cend(); ++it)
        out.workers.insert(it.key(), timeIn(it.value(), window));
    for (const WorkerTime &w : std::as_const(out.workers))
        out.team += w;
    return out;
}

} // namespace

TeamPeriod summarizeTeam(const Period &period, const QList<TeamSpan> &spans,
    const QStringList &workerIds, const QTimeZone &tz)
{
    return summarize(period, byWorker(spans), workerIds, tz);
}

QList<TeamPeriod> teamTrend(const Period &last, int count, const QList<TeamSpan> &spans,
    const QStringList &workerIds, const QTimeZone &tz)
{
    const QHash<QString, WorkerSpans> workers = byWorker(spans);
    QList<TeamPeriod> out;
    for (int i = count - 1; i >= 0; --i)
        out.append(summarize(last.shifted(-i), workers, workerIds, tz));
    return out;
}

} // namespace barntid
