// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <chrono>
#include <functional>

namespace barntid::sync {

/** Capped exponential backoff with full jitter, so devices that lost the server at the same moment
 *  do not all come back at the same moment. */
class Backoff
{
public:
    /** Returns a uniformly random integer in [0, bound]. */
    using Random = std::function<quint64(quint64 bound)>;

    Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap, Random random = {});

    /** The wait before the next attempt: random in [0, min(cap, base·2^failures)], and never less
     *  than a server's Retry-After. Counts one more failure. */
    std::chrono::milliseconds next(std::chrono::milliseconds retryAfter = {});
    /** After a success. */
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_cap;
    Random m_random;
    int m_failures = 0;
};

} // namespace barntid::sync
