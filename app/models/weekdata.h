// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/barntid.h"
#include "domain/validation.h"

#include <QCoreApplication>

namespace barntid {

class Store;

/** One line of the week's time log: a time entry, or time derived from a visit. */
struct WeekRow
{
    QString id;
    QString category; // a TimeEntry::categories() code
    QDateTime startsAt;
    QDateTime endsAt;
    QString note;
    bool fromVisit = false;
    QString authorId;
    bool withChild = false; // child time: barntid's numerator
};

/** What one local week holds: rows for the list and the intervals barntid is computed from. */
struct WeekData
{
    QDate monday;
    QList<WeekRow> rows; // by start
    QList<Interval> childTime;
    QList<Interval> registered; // time entries and visit spans; summarizeWeek adds child time

    /** Reads the week that contains anyDay (Europe/Stockholm) from the open store. */
    static WeekData load(Store &store, QDate anyDay);
    /** Every row overlapping the window, whoever wrote it, by start (the team dashboard). */
    static QList<WeekRow> rowsIn(Store &store, const Interval &window);
};

/** The week view's words, in the UI language. */
class WeekText
{
    Q_DECLARE_TR_FUNCTIONS(WeekText)

public:
    static QString category(const QString &code);
    static QString duration(qint64 seconds);
    static QString weekLabel(QDate monday);
    static QString share(double share);
    /** The first issue a worker can act on, as a sentence; empty when there is none. */
    static QString issue(const ValidationIssues &issues);
};

} // namespace barntid
