// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/barntid.h"
#include "domain/validation.h"

#include <QDate>
#include <QList>
#include <QTime>

namespace barntid {

/** A worker's recurring meeting times, e.g. every Tuesday 17:00–20:00, 45-minute meetings with a
 *  15-minute buffer, for four weeks. Times are Stockholm wall-clock times, so a series that
 *  crosses a change of summer time keeps its 17:00. */
struct SlotSeries
{
    QDate firstDay; ///< the weekday of the series is this day's
    QTime from; ///< the window on each day
    QTime until;
    int meetingMinutes = 45;
    int bufferMinutes = 15;
    int weeks = 1;

    static constexpr int maxWeeks = 26;

    /** The meetings, in order: each window holds as many meetings as fit whole, each followed by
     *  the buffer. Empty when the series is invalid. */
    QList<Interval> meetings() const;
    ValidationIssues validate() const;
};

} // namespace barntid
