// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace barntid::server {

/** A slot as the booking page shows it. */
struct BokaSlot
{
    QString id, ownerId, ownerName, place, videoLink;
    QDateTime start, end; ///< UTC
    bool video = false;
    bool afterHours = false;

    static BokaSlot fromJson(const QJsonObject &data);
};

/** One of the family's own bookings, with the server's copy of what was booked. */
struct BokaEntry
{
    QString id, slotId, status, cancelReason, place, videoLink, ownerName;
    qint64 version = 0;
    QDateTime start, end, cancelUntil;
    bool video = false;
    QJsonObject data; ///< the wire record, for the calendar file

    /** cutoffHours: for bookings without the server's cancel_until. */
    static BokaEntry fromJson(const QJsonObject &data, qint64 version, int cutoffHours);
};

/** What the signed-in family may see: their workers' free times and their own bookings. */
struct BokaView
{
    QList<BokaSlot> openSlots; /// free, from now on, in time order
    QList<BokaEntry> bookings; ///< in time order
    std::optional<BokaEntry> booking(const QString &id) const;
    /** Up to n free times of the worker, nearest to near first. */
    QList<BokaSlot> nearest(const QString &ownerId, const QDateTime &near, int n) const;

    /** From what the family's pull holds: the free slotList after now, each booking completed
     *  from its slot where it lacks the server's copy, both in time order. */
    static BokaView assemble(const QList<BokaSlot> &slotList, QList<BokaEntry> bookings,
        const QDateTime &now, int cutoffHours);
};

} // namespace barntid::server
