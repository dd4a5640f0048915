// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/positioning.h"

#include <QObject>
#include <QQmlEngine>

#include <memory>

namespace barntid {

/** The position of a check-in or check-out: asks the platform once, and says in words how it
 *  went. Part of VisitEditor (its `position`), which stores what is found. */
class CheckInPosition : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of VisitEditor")
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(QString text READ text NOTIFY changed)
    Q_PROPERTY(double accuracy READ accuracy NOTIFY changed)
    /** How long a request waits for a fix before saying there is none. */
    Q_PROPERTY(int timeoutMs READ timeoutMs WRITE setTimeoutMs NOTIFY timeoutMsChanged)

public:
    enum class State { Idle, Searching, Fixed, NoFix, NotStored };
    Q_ENUM(State)
    enum class Leg { CheckIn, CheckOut };
    static constexpr int defaultTimeoutMs = 15'000;

    explicit CheckInPosition(QObject *parent = nullptr);
    ~CheckInPosition() override;

    State state() const { return m_state; }
    QString text() const;
    /** Metres; -1 when not known. */
    double accuracy() const { return m_accuracy.value_or(-1.0); }

    /** Tests and special builds; otherwise createPositionSource() on the first request. */
    void setSource(std::unique_ptr<PositionSource> source);
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms);
    /** Asks for a fix for this leg of the visit; found() follows if one comes in time. */
    void request(const QString &visitId, Leg leg);
    /** Protected identity: nothing is asked, nothing stored, and the user is told so. */
    void setNotStored();
    /** After loading a visit: what is stored already (no request). */
    void show(bool stored, std::optional<double> accuracy);

signals:
    void changed();
    void timeoutMsChanged();
    void found(
        const QString &visitId, barntid::CheckInPosition::Leg leg, const barntid::PositionFix &fix);

private:
    void setState(State state, std::optional<double> accuracy = {});

    std::unique_ptr<PositionSource> m_source;
    int m_timeoutMs = defaultTimeoutMs;
    State m_state = State::Idle;
    std::optional<double> m_accuracy;
    QString m_visitId;
    Leg m_leg = Leg::CheckIn;
};

} // namespace barntid
