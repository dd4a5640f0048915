// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/clock.h"

#include <utility>

namespace barntid {

Clock::~Clock() = default;

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

ManualClock::ManualClock(QDateTime start)
    : m_now(std::move(start))
{ }

QDateTime ManualClock::now() const
{
    return m_now;
}

void ManualClock::set(QDateTime t)
{
    m_now = std::move(t);
}

void ManualClock::advance(qint64 ms)
{
    m_now = m_now.addMSecs(ms);
}

Clock &systemClock()
{
    static SystemClock clock;
    return clock;
}

} // namespace barntid
