// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/syncerror.h"

#include <QDateTime>

namespace barntid::sync {

/** What one sync run did, for the sync page, the "safe to leave" receipt and barntid-cli. */
struct SyncReport
{
    int pushed = 0; ///< mutations the server answered
    int applied = 0; ///< of those, applied or duplicate (acknowledged)
    int rejected = 0;
    int conflicts = 0;
    int pulled = 0; ///< changes received
    int ignored = 0; ///< changes of entities this version does not know
    int kept = 0; ///< pulled changes not written because the record has local work
    int unusable = 0; ///< pulled changes the local schema refused
    int pruned = 0; ///< records removed after a full re-download
    int purged = 0; ///< synced, reviewed records past the retention window removed (Retention)
    bool reset = false; ///< the server asked for a full re-download (reset_required)
    bool wiped = false; ///< the device was wiped remotely; the store is gone
    bool complete = false; ///< push drained and pull reached the last page
    int pendingLeft = 0; ///< outbox rows not acknowledged, needs attention included
    int needsAttention = 0; ///< rejected and conflict rows
    /** Every local change is acknowledged by the server (at safeAt). */
    bool safeToLeave = false;
    QDateTime safeAt;
    SyncError error; ///< why the run stopped early; kind None when it did not
};

} // namespace barntid::sync
