// SPDX-License-Identifier: GPL-3.0-or-later
#include "bokaview.h"

#include "domain/timeformat.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace barntid::server {

namespace {

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

QDateTime time(const QJsonObject &o, const char *key)
{
    return parseRfc3339(text(o, key)).value_or(QDateTime()).toUTC();
}

/** Bookings made before the server kept a copy of the booked slot: the slot still in view
 *  (it is the family's own while the booking is active) fills it in. */
void completeFrom(BokaEntry &b, const BokaSlot &s, int cutoffHours)
{
    if (b.start.isValid())
        return;
    b.start = s.start;
    b.end = s.end;
    b.place = s.place;
    b.video = s.video;
    b.videoLink = s.videoLink;
    b.ownerName = s.ownerName;
    b.cancelUntil = s.start.addSecs(-qint64(cutoffHours) * 3600);
    b.data.insert(QStringLiteral("starts_at"), toRfc3339(s.start));
    b.data.insert(QStringLiteral("ends_at"), toRfc3339(s.end));
    b.data.insert(QStringLiteral("place"), s.place);
    b.data.insert(QStringLiteral("video"), s.video);
    b.data.insert(QStringLiteral("video_link"), s.videoLink);
    b.data.insert(QStringLiteral("owner_name"), s.ownerName);
}

} // namespace

BokaSlot BokaSlot::fromJson(const QJsonObject &d)
{
    return BokaSlot {text(d, "id"), text(d, "owner_id"), text(d, "owner_name"), text(d, "place"),
        text(d, "video_link"), time(d, "starts_at"), time(d, "ends_at"),
        d.value(QLatin1StringView("video")).toBool(),
        d.value(QLatin1StringView("after_hours")).toBool()};
}

BokaEntry BokaEntry::fromJson(const QJsonObject &d, qint64 version, int cutoffHours)
{
    BokaEntry e {text(d, "id"), text(d, "slot_id"), text(d, "status"), text(d, "cancel_reason"),
        text(d, "place"), text(d, "video_link"), text(d, "owner_name"), version,
        time(d, "starts_at"), time(d, "ends_at"), time(d, "cancel_until"),
        d.value(QLatin1StringView("video")).toBool(), d};
    // Older bookings carry no server copy of the cut-off: the configured hours decide.
    if (!e.cancelUntil.isValid() && e.start.isValid())
        e.cancelUntil = e.start.addSecs(-qint64(cutoffHours) * 3600);
    return e;
}

std::optional<BokaEntry> BokaView::booking(const QString &id) const
{
    for (const BokaEntry &b : bookings) {
        if (b.id == id)
            return b;
    }
    return std::nullopt;
}

QList<BokaSlot> BokaView::nearest(const QString &ownerId, const QDateTime &near, int n) const
{
    QList<BokaSlot> same;
    for (const BokaSlot &s : openSlots) {
        if (s.ownerId == ownerId)
            same.append(s);
    }
    std::stable_sort(same.begin(), same.end(), [&](const BokaSlot &a, const BokaSlot &b) {
        return qAbs(a.start.secsTo(near)) < qAbs(b.start.secsTo(near));
    });
    same = same.mid(0, n);
    std::sort(same.begin(), same.end(),
        [](const BokaSlot &a, const BokaSlot &b) { return a.start < b.start; });
    return same;
}

BokaView BokaView::assemble(const QList<BokaSlot> &slotList, QList<BokaEntry> bookings,
    const QDateTime &now, int cutoffHours)
{
    BokaView v;
    v.bookings = std::move(bookings);
    QHash<QString, BokaSlot> byId;
    for (const BokaSlot &s : slotList)
        byId.insert(s.id, s);
    QSet<QString> held; // the family's own active bookings keep their slot in view
    for (BokaEntry &b : v.bookings) {
        if (b.status != u"cancelled")
            held.insert(b.slotId);
        if (byId.contains(b.slotId))
            completeFrom(b, byId.value(b.slotId), cutoffHours);
    }
    for (const BokaSlot &s : slotList) {
        if (!held.contains(s.id) && s.start.isValid() && s.start > now)
            v.openSlots.append(s);
    }
    std::sort(v.openSlots.begin(), v.openSlots.end(),
        [](const BokaSlot &a, const BokaSlot &b) { return a.start < b.start; });
    std::sort(v.bookings.begin(), v.bookings.end(),
        [](const BokaEntry &a, const BokaEntry &b) { return a.start < b.start; });
    return v;
}

} // namespace barntid::server
