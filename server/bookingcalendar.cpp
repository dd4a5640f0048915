// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingcalendar.h"

#include "audit.h"
#include "bookedmeeting.h"
#include "database.h"
#include "domain/calendarfile.h"
#include "domain/clock.h"
#include "domain/ids.h"
#include "recordstore.h"
#include "servererror.h"

namespace barntid::server {

BookingCalendar::BookingCalendar(
    Database &db, Accounts &accounts, const QString &unitName, const Clock &clock)
    : m_db(db)
    , m_accounts(accounts)
    , m_unitName(unitName)
    , m_clock(clock)
{ }

HttpReply BookingCalendar::get(const Caller &caller, const QString &bookingId)
{
    if (caller.disabled) {
        audit(caller, bookingId, QStringLiteral("account_disabled"));
        throw ServerError {401, QStringLiteral("account_disabled"),
            QStringLiteral("the account is disabled; the device may only deliver its changes")};
    }
    // The same statements whatever the answer: the slot is looked up even for a missing
    // booking, so neither the reply nor its cost tells "not yours" from "does not exist".
    const QString id = isValidId(bookingId) ? bookingId.toLower() : QString();
    RecordStore store(m_db);
    const std::optional<StoredRecord> booking = store.find(QStringLiteral("booking"), id);
    const std::optional<StoredRecord> slot
        = store.find(QStringLiteral("slot"), booking ? booking->parentId : QString());
    const bool live = booking && !booking->deleted;
    const bool family = caller.isFosterParent() && !caller.fosterHomeId.isEmpty() && live
        && booking->fosterHomeId == caller.fosterHomeId;
    const bool owner = caller.isWorker() && live && slot && slot->text("owner_id") == caller.userId;
    m_db.finishAll(); // no open read snapshot under the audit write
    if (!family && !owner) {
        audit(caller, id, QStringLiteral("not_found"));
        throw ServerError {404, QStringLiteral("not_found"), QStringLiteral("no such record")};
    }
    const QJsonObject meeting = bookedMeeting(*booking, slot, m_accounts);
    audit(caller, id, QStringLiteral("calendar"));
    HttpReply reply;
    reply.contentType = QByteArrayLiteral("text/calendar; charset=utf-8");
    reply.headers.append({QByteArrayLiteral("Content-Disposition"),
        QByteArrayLiteral("attachment; filename=\"mote.ics\"")});
    reply.body = CalendarFile::write(CalendarFile::fromBooking(meeting, m_unitName, m_clock.now()));
    return reply;
}

void BookingCalendar::audit(const Caller &caller, const QString &bookingId, const QString &outcome)
{
    Audit rows(caller, m_clock);
    rows.add(QStringLiteral("read"), QStringLiteral("booking"), bookingId, outcome);
    rows.commit(m_db);
}

} // namespace barntid::server
