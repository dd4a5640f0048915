// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/mybookingsmodel.h"

#include "domain/clock.h"
#include "models/calendarexport.h"
#include "models/meetingtext.h"
#include "store/entitytable.h"
#include "store/meetingbook.h"
#include "store/recordwriter.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <algorithm>

namespace barntid {

MyBookingsModel::MyBookingsModel(QObject *parent)
    : StoreBoundModel(parent)
{
    attach();
}

QHash<int, QByteArray> MyBookingsModel::roleNames() const
{
    return {{BookingIdRole, "bookingId"}, {DayRole, "day"}, {TimeRole, "time"},
        {PlaceRole, "place"}, {VideoRole, "video"}, {VideoLinkRole, "videoLink"},
        {AfterHoursRole, "afterHours"}, {OwnerNameRole, "ownerName"}, {PurposeRole, "purpose"},
        {StatusRole, "status"}, {StateTextRole, "stateText"}, {LostRole, "lost"},
        {UnsentRole, "unsent"}, {CancelReasonRole, "cancelReason"}, {CanCancelRole, "canCancel"},
        {CancelUntilTextRole, "cancelUntilText"}, {UpcomingRole, "upcoming"},
        {StartsAtRole, "startsAt"}, {HasCalendarRole, "hasCalendar"}};
}

void MyBookingsModel::setUnitName(const QString &name)
{
    if (name == m_unitName)
        return;
    m_unitName = name;
    emit unitNameChanged();
}

QString MyBookingsModel::calendarFolder() const
{
    return m_calendarFolder.isEmpty() ? CalendarExport::defaultFolder() : m_calendarFolder;
}

void MyBookingsModel::setCalendarFolder(const QString &folder)
{
    if (folder == m_calendarFolder)
        return;
    m_calendarFolder = folder;
    emit calendarFolderChanged();
}

QStringList MyBookingsModel::watchedEntities() const
{
    return {QStringLiteral("booking"), StoreChange::outbox};
}

QStringList MyBookingsModel::load(Store &store)
{
    m_rows.clear();
    m_now = store.clock().now();
    MeetingBook book(store);
    const QHash<QString, UnsentChange> unsent
        = Outbox(store).unsentByRecord(QStringLiteral("booking"));
    QList<Row> rows;
    for (const Booking &b : book.bookings()) {
        const UnsentChange u = unsent.value(b.meta.id);
        // Ended or cancelled a month ago: the family has no more use for it on screen.
        const QDateTime last = b.status == u"cancelled" ? b.meta.updatedAt : b.endsAt;
        if (last.isValid() && last < m_now.addDays(-30))
            continue;
        rows.append({b, u});
    }
    const auto upcoming = [this](const Row &r) {
        return r.booking.status != u"cancelled" && r.booking.endsAt > m_now;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        const bool ua = upcoming(a), ub = upcoming(b);
        if (ua != ub)
            return ua;
        return ua ? a.booking.startsAt < b.booking.startsAt
                  : a.booking.startsAt > b.booking.startsAt;
    });
    QStringList keys;
    for (const Row &r : std::as_const(rows)) {
        keys << r.booking.meta.id;
        m_rows.insert(keys.last(), r);
    }
    return keys;
}

bool MyBookingsModel::canCancel(const Row &r) const
{
    const Booking &b = r.booking;
    if (b.status == u"cancelled" || r.unsent.refused() || b.endsAt <= m_now)
        return false;
    return !b.cancelUntil || m_now <= *b.cancelUntil;
}

QVariant MyBookingsModel::value(const QString &key, int role) const
{
    const auto it = m_rows.constFind(key);
    if (it == m_rows.cend())
        return {};
    const Row &r = *it;
    const Booking &b = r.booking;
    const bool lost = r.unsent.refused();
    switch (role) {
    case BookingIdRole:
        return b.meta.id;
    case DayRole:
        return MeetingText::day(b.startsAt);
    case TimeRole:
        return MeetingText::span(b.startsAt, b.endsAt);
    case PlaceRole:
        return MeetingText::where(b.video, b.place);
    case VideoRole:
        return b.video;
    case VideoLinkRole:
        return b.status == u"confirmed" ? b.videoLink : QString();
    case AfterHoursRole:
        return b.afterHours;
    case OwnerNameRole:
        return b.ownerName;
    case PurposeRole:
        return b.purpose;
    case StatusRole:
        return b.status;
    case StateTextRole:
        return MeetingText::familyState(b, r.unsent);
    case LostRole:
        return lost;
    case UnsentRole:
        return !r.unsent.state.isEmpty() && !lost;
    case CancelReasonRole:
        return b.cancelReason;
    case CanCancelRole:
        return canCancel(r);
    case CancelUntilTextRole:
        return canCancel(r) && b.cancelUntil ? MeetingText::cancelUntil(*b.cancelUntil) : QString();
    case UpcomingRole:
        return b.status != u"cancelled" && b.endsAt > m_now && !lost;
    case StartsAtRole:
        return b.startsAt;
    case HasCalendarRole:
        return b.meta.version > 0 && !lost;
    default:
        return {};
    }
}

bool MyBookingsModel::cancel(const QString &bookingId)
{
    return write(
        [&](Store &s) { MeetingBook(s).cancelAsFamily(bookingId); }, &MeetingText::storeError);
}

bool MyBookingsModel::dismiss(const QString &bookingId)
{
    bool dropped = false;
    const bool ok = write([&](Store &s) { dropped = MeetingBook(s).dismissRefused(bookingId); },
        &MeetingText::storeError);
    return ok && dropped;
}

QUrl MyBookingsModel::calendarFile(const QString &bookingId)
{
    QUrl url;
    write(
        [&](Store &s) {
            if (const auto b = RecordWriter(s, entityTable(u"booking")).find(bookingId))
                url = CalendarExport::write(*b, calendarFolder(), m_unitName);
        },
        &MeetingText::storeError);
    if (url.isEmpty())
        setErrorText(MeetingText::tr(
            "The calendar file could not be made yet. Try again when the booking has been sent."));
    return url;
}

} // namespace barntid
