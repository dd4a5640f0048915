// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caller.h"
#include "serverconfig.h"
#include "storedrecord.h"

#include <QDateTime>

#include <optional>

namespace barntid::server {

class Accounts;
class ChangeWriter;
class Scope;

/** The meeting times of issue 13, decided by the server alone: a worker's slots (no past, no
 *  overlap, not moved once booked) and the family's bookings of them (the server's copy of what
 *  was booked, the cancellation cut-off). Answers are "code|message", empty when allowed. */
class BookingRules
{
public:
    BookingRules(const Caller &caller, Scope &scope, ChangeWriter &writer, Accounts &accounts,
        const ServerConfig &config, const QDateTime &now);

    /** Owner, owner's name and after_hours; refuses a past start, a link without video, an
     *  overlap with the owner's other slots and a booked slot's new time. */
    QString fillSlot(StoredRecord &next, const std::optional<StoredRecord> &cur);
    /** A booked slot's place or link changed: the booking's copy follows, as a new version. */
    void followSlot(const StoredRecord &slot);
    QString checkWithdraw(const StoredRecord &slot);
    /** A new booking (foster parent): purpose, the caller's own home, the copies of the slot. */
    QString fillNewBooking(StoredRecord &next);
    /** The slot must be open to the caller (one neutral slot_taken otherwise) and not begun
     *  (too_late); then the booking gets its copy of the slot and its cancel_until. */
    QString checkBookable(StoredRecord &booking);
    QString changeBooking(StoredRecord &next, const StoredRecord &cur);
    /** The change asks for the status the booking already has (a device's retry). */
    bool isRepeat(const QJsonObject &data, const StoredRecord &cur) const;

private:
    QString checkOverlap(const StoredRecord &slot);
    QString checkCancel(const StoredRecord &next, const StoredRecord &cur);

    const Caller &m_caller;
    Scope &m_scope;
    ChangeWriter &m_writer;
    Accounts &m_accounts;
    const ServerConfig &m_config;
    QDateTime m_now;
};

} // namespace barntid::server
