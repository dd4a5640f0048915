// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/daywatcher.h"

#include "domain/clock.h"
#include "domain/timeformat.h"
#include "models/session.h"
#include "models/uitext.h"

#include <algorithm>

namespace barntid {

namespace {

// Checked this long after midnight, so a timer that fires a little early still sees the new day.
constexpr qint64 pastMidnightMs = 100;

const Clock &sessionClock()
{
    Session *session = activeSession();
    return session ? session->clock() : systemClock();
}

} // namespace

DayWatcher::DayWatcher(QObject *parent)
    : DayWatcher(sessionClock(), parent)
{ }

DayWatcher::DayWatcher(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_today(clock.now().toTimeZone(stockholm()).date())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DayWatcher::check);
    plan();
}

QString DayWatcher::today() const
{
    return toIsoDate(m_today);
}

void DayWatcher::setMaxCheckIntervalMs(int ms)
{
    ms = std::max(1, ms);
    if (ms == m_maxCheckIntervalMs)
        return;
    m_maxCheckIntervalMs = ms;
    emit maxCheckIntervalMsChanged();
    plan();
}

void DayWatcher::check()
{
    const QDate today = m_clock.now().toTimeZone(stockholm()).date();
    plan();
    if (today == m_today)
        return;
    m_today = today;
    emit dayChanged();
}

void DayWatcher::plan()
{
    const QDateTime now = m_clock.now();
    const QDate date = now.toTimeZone(stockholm()).date();
    const QDateTime midnight(date.addDays(1), QTime(0, 0), stockholm());
    const qint64 untilMidnight = now.msecsTo(midnight) + pastMidnightMs;
    m_timer.start(int(std::clamp<qint64>(untilMidnight, 1, m_maxCheckIntervalMs)));
}

} // namespace barntid
