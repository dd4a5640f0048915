// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/reminderplan.h"

#include "domain/timeformat.h"

#include <QHash>

namespace barntid {

namespace {

using Kind = ReminderPlan::Kind;

constexpr qint64 dayBeforeSecs = 24 * 60 * 60;
constexpr qint64 hourBeforeSecs = 60 * 60;

/** A booking the device should remind of, or nothing. */
struct Remindable
{
    QString id;
    qint64 version = 0;
    QDateTime startsAt;
    bool video = false;
};

std::optional<Remindable> remindable(const QJsonObject &booking)
{
    if (booking.value(u"deleted").toBool() || booking.value(u"status").toString() != u"confirmed")
        return std::nullopt;
    const std::optional<QDateTime> start = parseRfc3339(booking.value(u"starts_at").toString());
    const QString id = booking.value(u"id").toString();
    if (!start || id.isEmpty())
        return std::nullopt;
    return Remindable {
        id, booking.value(u"version").toInteger(), *start, booking.value(u"video").toBool()};
}

/** The latest reminder of a booking not yet begun whose moment has come. */
std::optional<ReminderPlan::Reminder> latestDue(const Remindable &b, const QDateTime &now)
{
    for (const auto &[kind, before] : {std::pair {Kind::HourBefore, hourBeforeSecs},
             std::pair {Kind::DayBefore, dayBeforeSecs}}) {
        const QDateTime moment = b.startsAt.addSecs(-before);
        if (now >= moment)
            return ReminderPlan::Reminder {b.id, kind, b.startsAt, b.video,
                moment.secsTo(now) > ReminderPlan::graceSecs,
                ReminderPlan::key(b.id, b.version, kind)};
    }
    return std::nullopt;
}

} // namespace

QString ReminderPlan::key(const QString &bookingId, qint64 version, Kind kind)
{
    return bookingId + u'/' + QString::number(version) + u'/'
        + (kind == Kind::DayBefore ? QStringLiteral("24h") : QStringLiteral("1h"));
}

QString ReminderPlan::bookingOf(const QString &key)
{
    return key.section(u'/', 0, 0);
}

std::optional<ReminderPlan::Reminder> ReminderPlan::stillDue(
    const QString &key, const QJsonObject &booking, const QDateTime &now)
{
    const std::optional<Remindable> b = remindable(booking);
    if (!b || now >= b->startsAt)
        return std::nullopt;
    for (const auto &[kind, before] : {std::pair {Kind::HourBefore, hourBeforeSecs},
             std::pair {Kind::DayBefore, dayBeforeSecs}}) {
        const QDateTime moment = b->startsAt.addSecs(-before);
        if (key == ReminderPlan::key(b->id, b->version, kind) && now >= moment)
            return Reminder {
                b->id, kind, b->startsAt, b->video, moment.secsTo(now) > graceSecs, key};
    }
    return std::nullopt;
}

ReminderPlan::Result ReminderPlan::run(
    const QList<QJsonObject> &bookings, const QDateTime &now, const QSet<QString> &given)
{
    Result result;
    QHash<QString, QStringList> givenByBooking;
    for (const QString &k : given)
        givenByBooking[bookingOf(k)] << k;

    for (const QJsonObject &json : bookings) {
        const std::optional<Remindable> b = remindable(json);
        if (!b)
            continue; // cancelled, deleted, requested: its earlier keys are withdrawn below
        const QString dayKey = key(b->id, b->version, Kind::DayBefore);
        const QString hourKey = key(b->id, b->version, Kind::HourBefore);
        const QStringList earlier = givenByBooking.take(b->id);
        if (now >= b->startsAt) {
            // The meeting began: its reminder has served, and nothing is kept for it.
            if (!earlier.isEmpty())
                result.withdraw << b->id;
            continue;
        }
        bool stale = false; // a reminder of an earlier version is on show
        for (const QString &k : earlier) {
            if (k == dayKey || k == hourKey)
                result.given << k;
            else
                stale = true;
        }
        const std::optional<Reminder> due = latestDue(*b, now);
        const QString dueKey = !due ? QString() : due->kind == Kind::DayBefore ? dayKey : hourKey;
        if (due && !result.given.contains(dueKey)) {
            result.due << *due;
            // The hour reminder makes a missed day-before one pointless: never shown later.
            result.given << dayKey << dueKey;
        } else if (stale) {
            result.withdraw << b->id;
        }
    }
    // Bookings that are no longer confirmed or no longer on the device.
    for (auto it = givenByBooking.cbegin(); it != givenByBooking.cend(); ++it)
        result.withdraw << it.key();
    return result;
}

} // namespace barntid
