// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/meetingbook.h"

#include "domain/clock.h"
#include "domain/timeformat.h"
#include "store/connection.h"
#include "store/repository.h"
#include "store/statement.h"
#include "store/store.h"
#include "store/storechanges.h"
#include "store/storeerror.h"
#include "store/transaction.h"

using namespace Qt::StringLiterals;

namespace barntid {

namespace {

[[noreturn]] void refuse(const char *field, const char *code)
{
    StoreError error(StoreErrorCode::Invalid, u"meeting refused"_s);
    error.issues.append({QString::fromLatin1(field), QString::fromLatin1(code)});
    throw error;
}

bool plausibleEmail(const QString &s)
{
    const qsizetype at = s.indexOf(u'@');
    return at > 0 && at == s.lastIndexOf(u'@') && s.indexOf(u'.', at) > at + 1 && !s.endsWith(u'.')
        && !s.contains(u' ');
}

} // namespace

MeetingBook::MeetingBook(Store &store)
    : m_store(store)
{ }

QList<Slot> MeetingBook::slotsBetween(const QDateTime &from, const QDateTime &to)
{
    return Repository<Slot>(m_store).list(
        "AND starts_at >= ? AND starts_at < ? ORDER BY starts_at, id",
        {toRfc3339(from), toRfc3339(to)});
}

QList<Booking> MeetingBook::bookings()
{
    return Repository<Booking>(m_store).list("ORDER BY starts_at, created_at, id");
}

std::optional<Booking> MeetingBook::activeBookingOf(const QString &slotId)
{
    const QList<Booking> held = Repository<Booking>(m_store).list(
        "AND slot_id = ? AND status <> 'cancelled' ORDER BY created_at", {slotId});
    return held.isEmpty() ? std::nullopt : std::optional(held.first());
}

QList<Slot> MeetingBook::publish(
    const QList<Interval> &times, const QString &place, bool video, const QString &videoLink)
{
    if (times.isEmpty())
        refuse("starts_at", "required");
    const QDateTime now = m_store.clock().now();
    Repository<Slot> repo(m_store);
    // Every live slot of this worker that could meet the new ones, the new ones included as
    // they are written: a series may not overlap itself either.
    QDateTime first = times.first().start, last = times.first().end;
    for (const Interval &t : times) {
        first = std::min(first, t.start);
        last = std::max(last, t.end);
    }
    // Read under the write lock: the sync thread cannot bring a slot in between.
    Transaction tx(m_store.connection());
    QList<Slot> taken = repo.list("AND owner_id = ? AND starts_at < ? AND ends_at > ?",
        {m_store.userId(), toRfc3339(last), toRfc3339(first)});
    QList<Slot> made;
    for (const Interval &t : times) {
        Slot s;
        s.ownerId = m_store.userId();
        s.startsAt = t.start;
        s.endsAt = t.end;
        s.place = place.trimmed();
        s.video = video;
        s.videoLink = video ? videoLink.trimmed() : QString();
        if (t.start.isValid() && t.start < now)
            refuse("starts_at", "in_past");
        for (const Slot &other : std::as_const(taken)) {
            if (s.overlaps(other))
                refuse("starts_at", "overlap");
        }
        s = repo.create(s);
        taken.append(s);
        made.append(s);
    }
    tx.commit();
    return made;
}

void MeetingBook::withdraw(const QString &slotId)
{
    Repository<Slot> repo(m_store);
    Transaction tx(m_store.connection());
    const std::optional<Slot> slot = repo.find(slotId);
    if (!slot)
        return; // withdrawn already (here or on another device)
    if (slot->ownerId != m_store.userId())
        refuse("owner_id", "not_allowed");
    if (activeBookingOf(slotId))
        refuse("slot_id", "booked");
    repo.remove(slotId);
    tx.commit();
}

Booking MeetingBook::confirm(const QString &bookingId)
{
    return setStatus(bookingId, u"confirmed"_s, {});
}

Booking MeetingBook::cancelAsWorker(const QString &bookingId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        refuse("cancel_reason", "required");
    return setStatus(bookingId, u"cancelled"_s, reason.trimmed());
}

Booking MeetingBook::cancelAsFamily(const QString &bookingId)
{
    Repository<Booking> repo(m_store);
    Transaction tx(m_store.connection()); // setStatus's own is a savepoint inside this one
    const std::optional<Booking> b = repo.find(bookingId);
    if (!b)
        throw StoreError(StoreErrorCode::NotFound, u"no such booking"_s);
    if (b->status == u"cancelled")
        return *b;
    if (b->cancelUntil && m_store.clock().now() > *b->cancelUntil)
        refuse("status", "cutoff_passed");
    Booking cancelled = setStatus(bookingId, u"cancelled"_s, {});
    tx.commit();
    return cancelled;
}

Booking MeetingBook::setStatus(
    const QString &bookingId, const QString &status, const QString &reason)
{
    Repository<Booking> repo(m_store);
    Transaction tx(m_store.connection());
    std::optional<Booking> b = repo.find(bookingId);
    if (!b)
        throw StoreError(StoreErrorCode::NotFound, u"no such booking"_s);
    if (b->status == status)
        return *b; // the answer holds already: nothing to send
    if (b->status == u"cancelled")
        refuse("status", "invalid"); // a cancelled booking stays cancelled
    b->status = status;
    if (status == u"cancelled")
        b->cancelReason = reason;
    Booking changed = repo.update(*b);
    tx.commit();
    return changed;
}

Booking MeetingBook::book(const QString &slotId, const QString &purpose, const QString &notifyEmail)
{
    Booking b;
    b.slotId = slotId;
    b.purpose = purpose.trimmed();
    b.status = u"requested"_s;
    b.notifyEmail = notifyEmail.trimmed();
    if (b.purpose.isEmpty())
        refuse("purpose", "required");
    if (b.purpose.size() > Booking::purposeMax)
        refuse("purpose", "too_long");
    if (!b.notifyEmail.isEmpty() && !plausibleEmail(b.notifyEmail))
        refuse("notify_email", "invalid");
    Repository<Slot> slotRepo(m_store);
    Transaction tx(m_store.connection());
    const std::optional<Slot> slot = slotRepo.find(slotId);
    if (!slot || activeBookingOf(slotId))
        refuse("slot_id", "slot_taken");
    if (slot->startsAt <= m_store.clock().now())
        refuse("slot_id", "too_late");
    // What was booked, as the family saw it; the server writes its own copy over it.
    b.startsAt = slot->startsAt;
    b.endsAt = slot->endsAt;
    b.place = slot->place;
    b.video = slot->video;
    b.afterHours = slot->afterHours;
    b.ownerName = slot->ownerName;
    b = Repository<Booking>(m_store).create(b);
    tx.commit();
    return b;
}

bool MeetingBook::dismissRefused(const QString &bookingId)
{
    Connection &c = m_store.connection();
    Transaction tx(c);
    Statement &check = c.cached("SELECT 1 FROM bookings b JOIN outbox o ON o.entity = 'booking' "
                                "AND o.record_id = b.id WHERE b.id = ? AND b.version = 0 "
                                "AND o.state = 'rejected'");
    check.bind(1, bookingId);
    const bool refused = check.step();
    check.reset();
    if (!refused)
        return false;
    for (const char *sql : {"DELETE FROM outbox WHERE entity = 'booking' AND record_id = ?",
             "DELETE FROM bookings WHERE id = ?"}) {
        Statement &s = c.cached(sql);
        s.bind(1, bookingId);
        s.run();
    }
    c.noteChange(u"booking"_s, StoreChange::Op::Delete, bookingId);
    c.noteChange(StoreChange::outbox, StoreChange::Op::Delete, bookingId);
    tx.commit();
    return true;
}

} // namespace barntid
