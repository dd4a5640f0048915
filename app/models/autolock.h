// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace barntid {

/** When the open session must lock by itself (DESIGN.md §5): after a span without input, and
 *  when the app is sent to the background. Session owns one and locks on lockDue(). */
class AutoLock : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultSeconds = 5 * 60;

    explicit AutoLock(QObject *parent = nullptr);

    int seconds() const { return m_seconds; }
    /** 0 turns the inactivity lock off (going to the background still locks). */
    void setSeconds(int seconds);
    /** Counts inactivity from now on (the store is open); disarm() stops counting. */
    void arm();
    void disarm();

signals:
    void lockDue();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onApplicationStateChanged(Qt::ApplicationState state);

    int m_seconds = defaultSeconds;
    bool m_armed = false;
    QTimer m_inactivity;
};

} // namespace barntid
