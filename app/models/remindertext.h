// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/reminderplan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace barntid {

/** A meeting reminder's words. It may show on a locked screen, so it says when and whether it
 *  is a video meeting, never with whom, where or why (English source text, Swedish through the
 *  app's translator). */
class ReminderText
{
    Q_DECLARE_TR_FUNCTIONS(ReminderText)

public:
    /** The notification's title: the app's name, nothing about the meeting. */
    static QString title();
    /** "Meeting tomorrow at 17:00", "Video meeting in one hour, at 17:00"; times in Stockholm. */
    static QString body(const ReminderPlan::Reminder &reminder, const QDateTime &now);
};

} // namespace barntid
