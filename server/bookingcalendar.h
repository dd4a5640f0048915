// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caller.h"
#include "httpreply.h"

#include <QString>

namespace barntid {
class Clock;
}

namespace barntid::server {

class Accounts;
class Database;

/** GET /v1/bookings/<id>/calendar: the .ics of a booking, for the family that holds it and the
 *  worker whose slot it is. Everyone else gets the answer an unknown id gets. */
class BookingCalendar
{
public:
    BookingCalendar(Database &db, Accounts &accounts, const QString &unitName, const Clock &clock);

    HttpReply get(const Caller &caller, const QString &bookingId);

private:
    void audit(const Caller &caller, const QString &bookingId, const QString &outcome);

    Database &m_db;
    Accounts &m_accounts;
    QString m_unitName;
    const Clock &m_clock;
};

} // namespace barntid::server
