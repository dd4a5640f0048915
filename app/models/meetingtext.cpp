// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/meetingtext.h"

#include "domain/booking.h"
#include "domain/timeformat.h"
#include "models/stockholmtime.h"
#include "models/uitext.h"
#include "store/outbox.h"
#include "store/storeerror.h"

#include <QLocale>

namespace barntid {

QString MeetingText::day(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    return QLocale().toString(at.toTimeZone(stockholm()).date(), QStringLiteral("dddd d MMMM"));
}

QString MeetingText::span(const QDateTime &start, const QDateTime &end)
{
    return StockholmTime::time(start) + QChar(0x2013) + StockholmTime::time(end);
}

QString MeetingText::afterHours()
{
    return tr("Evening time");
}

QString MeetingText::where(bool video, const QString &place)
{
    if (video)
        return tr("Video meeting");
    return place.isEmpty() ? tr("Place not given") : place;
}

QString MeetingText::familyState(const Booking &b, const UnsentChange &unsent)
{
    if (unsent.refused())
        return refused(unsent.code);
    // A reason means the worker called it off; without one the family cancelled it.
    if (b.status == u"cancelled")
        return b.cancelReason.isEmpty() ? tr("Cancelled by you") : tr("Called off");
    if (!unsent.state.isEmpty())
        return tr("Not sent yet");
    if (b.status == u"confirmed")
        return tr("Confirmed");
    return tr("Waiting for confirmation");
}

QString MeetingText::workerState(const QString &state, bool unsent)
{
    if (unsent)
        return tr("Not sent yet");
    if (state == u"requested")
        return tr("Requested");
    if (state == u"confirmed")
        return tr("Confirmed");
    return tr("Open");
}

QString MeetingText::refused(const QString &code)
{
    if (code == u"slot_taken")
        return tr("The time is no longer free");
    if (code == u"too_late")
        return tr("The time has already begun");
    if (code == u"cutoff_passed")
        return tr("It is too late to cancel in the app. Call your social worker.");
    if (code == u"overlap")
        return tr("The time overlaps another of your meeting times.");
    if (code == u"booked")
        return tr("The time is booked. Cancel the booking first.");
    if (code == u"forbidden")
        return tr("This is not yours to change.");
    return tr("The server did not accept the change.");
}

QString MeetingText::storeError(const StoreError &error)
{
    for (const ValidationIssue &i : error.issues) {
        if (i.code == u"slot_taken" || i.code == u"too_late" || i.code == u"cutoff_passed"
            || i.code == u"overlap" || i.code == u"booked")
            return refused(i.code);
        if (i.code == u"in_past")
            return tr("The time has already passed. Choose a later time.");
        if (i.field == u"purpose")
            return i.code == u"required" ? tr("Write briefly what you want to talk about.")
                                         : tr("The text is too long: at most 500 characters.");
        if (i.field == u"notify_email")
            return tr("The e-mail address does not look right.");
        if (i.field == u"cancel_reason")
            return tr("Write a reason for the family.");
        if (i.field == u"owner_id")
            return tr("Sign in to the server before publishing times.");
        if (i.field == u"place")
            return tr("Give a place, or choose video meeting.");
        if (i.field == u"video_link")
            return tr("The video link must start with https://.");
        if (i.field == u"ends_at" || i.field == u"until")
            return tr("The end must be after the start.");
        if (i.field == u"starts_at" || i.field == u"from" || i.field == u"first_day")
            return tr("Choose a day and a start time.");
        if (i.field == u"meeting_minutes")
            return tr("The meeting length does not fit in the time chosen.");
        if (i.field == u"buffer_minutes")
            return tr("The buffer can be at most 120 minutes.");
        if (i.field == u"weeks")
            return tr("A series runs for 1 to 26 weeks.");
        if (i.field == u"status")
            return tr("A cancelled booking stays cancelled.");
    }
    return UiText::storeError(error);
}

QString MeetingText::cancelUntil(const QDateTime &until)
{
    return tr("You can cancel here until %1 at %2.").arg(day(until), StockholmTime::time(until));
}

} // namespace barntid
