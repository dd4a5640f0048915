// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clock.h"

#include <QObject>

/** Moves the session's ManualClock from QML (the TestClock singleton of the flow runners):
 *  the only test hook of the clock, and it lives in the tests. */
class TestClock : public QObject
{
    Q_OBJECT

public:
    explicit TestClock(barntid::ManualClock &clock)
        : m_clock(clock)
    { }
    Q_INVOKABLE void advance(double ms) { m_clock.advance(qint64(ms)); }

private:
    barntid::ManualClock &m_clock;
};
