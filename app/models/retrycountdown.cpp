// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/retrycountdown.h"

#include "domain/clock.h"

namespace barntid {

namespace {
// A quarter second keeps the shown second within a tick of the truth.
constexpr int tickMs = 250;
} // namespace

RetryCountdown::RetryCountdown(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_tick.setInterval(tickMs);
    connect(&m_tick, &QTimer::timeout, this, &RetryCountdown::update);
}

void RetryCountdown::waitFor(qint64 waitMs)
{
    m_notBeforeMs = waitMs > 0 ? m_clock.now().toMSecsSinceEpoch() + waitMs : 0;
    update();
}

void RetryCountdown::update()
{
    const qint64 leftMs = m_notBeforeMs - m_clock.now().toMSecsSinceEpoch();
    const int seconds = leftMs > 0 ? int((leftMs + 999) / 1000) : 0;
    if (seconds > 0 && !m_tick.isActive())
        m_tick.start();
    else if (seconds == 0)
        m_tick.stop();
    if (seconds != m_seconds) {
        m_seconds = seconds;
        emit secondsChanged();
    }
}

} // namespace barntid
