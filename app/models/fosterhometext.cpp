// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/fosterhometext.h"

#include "domain/fosterhome.h"
#include "domain/timeformat.h"
#include "models/uitext.h"
#include "store/storeerror.h"

namespace barntid {

QString FosterHomeText::training(const FosterHome &home)
{
    if (home.trainingCompletedOn)
        return tr("Training completed %1").arg(toIsoDate(*home.trainingCompletedOn));
    if (home.trainingOfferedOn)
        return tr("Training offered %1").arg(toIsoDate(*home.trainingOfferedOn));
    return tr("No training offered yet");
}

QString FosterHomeText::supervision(const QString &code)
{
    if (code == u"offered")
        return tr("Supervision offered");
    if (code == u"ongoing")
        return tr("Supervision ongoing");
    if (code == u"completed")
        return tr("Supervision completed");
    if (code == u"declined")
        return tr("Supervision declined");
    return tr("No supervision offered yet");
}

QString FosterHomeText::contactKind(const QString &code)
{
    if (code == u"visit")
        return tr("Visit");
    if (code == u"phone")
        return tr("Phone call");
    if (code == u"video")
        return tr("Video call");
    if (code == u"supervision")
        return tr("Supervision");
    return tr("Training");
}

QString FosterHomeText::followUp(const std::optional<QDate> &date, bool overdue)
{
    if (!date)
        return tr("No follow-up planned");
    return overdue ? tr("Follow-up overdue since %1").arg(toIsoDate(*date))
                   : tr("Next follow-up %1").arg(toIsoDate(*date));
}

QString FosterHomeText::visitDue(const QDate &dueOn, bool overdue, bool neverVisited)
{
    if (neverVisited)
        return tr("Never visited: visit due now");
    return overdue ? tr("Visit overdue since %1").arg(toIsoDate(dueOn))
                   : tr("Next visit due by %1").arg(toIsoDate(dueOn));
}

QString FosterHomeText::invalidDate()
{
    return tr("The date is not valid (YYYY-MM-DD).");
}

QString FosterHomeText::storeError(const StoreError &error)
{
    for (const ValidationIssue &i : error.issues) {
        const bool required = i.code == u"required";
        if (i.field == u"name")
            return required ? tr("The foster home's name is missing.")
                            : tr("The foster home's name is too long.");
        if (i.field == u"contact_persons")
            return tr("The contact persons are too long.");
        if (i.field == u"phone")
            return i.code == u"too_long"
                ? tr("The phone number is too long.")
                : tr("The phone number may only hold digits, spaces and + ( ) -.");
        if (i.field == u"training_completed_on")
            return i.code == u"end_before_start"
                ? tr("Training cannot be completed before it was offered.")
                : tr("The training date is not valid.");
        if (i.field == u"training_offered_on")
            return tr("The training date is not valid.");
        if (i.field == u"supervision_status")
            return tr("Unknown supervision status.");
        if (i.field == u"kind")
            return tr("Choose the kind of contact.");
        if (i.field == u"duration_minutes")
            return tr("The duration must be between 0 and 1440 minutes.");
        if (i.field == u"next_follow_up")
            return tr("The follow-up date is not valid (YYYY-MM-DD).");
        if (i.field == u"note")
            return tr("The text is too long.");
    }
    return UiText::storeError(error);
}

} // namespace barntid
