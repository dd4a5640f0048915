// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/booking.h"
#include "models/storeboundmodel.h"
#include "store/outbox.h"

#include <QQmlEngine>
#include <QUrl>

namespace barntid {

/** The foster family's own bookings, the coming ones first and then those that ended or were
 *  cancelled in the last 30 days, each in the words the family reads: not sent yet, waiting
 *  for confirmation, confirmed, cancelled (with the worker's reason), or no longer free.
 *  Cancels, drops a refused request, and makes the calendar file. Empty while locked. */
class MyBookingsModel : public barntid::StoreBoundModel
{
    Q_OBJECT
    QML_ELEMENT
    /** For the files' calendar (the worker's unit); set by the page from the sign-in. */
    Q_PROPERTY(QString unitName READ unitName WRITE setUnitName NOTIFY unitNameChanged)
    /** Where calendar files go; the platform's cache folder unless set (tests). */
    Q_PROPERTY(QString calendarFolder READ calendarFolder WRITE setCalendarFolder NOTIFY
            calendarFolderChanged)

public:
    enum Role {
        BookingIdRole = Qt::UserRole + 1,
        DayRole,
        TimeRole,
        PlaceRole,
        VideoRole,
        VideoLinkRole, // on a confirmed video meeting
        AfterHoursRole,
        OwnerNameRole,
        PurposeRole,
        StatusRole, // requested, confirmed, cancelled
        StateTextRole, // in the family's words
        LostRole, // the server refused the time: it is no longer free
        UnsentRole,
        CancelReasonRole,
        CanCancelRole,
        CancelUntilTextRole, // "" when cancelling is not open
        UpcomingRole, // not ended and not cancelled
        StartsAtRole, // QDateTime: where the alternatives for a lost time are looked for
        HasCalendarRole, // the server has it: a calendar file can be made
    };
    Q_ENUM(Role)

    explicit MyBookingsModel(QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;
    QString unitName() const { return m_unitName; }
    void setUnitName(const QString &name);
    QString calendarFolder() const;
    void setCalendarFolder(const QString &folder);

    Q_INVOKABLE bool cancel(const QString &bookingId);
    /** Forgets a request the server refused (the time was taken); nothing is sent. */
    Q_INVOKABLE bool dismiss(const QString &bookingId);
    /** The calendar file of a booking the server holds, written for opening or sharing; an
     *  empty URL (and errorText) otherwise. */
    Q_INVOKABLE QUrl calendarFile(const QString &bookingId);

signals:
    void unitNameChanged();
    void calendarFolderChanged();

private:
    struct Row
    {
        Booking booking;
        UnsentChange unsent; // empty state: the server holds this version
    };

    QStringList watchedEntities() const override;
    QStringList load(Store &store) override;
    void clearRows() override { m_rows.clear(); }
    QVariant value(const QString &key, int role) const override;
    bool canCancel(const Row &r) const;

    QHash<QString, Row> m_rows;
    QDateTime m_now;
    QString m_unitName;
    QString m_calendarFolder;
};

} // namespace barntid
