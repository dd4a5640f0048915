// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace barntid::sync {

Backoff::Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap, Random random)
    : m_base(std::max(base, std::chrono::milliseconds(1)))
    , m_cap(std::max(cap, m_base))
    , m_random(std::move(random))
{
    if (!m_random)
        m_random = [](quint64 bound) { return QRandomGenerator::global()->bounded(bound + 1); };
}

std::chrono::milliseconds Backoff::next(std::chrono::milliseconds retryAfter)
{
    const auto cap = quint64(m_cap.count());
    quint64 ceiling = quint64(m_base.count());
    // Doubling stops at the cap, so no shift ever overflows however long the outage lasts.
    for (int i = 0; i < m_failures && ceiling < cap; ++i)
        ceiling *= 2;
    ceiling = std::min(ceiling, cap);
    ++m_failures;
    const quint64 wait = std::min(m_random(ceiling), ceiling);
    return std::max(std::chrono::milliseconds(qint64(wait)), retryAfter);
}

} // namespace barntid::sync
