// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/schedulemodel.h"

#include "domain/clock.h"
#include "domain/fosterhome.h"
#include "domain/slotseries.h"
#include "domain/timeformat.h"
#include "models/meetingtext.h"
#include "store/meetingbook.h"
#include "store/outbox.h"
#include "store/repository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QLocale>

namespace barntid {

namespace {

std::optional<QTime> parseTime(const QString &s)
{
    const QTime t = QTime::fromString(s.trimmed(), QStringLiteral("HH:mm"));
    return t.isValid() ? std::optional(t) : std::nullopt;
}

// What the series dialog's fields say; an unreadable day or time makes it invalid.
SlotSeries seriesOf(const QString &firstDay, const QString &from, const QString &until,
    int meetingMinutes, int bufferMinutes, int weeks)
{
    return {parseIsoDate(firstDay).value_or(QDate()), parseTime(from).value_or(QTime()),
        parseTime(until).value_or(QTime()), meetingMinutes, bufferMinutes, weeks};
}

} // namespace

ScheduleModel::ScheduleModel(QObject *parent)
    : StoreBoundModel(parent)
{
    m_monday = barntid::weekStart(QDate::fromString(today(), Qt::ISODate));
    attach();
}

QHash<int, QByteArray> ScheduleModel::roleNames() const
{
    return {{SlotIdRole, "slotId"}, {BookingIdRole, "bookingId"}, {DayRole, "day"},
        {TimeRole, "time"}, {PlaceRole, "place"}, {VideoRole, "video"},
        {AfterHoursRole, "afterHours"}, {StateRole, "state"}, {StateTextRole, "stateText"},
        {UnsentRole, "unsent"}, {RefusedRole, "refused"}, {HomeNameRole, "homeName"},
        {PurposeRole, "purpose"}, {NotifyRole, "notify"}};
}

QString ScheduleModel::weekStart() const
{
    return toIsoDate(m_monday);
}

void ScheduleModel::setWeekStart(const QString &isoDate)
{
    const std::optional<QDate> d = parseIsoDate(isoDate);
    if (!d || barntid::weekStart(*d) == m_monday)
        return;
    m_monday = barntid::weekStart(*d);
    emit weekChanged();
    reload();
}

QString ScheduleModel::weekText() const
{
    const QDate sunday = m_monday.addDays(6);
    const QLocale locale;
    const QString range = m_monday.month() == sunday.month()
        ? QStringLiteral("%1%2%3 %4")
              .arg(m_monday.day())
              .arg(QChar(0x2013))
              .arg(sunday.day())
              .arg(locale.monthName(sunday.month()))
        : QStringLiteral("%1 %2 %3 %4 %5")
              .arg(m_monday.day())
              .arg(locale.monthName(m_monday.month()), QString(QChar(0x2013)))
              .arg(sunday.day())
              .arg(locale.monthName(sunday.month()));
    return tr("Week %1, %2").arg(m_monday.weekNumber()).arg(range);
}

void ScheduleModel::previousWeek()
{
    setWeekStart(toIsoDate(m_monday.addDays(-7)));
}

void ScheduleModel::nextWeek()
{
    setWeekStart(toIsoDate(m_monday.addDays(7)));
}

void ScheduleModel::thisWeek()
{
    setWeekStart(today());
}

QString ScheduleModel::today() const
{
    const Store *s = store();
    const QDateTime now = s ? s->clock().now() : systemClock().now();
    return toIsoDate(now.toTimeZone(stockholm()).date());
}

QVariantList ScheduleModel::days() const
{
    QVariantList out;
    const QLocale locale;
    for (int i = 0; i < 7; ++i) {
        const QDate d = m_monday.addDays(i);
        out.append(QVariantMap {{QStringLiteral("date"), toIsoDate(d)},
            {QStringLiteral("text"),
                QStringLiteral("%1 %2/%3")
                    .arg(locale.dayName(d.dayOfWeek(), QLocale::ShortFormat))
                    .arg(d.day())
                    .arg(d.month())}});
    }
    return out;
}

QStringList ScheduleModel::watchedEntities() const
{
    // The outbox: "not sent yet" goes when the server takes a change; foster homes: their names.
    return {QStringLiteral("slot"), QStringLiteral("booking"), QStringLiteral("foster_home"),
        StoreChange::outbox};
}

QStringList ScheduleModel::load(Store &store)
{
    m_rows.clear();
    MeetingBook book(store);
    const QHash<QString, UnsentChange> slotsUnsent
        = Outbox(store).unsentByRecord(QStringLiteral("slot"));
    const QHash<QString, UnsentChange> bookingsUnsent
        = Outbox(store).unsentByRecord(QStringLiteral("booking"));
    QHash<QString, Booking> held; // slot id → the booking that holds it
    m_requested = 0;
    for (const Booking &b : book.bookings()) {
        if (!b.active())
            continue;
        held.insert(b.slotId, b);
        if (b.status == u"requested" && b.endsAt > store.clock().now())
            ++m_requested;
    }
    Repository<FosterHome> homes(store);
    QStringList keys;
    const Interval week = weekInterval(m_monday, stockholm());
    for (const Slot &s : book.slotsBetween(week.start, week.end)) {
        if (!store.userId().isEmpty() && s.ownerId != store.userId())
            continue; // the schedule is the worker's own
        Row row {s, std::nullopt, {}, slotsUnsent.contains(s.meta.id), {}};
        const auto b = held.constFind(s.meta.id);
        if (b != held.cend()) {
            row.booking = *b;
            if (const std::optional<FosterHome> h = homes.find(b->fosterHomeId))
                row.homeName = h->name;
            const UnsentChange u = bookingsUnsent.value(b->meta.id);
            row.unsent = row.unsent || !u.state.isEmpty();
            if (u.refused())
                row.refused = MeetingText::refused(u.code);
        }
        const UnsentChange u = slotsUnsent.value(s.meta.id);
        if (u.refused())
            row.refused = MeetingText::refused(u.code);
        keys << s.meta.id;
        m_rows.insert(s.meta.id, row);
    }
    return keys;
}

QVariant ScheduleModel::value(const QString &key, int role) const
{
    const auto it = m_rows.constFind(key);
    if (it == m_rows.cend())
        return {};
    const Row &r = *it;
    const QString state = r.booking ? r.booking->status : QStringLiteral("open");
    switch (role) {
    case SlotIdRole:
        return r.slot.meta.id;
    case BookingIdRole:
        return r.booking ? r.booking->meta.id : QString();
    case DayRole:
        return MeetingText::day(r.slot.startsAt);
    case TimeRole:
        return MeetingText::span(r.slot.startsAt, r.slot.endsAt);
    case PlaceRole:
        return MeetingText::where(r.slot.video, r.slot.place);
    case VideoRole:
        return r.slot.video;
    case AfterHoursRole:
        return r.slot.afterHours;
    case StateRole:
        return state;
    case StateTextRole:
        return MeetingText::workerState(state, r.unsent && r.refused.isEmpty());
    case UnsentRole:
        return r.unsent;
    case RefusedRole:
        return r.refused;
    case HomeNameRole:
        return r.homeName;
    case PurposeRole:
        return r.booking ? r.booking->purpose : QString();
    case NotifyRole:
        return r.booking && !r.booking->notifyEmail.isEmpty();
    default:
        return {};
    }
}

bool ScheduleModel::write(const std::function<void(Store &)> &work)
{
    return StoreBoundModel::write(work, &MeetingText::storeError);
}

bool ScheduleModel::publishSlot(const QString &day, const QString &from, const QString &until,
    const QString &place, bool video, const QString &videoLink)
{
    const std::optional<QDate> d = parseIsoDate(day);
    const std::optional<QTime> f = parseTime(from), u = parseTime(until);
    if (!d || !f || !u) {
        setErrorText(MeetingText::tr("Choose a day and a start time."));
        return false;
    }
    const Interval t {
        QDateTime(*d, *f, stockholm()).toUTC(), QDateTime(*d, *u, stockholm()).toUTC()};
    return write([&](Store &s) { MeetingBook(s).publish({t}, place, video, videoLink); });
}

int ScheduleModel::seriesCount(const QString &firstDay, const QString &from, const QString &until,
    int meetingMinutes, int bufferMinutes, int weeks) const
{
    return int(
        seriesOf(firstDay, from, until, meetingMinutes, bufferMinutes, weeks).meetings().size());
}

int ScheduleModel::publishSeries(const QString &firstDay, const QString &from, const QString &until,
    int meetingMinutes, int bufferMinutes, int weeks, const QString &place, bool video,
    const QString &videoLink)
{
    const SlotSeries series = seriesOf(firstDay, from, until, meetingMinutes, bufferMinutes, weeks);
    int made = 0;
    const bool ok = write([&](Store &s) {
        RecordWriter::requireValid(series.validate());
        made = int(MeetingBook(s).publish(series.meetings(), place, video, videoLink).size());
    });
    return ok ? made : 0;
}

bool ScheduleModel::withdraw(const QString &slotId)
{
    return write([&](Store &s) { MeetingBook(s).withdraw(slotId); });
}

bool ScheduleModel::confirm(const QString &bookingId)
{
    return write([&](Store &s) { MeetingBook(s).confirm(bookingId); });
}

bool ScheduleModel::cancelBooking(const QString &bookingId, const QString &reason)
{
    return write([&](Store &s) { MeetingBook(s).cancelAsWorker(bookingId, reason); });
}

} // namespace barntid
