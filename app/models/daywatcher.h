// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

namespace barntid {

class Clock;

/** Says when the local (Europe/Stockholm) day changes, so what is due or overdue "today"
 *  updates on a page left open overnight. It reads the session's clock at the next midnight,
 *  and at least every maxCheckIntervalMs (a device that slept, a clock set by hand). */
class DayWatcher : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString today READ today NOTIFY dayChanged)
    Q_PROPERTY(int maxCheckIntervalMs READ maxCheckIntervalMs WRITE setMaxCheckIntervalMs NOTIFY
            maxCheckIntervalMsChanged)

public:
    static constexpr int defaultMaxCheckIntervalMs = 60'000;

    /** Over the app session's clock (the system clock without a session). */
    explicit DayWatcher(QObject *parent = nullptr);
    DayWatcher(const Clock &clock, QObject *parent = nullptr);

    /** The local date, ISO 8601. */
    QString today() const;
    int maxCheckIntervalMs() const { return m_maxCheckIntervalMs; }
    void setMaxCheckIntervalMs(int ms);
    /** When the next check is due, in ms from the last one. */
    int nextCheckMs() const { return m_timer.interval(); }

    /** Reads the clock now: dayChanged() if the date moved; the next check is planned anew. */
    Q_INVOKABLE void check();

signals:
    void dayChanged();
    void maxCheckIntervalMsChanged();

private:
    void plan();

    const Clock &m_clock;
    QDate m_today;
    int m_maxCheckIntervalMs = defaultMaxCheckIntervalMs;
    QTimer m_timer;
};

} // namespace barntid
