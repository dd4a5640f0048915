// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/booking.h"
#include "domain/slot.h"
#include "models/storeboundmodel.h"

#include <QDate>
#include <QQmlEngine>

namespace barntid {

/** The social worker's meeting times, one week at a time (Monday to Sunday, Stockholm): each
 *  slot with the booking that holds it, and the worker's writes: a slot, a series, withdrawing,
 *  confirming and cancelling with a reason the family sees. Empty while locked. */
class ScheduleModel : public barntid::StoreBoundModel
{
    Q_OBJECT
    QML_ELEMENT
    /** The week's Monday as an ISO date; set to any day and it becomes that week's Monday. */
    Q_PROPERTY(QString weekStart READ weekStart WRITE setWeekStart NOTIFY weekChanged)
    /** "Vecka 50, 7–13 december" */
    Q_PROPERTY(QString weekText READ weekText NOTIFY weekChanged)
    /** Bookings waiting for this worker's answer, in every week. */
    Q_PROPERTY(int requestedCount READ requestedCount NOTIFY loaded)

public:
    enum Role {
        SlotIdRole = Qt::UserRole + 1,
        BookingIdRole, // "" when open
        DayRole, // "tisdag 8 december": the section
        TimeRole, // "17:00–17:45"
        PlaceRole, // the place or "Videomöte"
        VideoRole,
        AfterHoursRole,
        StateRole, // open, requested, confirmed
        StateTextRole,
        UnsentRole, // a change of this device not on the server yet
        RefusedRole, // the server's refusal of this device's last change, in words, or ""
        HomeNameRole, // the family that booked, "" when open
        PurposeRole,
        NotifyRole, // the family gave an e-mail: they get one on confirm or cancel
    };
    Q_ENUM(Role)

    explicit ScheduleModel(QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;
    QString weekStart() const;
    void setWeekStart(const QString &isoDate);
    QString weekText() const;
    int requestedCount() const { return m_requested; }

    Q_INVOKABLE void previousWeek();
    Q_INVOKABLE void nextWeek();
    Q_INVOKABLE void thisWeek();
    /** Today in Stockholm, ISO. */
    Q_INVOKABLE QString today() const;
    /** The 7 days of the shown week: [{date, text}] ("tis 8/12"). */
    Q_INVOKABLE QVariantList days() const;

    /** One slot on day (ISO) from..until ("HH:mm"). True, or false with errorText. */
    Q_INVOKABLE bool publishSlot(const QString &day, const QString &from, const QString &until,
        const QString &place, bool video, const QString &videoLink);
    /** How many meetings a series would make, or 0 when it is not valid. */
    Q_INVOKABLE int seriesCount(const QString &firstDay, const QString &from, const QString &until,
        int meetingMinutes, int bufferMinutes, int weeks) const;
    /** Publishes the series, all or none; the number of slots made, or 0 with errorText. */
    Q_INVOKABLE int publishSeries(const QString &firstDay, const QString &from,
        const QString &until, int meetingMinutes, int bufferMinutes, int weeks,
        const QString &place, bool video, const QString &videoLink);
    Q_INVOKABLE bool withdraw(const QString &slotId);
    Q_INVOKABLE bool confirm(const QString &bookingId);
    Q_INVOKABLE bool cancelBooking(const QString &bookingId, const QString &reason);

signals:
    void weekChanged();

private:
    struct Row
    {
        Slot slot;
        std::optional<Booking> booking;
        QString homeName;
        bool unsent = false;
        QString refused;
    };

    QStringList watchedEntities() const override;
    QStringList load(Store &store) override;
    void clearRows() override { m_rows.clear(); }
    QVariant value(const QString &key, int role) const override;
    bool write(const std::function<void(Store &)> &work);

    QHash<QString, Row> m_rows;
    QDate m_monday;
    int m_requested = 0;
};

} // namespace barntid
