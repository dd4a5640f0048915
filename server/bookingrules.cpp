// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingrules.h"

#include "accounts.h"
#include "changewriter.h"
#include "domain/timeformat.h"
#include "scope.h"

namespace barntid::server {

namespace {

const QString cancelled = QStringLiteral("cancelled");
const QString confirmed = QStringLiteral("confirmed");
const QString booked = QStringLiteral("booked|the time is booked; cancel the booking first");

QDateTime timeOf(const StoredRecord &r, const char *field)
{
    return parseRfc3339(r.text(field)).value_or(QDateTime());
}

void setText(StoredRecord &r, const char *field, const QString &value)
{
    r.data.insert(QLatin1StringView(field), value.isEmpty() ? QJsonValue() : QJsonValue(value));
}

bool isVideo(const StoredRecord &r)
{
    return r.data.value(QLatin1StringView("video")).toBool();
}

} // namespace

BookingRules::BookingRules(const Caller &caller, Scope &scope, ChangeWriter &writer,
    Accounts &accounts, const ServerConfig &config, const QDateTime &now)
    : m_caller(caller)
    , m_scope(scope)
    , m_writer(writer)
    , m_accounts(accounts)
    , m_config(config)
    , m_now(now)
{ }

QString BookingRules::fillSlot(StoredRecord &next, const std::optional<StoredRecord> &cur)
{
    const QString owner = cur ? cur->text("owner_id") : m_caller.userId;
    setText(next, "owner_id", owner);
    const std::optional<Account> account = m_accounts.byId(owner);
    setText(next, "owner_name", account ? account->displayName : QString());
    const QDateTime start = timeOf(next, "starts_at"), end = timeOf(next, "ends_at");
    next.data.insert(QStringLiteral("after_hours"), m_config.openingHours.isAfterHours(start, end));
    if (!isVideo(next) && !next.text("video_link").isEmpty())
        return QStringLiteral("invalid|video_link: only for a video meeting");
    const bool moved = !cur || timeOf(*cur, "starts_at") != start || timeOf(*cur, "ends_at") != end;
    if (cur && (moved || isVideo(*cur) != isVideo(next)) && m_scope.activeBooking(cur->id))
        return booked;
    if (!moved)
        return {};
    if (start < m_now)
        return QStringLiteral("invalid|starts_at: in the past");
    return checkOverlap(next);
}

QString BookingRules::checkOverlap(const StoredRecord &slot)
{
    const QDateTime start = timeOf(slot, "starts_at"), end = timeOf(slot, "ends_at");
    for (const StoredRecord &other : m_scope.liveSlotsOf(slot.text("owner_id"))) {
        if (other.id != slot.id && start < timeOf(other, "ends_at")
            && timeOf(other, "starts_at") < end)
            return QStringLiteral("overlap|another of your times overlaps this one");
    }
    return {};
}

void BookingRules::followSlot(const StoredRecord &slot)
{
    std::optional<StoredRecord> booking = m_scope.activeBooking(slot.id);
    if (!booking)
        return;
    bool changed = false;
    for (const char *field : {"place", "video_link", "owner_name"}) {
        const QLatin1StringView key(field);
        changed = changed || booking->data.value(key) != slot.data.value(key);
        booking->data.insert(key, slot.data.value(key));
    }
    if (!changed)
        return;
    // A new version: the family's calendar entry is updated (its SEQUENCE counts versions).
    booking->version += 1;
    booking->updatedAt = toRfc3339(m_now);
    booking->data.insert(QStringLiteral("version"), booking->version);
    booking->data.insert(QStringLiteral("updated_at"), booking->updatedAt);
    m_writer.add(*booking);
}

QString BookingRules::checkWithdraw(const StoredRecord &slot)
{
    return m_scope.activeBooking(slot.id) ? booked : QString();
}

QString BookingRules::fillNewBooking(StoredRecord &next)
{
    if (next.text("status") != u"requested")
        return QStringLiteral("invalid|a new booking is requested");
    const QString home = next.text("foster_home_id");
    if (!home.isEmpty() && home.compare(m_caller.fosterHomeId, Qt::CaseInsensitive) != 0)
        return QStringLiteral("forbidden|a booking is made for your own foster home");
    if (next.text("purpose").trimmed().isEmpty())
        return QStringLiteral("invalid|purpose: required");
    setText(next, "foster_home_id", m_caller.fosterHomeId);
    setText(next, "booked_by", m_caller.userId);
    return {};
}

QString BookingRules::checkBookable(StoredRecord &booking)
{
    // One answer, and the same statements, for a missing, hidden or taken slot: nothing about
    // other families' bookings leaks through the refusal or its cost.
    const std::optional<StoredRecord> slot
        = m_scope.lookup(QStringLiteral("slot"), booking.parentId);
    const bool live = slot && !slot->deleted;
    const QStringList homes = m_scope.homesOfWorker(live ? slot->text("owner_id") : QString());
    const bool taken = m_scope.activeBooking(booking.parentId).has_value();
    if (!live || taken || !homes.contains(m_caller.fosterHomeId))
        return QStringLiteral("slot_taken|the time is no longer free");
    const QDateTime start = timeOf(*slot, "starts_at");
    if (start <= m_now)
        return QStringLiteral("too_late|the time has already begun");
    // The server's copy of what was booked: the family's view, mail and calendar entry.
    for (const char *field :
        {"starts_at", "ends_at", "place", "video", "video_link", "after_hours", "owner_name"})
        booking.data.insert(QLatin1StringView(field), slot->data.value(QLatin1StringView(field)));
    setText(booking, "cancel_until",
        toRfc3339(start.addSecs(-qint64(m_config.cancelCutoffHours) * 3600)));
    return {};
}

QString BookingRules::changeBooking(StoredRecord &next, const StoredRecord &cur)
{
    // Only the status (and why it was cancelled) changes after a booking is made.
    const QString status = next.text("status");
    const bool allowed = m_caller.isFosterParent() ? status == cancelled
                                                   : status == confirmed || status == cancelled;
    if (!allowed || next.text("slot_id") != cur.text("slot_id"))
        return QStringLiteral("forbidden|only the status of a booking changes");
    const QString was = cur.text("status");
    if (was == cancelled && status != cancelled)
        return QStringLiteral("invalid|a cancelled booking stays cancelled; the family books anew");
    if (status == confirmed && was != confirmed) {
        const std::optional<StoredRecord> slot
            = m_scope.lookup(QStringLiteral("slot"), cur.text("slot_id"));
        const std::optional<StoredRecord> holder = m_scope.activeBooking(cur.text("slot_id"));
        if (!slot || slot->deleted || (holder && holder->id != cur.id))
            return QStringLiteral("slot_taken|the time is no longer free");
    }
    if (status == cancelled) {
        const QString error = checkCancel(next, cur);
        if (!error.isEmpty())
            return error;
    }
    const QString reason = next.text("cancel_reason");
    next.data = cur.data;
    setText(next, "status", status);
    setText(next, "cancel_reason", status == cancelled ? reason : QString());
    return {};
}

QString BookingRules::checkCancel(const StoredRecord &next, const StoredRecord &cur)
{
    if (!m_caller.isFosterParent()) {
        // The family is told why their meeting is off.
        if (next.text("cancel_reason").trimmed().isEmpty())
            return QStringLiteral("invalid|cancel_reason: required when the social worker cancels");
        return {};
    }
    QDateTime until = timeOf(cur, "cancel_until");
    if (!until.isValid()) // booked before the server kept cancel_until
        until = timeOf(cur, "starts_at").addSecs(-qint64(m_config.cancelCutoffHours) * 3600);
    if (until.isValid() && m_now > until)
        return QStringLiteral("cutoff_passed|the meeting is too close to cancel here; call your "
                              "social worker");
    return {};
}

bool BookingRules::isRepeat(const QJsonObject &data, const StoredRecord &cur) const
{
    const QString status = data.value(QLatin1StringView("status")).toString();
    if (cur.deleted || status != cur.text("status"))
        return false;
    return status == cancelled || (status == confirmed && !m_caller.isFosterParent());
}

} // namespace barntid::server
