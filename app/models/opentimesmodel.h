// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/slot.h"
#include "models/storeboundmodel.h"

#include <QQmlEngine>

namespace barntid {

/** The foster family's bookable times: the open slots of the workers assigned to their home (the
 *  server sends no others), from now on, earliest first, without those this device has asked
 *  for already. Books one. Empty while locked. */
class OpenTimesModel : public barntid::StoreBoundModel
{
    Q_OBJECT
    QML_ELEMENT
    /** Grows with every read of the times: bindings over nearest() follow it. */
    Q_PROPERTY(int revision READ revision NOTIFY loaded)

public:
    enum Role {
        SlotIdRole = Qt::UserRole + 1,
        DayRole, // "tisdag 8 december": the section
        TimeRole, // "17:00–17:45"
        PlaceRole, // the place or "Videomöte"
        VideoRole,
        AfterHoursRole,
        OwnerNameRole, // the social worker
    };
    Q_ENUM(Role)

    explicit OpenTimesModel(QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;
    int revision() const { return m_revision; }

    /** A request for the slot; the new booking's id, or "" with errorText. */
    Q_INVOKABLE QString book(
        const QString &slotId, const QString &purpose, const QString &notifyEmail);
    /** The open time as a map of the roles' names (the booking dialog's heading), or {}. */
    Q_INVOKABLE QVariantMap slotData(const QString &slotId) const;
    /** Up to `count` open times of the same worker, nearest to `near` first: what the family is
     *  offered when a time they asked for was taken. [{slotId, day, time, place}] */
    Q_INVOKABLE QVariantList nearest(
        const QString &ownerName, const QDateTime &near, int count = 3) const;

private:
    QStringList watchedEntities() const override;
    QStringList load(Store &store) override;
    void clearRows() override { m_rows.clear(); }
    QVariant value(const QString &key, int role) const override;

    QHash<QString, Slot> m_rows;
    int m_revision = 0;
};

} // namespace barntid
