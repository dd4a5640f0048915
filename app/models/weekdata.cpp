// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/weekdata.h"

#include "domain/childtime.h"
#include "domain/timeentry.h"
#include "domain/visit.h"
#include "models/uitext.h"
#include "store/connection.h"
#include "store/repository.h"
#include "store/statement.h"
#include "store/store.h"

#include <QLocale>

#include <algorithm>

namespace barntid {

namespace {
// Records that overlap [from, to): times are stored as fixed-width UTC text, so they compare
// like the instants. The third bound (no record starts earlier than the window's start less the
// longest span its table holds) lets the index serve the range from both ends.
constexpr const char *overlapsTimeEntry = "AND starts_at < ?1 AND ends_at > ?2 AND starts_at >= ?3 "
                                          "ORDER BY starts_at";
constexpr const char *overlapsVisit = "AND actual_start IS NOT NULL AND actual_end IS NOT NULL "
                                      "AND actual_start < ?1 AND actual_end > ?2 "
                                      "AND actual_start >= ?3 ORDER BY actual_start";

/** The binds of an overlap query on the table that keeps the entity's records. */
QStringList overlapBinds(Store &store, const Interval &window, QLatin1StringView entity)
{
    Statement &s = store.connection().cached("SELECT seconds FROM longest_spans WHERE entity = ?");
    s.bind(1, QString(entity));
    const qint64 longest = s.step() ? s.integer(0) : 0;
    s.reset();
    return {
        toRfc3339(window.end), toRfc3339(window.start), toRfc3339(window.start.addSecs(-longest))};
}
} // namespace

// Visits and child time are read into the week here rather than copied into time_entry records:
// nothing is counted twice and nothing goes stale when a draft visit's times change.
WeekData WeekData::load(Store &store, QDate anyDay)
{
    WeekData week;
    week.monday = weekStart(anyDay);
    week.rows = rowsIn(store, weekInterval(anyDay, stockholm()));
    for (const WeekRow &row : std::as_const(week.rows))
        (row.withChild ? week.childTime : week.registered).append({row.startsAt, row.endsAt});
    return week;
}

QList<WeekRow> WeekData::rowsIn(Store &store, const Interval &window)
{
    QList<WeekRow> rows;
    for (const TimeEntry &e : Repository<TimeEntry>(store).list(
             overlapsTimeEntry, overlapBinds(store, window, TimeEntry::entity)))
        rows.append({e.meta.id, e.category, e.startsAt, e.endsAt, e.note, false, e.meta.authorId});
    // A visit's checked-in span is contact with the family (or foster home) it was made to.
    for (const Visit &v :
        Repository<Visit>(store).list(overlapsVisit, overlapBinds(store, window, Visit::entity))) {
        const QString category = v.kind == u"foster_home" ? QStringLiteral("foster_home_contact")
                                                          : QStringLiteral("family_contact");
        rows.append({v.meta.id, category, *v.actualStart, *v.actualEnd, UiText::visitKind(v.kind),
            true, v.meta.authorId});
    }
    for (const ChildTime &c : Repository<ChildTime>(store).list(
             overlapsTimeEntry, overlapBinds(store, window, ChildTime::entity))) {
        rows.append({c.meta.id, QStringLiteral("child_contact"), c.startsAt, c.endsAt,
            WeekText::tr("Child time, %1").arg(UiText::childTimeMode(c.mode).toLower()), true,
            c.meta.authorId, true});
    }
    std::stable_sort(rows.begin(), rows.end(),
        [](const WeekRow &a, const WeekRow &b) { return a.startsAt < b.startsAt; });
    return rows;
}

QString WeekText::category(const QString &code)
{
    if (code == u"child_contact")
        return tr("Child contact");
    if (code == u"family_contact")
        return tr("Family contact");
    if (code == u"foster_home_contact")
        return tr("Foster home contact");
    if (code == u"documentation")
        return tr("Documentation");
    if (code == u"travel")
        return tr("Travel");
    if (code == u"meetings")
        return tr("Meetings");
    if (code == u"training")
        return tr("Training");
    return tr("Other");
}

QString WeekText::duration(qint64 seconds)
{
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return tr("%1 h").arg(minutes / 60);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString WeekText::weekLabel(QDate monday)
{
    const QDate sunday = monday.addDays(6);
    const QLocale locale;
    const QString range = monday.month() == sunday.month()
        ? QStringLiteral("%1–%2").arg(monday.day()).arg(locale.toString(sunday, u"d MMM"))
        : QStringLiteral("%1–%2").arg(
            locale.toString(monday, u"d MMM"), locale.toString(sunday, u"d MMM"));
    return tr("Week %1, %2").arg(monday.weekNumber()).arg(range);
}

QString WeekText::share(double share)
{
    return tr("Barntid %1 %").arg(qRound(share * 100));
}

QString WeekText::issue(const ValidationIssues &issues)
{
    for (const ValidationIssue &i : issues) {
        if (i.field == u"category")
            return tr("Choose a category.");
        if (i.code == u"end_before_start")
            return tr("The end must be after the start.");
        if (i.field == u"starts_at")
            return tr("Give a valid start time.");
        if (i.field == u"ends_at")
            return i.code == u"out_of_range" ? tr("One time entry can be at most 24 hours.")
                                             : tr("Give a valid end time.");
        if (i.field == u"note")
            return tr("The note is too long.");
    }
    return {};
}

} // namespace barntid
