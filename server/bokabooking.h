// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caller.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace barntid {
class Clock;
}

namespace barntid::server {

class Accounts;
class SyncService;

/** A slot as the booking page shows it. */
struct BokaSlot
{
    QString id, ownerId, ownerName, place, videoLink;
    QDateTime start, end; ///< UTC
    bool video = false;
    bool afterHours = false;
};

/** One of the family's own bookings, with the server's copy of what was booked. */
struct BokaEntry
{
    QString id, slotId, status, cancelReason, place, videoLink, ownerName;
    qint64 version = 0;
    QDateTime start, end, cancelUntil;
    bool video = false;
    QJsonObject data; ///< the wire record, for the calendar file
};

/** What the signed-in family may see: their workers' free times and their own bookings. */
struct BokaView
{
    QList<BokaSlot> openSlots; /// free, from now on, in time order
    QList<BokaEntry> bookings; ///< in time order
    std::optional<BokaEntry> booking(const QString &id) const;
    /** Up to n free times of the worker, nearest to near first. */
    QList<BokaSlot> nearest(const QString &ownerId, const QDateTime &near, int n) const;
};

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
