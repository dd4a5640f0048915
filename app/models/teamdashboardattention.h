// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/teamroster.h"

#include <QDateTime>
#include <QVariantList>

namespace barntid {

class Store;

/** What a supervisor should follow up, read from the team's records on the device: foster
 *  children whose visit is due (VisitDue's policy), foster homes never offered training or
 *  without supervision, and the team's devices that have not reached the server for 48 h. */
struct TeamAttention
{
    static constexpr qint64 staleSeconds = 48 * 3600;

    /** [{caseId, caseNumber, displayName, protectedIdentity, dueText, workerName}], most
     *  urgent first; names masked for protected identity. */
    QVariantList overdueChildren;
    /** [{id, name, reasons, noTraining, noSupervision}], by name. */
    QVariantList fosterHomes;
    /** [{id, name, ownerName, lastSeenText, neverSeen}], the longest silent first. */
    QVariantList staleDevices;

    static TeamAttention load(
        Store &store, const QList<TeamRoster::Member> &roster, const QDateTime &now);
    static QVariantList staleDevicesOf(
        const QList<TeamRoster::Member> &roster, const QDateTime &now);
};

} // namespace barntid
