// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/teambarntid.h"

#include <QCoreApplication>

namespace barntid {

/** The team dashboard's words, in the UI language (English source, Swedish catalogue). */
class TeamDashboardText
{
    Q_DECLARE_TR_FUNCTIONS(TeamDashboardText)

public:
    /** "Week 48, 23–29 Nov" or "November 2026". */
    static QString periodLabel(const Period &period);
    /** A trend chart's tick: "w. 48" or "Nov". */
    static QString tick(const Period &period);
    /** "42 %", or a dash when nothing is registered. */
    static QString share(const WorkerTime &time);
    static QString wholeTeam();
    /** A worker the roster does not name (no roster yet, or one who left the team). */
    static QString unnamedWorker(int number);
    /** "Anna: barntid 42 %, 3 h with children of 7 h 10 min registered." */
    static QString row(const QString &name, const WorkerTime &time);
    static QString trendSummary(
        const QString &kind, const QStringList &ticks, const QList<WorkerTime> &team);
    static QString fosterHomeReasons(bool noTraining, bool noSupervision);
    static QString lastSeen(const QDateTime &at);
    static QString entryTimes(const QDateTime &start, const QDateTime &end);
};

} // namespace barntid
