// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bokaview.h"
#include "caller.h"

#include <QJsonObject>
#include <QString>

namespace barntid {
class Clock;
}

namespace barntid::server {

class Accounts;
class SyncService;

/** The answer to a booking or a cancellation, in the page's Swedish. */
struct BokaOutcome
{
    bool done = false;
    QString code; ///< the rule's code (slot_taken, too_late, …) when not done
    QString field; ///< "syfte" or "epost" when the error belongs to that input
    QString message;
};

/** The booking page's reads and writes as the signed-in foster parent: reads through the pull
 *  and writes through the push of the sync API, so the page obeys the same scope and rules. */
class BokaBooking
{
public:
    BokaBooking(SyncService &sync, Accounts &accounts, int cutoffHours);

    BokaView view(const Caller &caller, const Clock &clock);
    BokaOutcome book(const Caller &caller, const QString &requestId, const QString &slotId,
        const QString &purpose, const QString &email);
    BokaOutcome cancel(const Caller &caller, const QString &requestId, const BokaEntry &booking);

private:
    BokaOutcome push(const Caller &caller, const QJsonObject &mutation);
    BokaOutcome refusal(const QString &code, const QString &message) const;

    SyncService &m_sync;
    Accounts &m_accounts;
    int m_cutoffHours;
};

} // namespace barntid::server
