// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>

namespace barntid::server {

/** The connections of one `serve` process, counted by HttpFront when it accepts them and by the
 *  ConnectionIntake of whichever thread serves them when they close. */
struct ConnectionCounts
{
    std::atomic<int> open {0}; ///< being served, or shaking hands to be
    std::atomic<int> refusing {0}; ///< over the cap, being told 503
};

} // namespace barntid::server
