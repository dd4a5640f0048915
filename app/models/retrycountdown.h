// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace barntid {

class Clock;

/** The seconds left before another PIN may be tried after wrong ones, ticking down on screen.
 *  Recomputed from the clock on every tick, so a late tick never drifts the figure. */
class RetryCountdown : public QObject
{
    Q_OBJECT

public:
    explicit RetryCountdown(const Clock &clock, QObject *parent = nullptr);

    int seconds() const { return m_seconds; }
    /** Counts down to now + waitMs; 0 (or less) stops at once. */
    void waitFor(qint64 waitMs);
    /** Reads the clock again (before a try, so a late tick cannot let one through). */
    void update();

signals:
    void secondsChanged();

private:
    const Clock &m_clock;
    qint64 m_notBeforeMs = 0;
    int m_seconds = 0;
    QTimer m_tick;
};

} // namespace barntid
