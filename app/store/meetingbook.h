// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/barntid.h"
#include "domain/booking.h"
#include "domain/slot.h"

#include <QList>

namespace barntid {

class Store;

/** The meeting times and bookings on this device, and every write the two users make: the
 *  worker publishes, withdraws, confirms and cancels; the family books and cancels. Each write is
 *  records plus outbox rows in one transaction (a series is one), checked here as far as the
 *  device can know, and decided again by the server, whose answer wins.
 *
 *  Refusals are StoreError(Invalid) with issues; the codes beyond validation are the server's own
 *  names where it has one: `overlap`, `in_past`, `booked`, `slot_taken`, `cutoff_passed`,
 *  `too_late`. */
class MeetingBook
{
public:
    explicit MeetingBook(Store &store);

    /** Live slots (of every owner this device holds) starting in [from, to), by start. */
    QList<Slot> slotsBetween(const QDateTime &from, const QDateTime &to);
    /** Live bookings, by start. */
    QList<Booking> bookings();
    /** The live booking that holds a slot (requested or confirmed), if this device knows one. */
    std::optional<Booking> activeBookingOf(const QString &slotId);

    /** Publishes one slot per time for the signed-in worker; all or none. */
    QList<Slot> publish(
        const QList<Interval> &times, const QString &place, bool video, const QString &videoLink);
    /** Withdraws an unbooked slot; withdrawing one already gone does nothing. */
    void withdraw(const QString &slotId);
    /** The worker's answer; repeating one that already holds does nothing. */
    Booking confirm(const QString &bookingId);
    Booking cancelAsWorker(const QString &bookingId, const QString &reason);

    /** The family's request for a slot they see; notifyEmail may be empty. */
    Booking book(const QString &slotId, const QString &purpose, const QString &notifyEmail);
    Booking cancelAsFamily(const QString &bookingId);
    /** Drops a booking the server refused before it ever held it (a lost race): the family's
     *  device forgets it, nothing is sent. False when it is not such a booking. */
    bool dismissRefused(const QString &bookingId);

private:
    Booking setStatus(const QString &bookingId, const QString &status, const QString &reason);

    Store &m_store;
};

} // namespace barntid
