// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/checkinposition.h"

#include <algorithm>
#include <cmath>

namespace barntid {

CheckInPosition::CheckInPosition(QObject *parent)
    : QObject(parent)
{ }

CheckInPosition::~CheckInPosition() = default;

QString CheckInPosition::text() const
{
    switch (m_state) {
    case State::Idle:
        return {};
    case State::Searching:
        return tr("Finding position…");
    case State::Fixed:
        return m_accuracy ? tr("Position ±%1 m").arg(std::lround(*m_accuracy))
                          : tr("Position saved (accuracy unknown)");
    case State::NoFix:
        return tr("No position (continuing without)");
    case State::NotStored:
        return tr("Position not stored (protected identity)");
    }
    return {};
}

void CheckInPosition::setSource(std::unique_ptr<PositionSource> source)
{
    m_source = std::move(source);
    if (!m_source)
        return;
    connect(m_source.get(), &PositionSource::fixed, this, [this](const PositionFix &fix) {
        if (m_state != State::Searching)
            return;
        setState(State::Fixed, fix.accuracy);
        emit found(m_visitId, m_leg, fix);
    });
    connect(m_source.get(), &PositionSource::noFix, this, [this] {
        if (m_state == State::Searching)
            setState(State::NoFix);
    });
}

void CheckInPosition::setTimeoutMs(int ms)
{
    ms = std::max(1, ms);
    if (ms == m_timeoutMs)
        return;
    m_timeoutMs = ms;
    emit timeoutMsChanged();
}

void CheckInPosition::request(const QString &visitId, Leg leg)
{
    if (!m_source)
        setSource(createPositionSource());
    m_visitId = visitId;
    m_leg = leg;
    setState(State::Searching);
    m_source->requestFix(m_timeoutMs);
}

void CheckInPosition::setNotStored()
{
    if (m_source)
        m_source->cancel();
    setState(State::NotStored);
}

void CheckInPosition::show(bool stored, std::optional<double> accuracy)
{
    if (m_source)
        m_source->cancel();
    setState(stored ? State::Fixed : State::Idle, stored ? accuracy : std::nullopt);
}

void CheckInPosition::setState(State state, std::optional<double> accuracy)
{
    if (state == m_state && accuracy == m_accuracy)
        return;
    m_state = state;
    m_accuracy = accuracy;
    emit changed();
}

} // namespace barntid
