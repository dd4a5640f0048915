// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace barntid {

/** Source of "now", injected so rules that depend on time can be tested at fixed instants. */
class Clock
{
public:
    virtual ~Clock();
    virtual QDateTime now() const = 0;
};

/** The real wall clock, in UTC. */
class SystemClock : public Clock
{
public:
    QDateTime now() const override;
};

/** A clock that only moves when a test moves it. */
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start);
    QDateTime now() const override;
    void set(QDateTime t);
    void advance(qint64 ms);

private:
    QDateTime m_now;
};

Clock &systemClock();

} // namespace barntid
