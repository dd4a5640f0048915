// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/remindertext.h"

#include "domain/timeformat.h"
#include "models/stockholmtime.h"

namespace barntid {

QString ReminderText::title()
{
    return QStringLiteral("Barntid");
}

QString ReminderText::body(const ReminderPlan::Reminder &reminder, const QDateTime &now)
{
    const QString what = reminder.video ? tr("Video meeting") : tr("Meeting");
    const QString at = StockholmTime::time(reminder.startsAt);
    if (reminder.kind == ReminderPlan::Kind::HourBefore)
        return reminder.late ? tr("%1 soon, at %2").arg(what, at)
                             : tr("%1 in one hour, at %2").arg(what, at);
    // Given late (the device was off), the day-before reminder may fall on the day itself.
    const QDate today = now.toTimeZone(stockholm()).date();
    const QDate day = reminder.startsAt.toTimeZone(stockholm()).date();
    return day > today ? tr("%1 tomorrow at %2").arg(what, at) : tr("%1 today at %2").arg(what, at);
}

} // namespace barntid
