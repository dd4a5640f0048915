// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace barntid {

/** Which meeting reminders are due at an instant: one 24 hours and one 1 hour before each
 *  confirmed booking, each once per version of the booking, none after the meeting began. Pure,
 *  so the rule is tested at fixed instants and the device only remembers what it gave. */
class ReminderPlan
{
public:
    enum class Kind { DayBefore, HourBefore };

    struct Reminder
    {
        QString bookingId; ///< also the notification's id: a later reminder replaces it
        Kind kind = Kind::DayBefore;
        QDateTime startsAt;
        bool video = false;
        bool late = false; ///< its moment passed a while ago (the device was off or locked)
        QString key; ///< what it is remembered as, once given
    };

    struct Result
    {
        QList<Reminder> due; ///< at most one per booking: the latest of its moments
        QStringList withdraw; ///< booking ids whose notification must go (cancelled, moved, gone)
        QSet<QString> given; ///< what the device has given after this run
    };

    /** How long after its moment a reminder still counts as on time. */
    static constexpr qint64 graceSecs = 10 * 60;

    /** bookings: wire JSON (id, version, status, starts_at, deleted, video); given: the keys a
     *  previous run returned. */
    static Result run(
        const QList<QJsonObject> &bookings, const QDateTime &now, const QSet<QString> &given);
    /** "<booking id>/<version>/<24h|1h>": a new version of a booking has new keys. */
    static QString key(const QString &bookingId, qint64 version, Kind kind);
    static QString bookingOf(const QString &key);
    /** The reminder key stands for, if its booking (this version) is still confirmed and not
     *  begun: an in-app notice that outlived a lock is shown again in today's words. */
    static std::optional<Reminder> stillDue(
        const QString &key, const QJsonObject &booking, const QDateTime &now);
};

} // namespace barntid
