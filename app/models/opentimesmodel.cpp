// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/opentimesmodel.h"

#include "domain/clock.h"
#include "models/meetingtext.h"
#include "store/meetingbook.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <algorithm>

namespace barntid {

OpenTimesModel::OpenTimesModel(QObject *parent)
    : StoreBoundModel(parent)
{
    attach();
}

QHash<int, QByteArray> OpenTimesModel::roleNames() const
{
    return {{SlotIdRole, "slotId"}, {DayRole, "day"}, {TimeRole, "time"}, {PlaceRole, "place"},
        {VideoRole, "video"}, {AfterHoursRole, "afterHours"}, {OwnerNameRole, "ownerName"}};
}

QStringList OpenTimesModel::watchedEntities() const
{
    return {QStringLiteral("slot"), QStringLiteral("booking")};
}

QStringList OpenTimesModel::load(Store &store)
{
    ++m_revision;
    m_rows.clear();
    MeetingBook book(store);
    QSet<QString> asked;
    for (const Booking &b : book.bookings()) {
        if (b.active())
            asked.insert(b.slotId);
    }
    const QDateTime now = store.clock().now();
    QStringList keys;
    // A year ahead is more than any worker publishes; past times are not bookable.
    for (const Slot &s : book.slotsBetween(now, now.addDays(366))) {
        if (asked.contains(s.meta.id))
            continue;
        keys << s.meta.id;
        m_rows.insert(s.meta.id, s);
    }
    return keys;
}

QVariant OpenTimesModel::value(const QString &key, int role) const
{
    const auto it = m_rows.constFind(key);
    if (it == m_rows.cend())
        return {};
    const Slot &s = *it;
    switch (role) {
    case SlotIdRole:
        return s.meta.id;
    case DayRole:
        return MeetingText::day(s.startsAt);
    case TimeRole:
        return MeetingText::span(s.startsAt, s.endsAt);
    case PlaceRole:
        return MeetingText::where(s.video, s.place);
    case VideoRole:
        return s.video;
    case AfterHoursRole:
        return s.afterHours;
    case OwnerNameRole:
        return s.ownerName;
    default:
        return {};
    }
}

QVariantMap OpenTimesModel::slotData(const QString &slotId) const
{
    if (!m_rows.contains(slotId))
        return {};
    QVariantMap out;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        out.insert(QString::fromLatin1(it.value()), value(slotId, it.key()));
    return out;
}

QVariantList OpenTimesModel::nearest(
    const QString &ownerName, const QDateTime &near, int count) const
{
    QList<const Slot *> same;
    for (const QString &key : loadedKeys()) {
        // Not m_rows[key]: the const operator[] returns a copy, whose address would dangle.
        const auto it = m_rows.constFind(key);
        if (it != m_rows.cend() && it->ownerName == ownerName)
            same.append(&*it);
    }
    std::stable_sort(same.begin(), same.end(), [&](const Slot *a, const Slot *b) {
        return std::abs(a->startsAt.secsTo(near)) < std::abs(b->startsAt.secsTo(near));
    });
    QVariantList out;
    for (const Slot *s : same.first(std::min<qsizetype>(count, same.size()))) {
        out.append(QVariantMap {{QStringLiteral("slotId"), s->meta.id},
            {QStringLiteral("day"), MeetingText::day(s->startsAt)},
            {QStringLiteral("time"), MeetingText::span(s->startsAt, s->endsAt)},
            {QStringLiteral("place"), MeetingText::where(s->video, s->place)}});
    }
    return out;
}

QString OpenTimesModel::book(
    const QString &slotId, const QString &purpose, const QString &notifyEmail)
{
    QString id;
    write([&](Store &s) { id = MeetingBook(s).book(slotId, purpose, notifyEmail).meta.id; },
        &MeetingText::storeError);
    return id;
}

} // namespace barntid
