// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/problemtext.h"

#include "domain/timeformat.h"
#include "models/synctext.h"
#include "models/uitext.h"

#include <QJsonArray>

namespace barntid {

using namespace Qt::StringLiterals;

QString ProblemText::explanation(const QString &state, const QString &code)
{
    if (state == u"conflict")
        return tr("Changed on the server too, after this device last synced. Both versions are "
                  "kept: look at the server's version and choose which one stays.");
    if (code == u"forbidden")
        return tr("The server did not take the change: the case has been moved to another social "
                  "worker, or you no longer have access to it. Your version is kept on this "
                  "device; open it and pass the content on to the case's social worker.");
    if (code == u"locked")
        return tr("The server did not take the change: the record is signed or approved there and "
                  "can no longer be changed. Open it and add an amendment instead.");
    if (code == u"invalid")
        return tr("The server did not take the change: something is missing or wrong in it. Open "
                  "it and check the fields.");
    if (code == u"deleted")
        return tr("The server did not take the change: the record was removed there.");
    if (code == u"slot_taken")
        return tr("The server did not take the change: the time is no longer free.");
    return tr("The server did not take the change. Your version is kept on this device.");
}

QString ProblemText::kind(const QString &entity, const QJsonObject &record)
{
    if (entity == u"visit")
        return UiText::visitKind(record.value("kind"_L1).toString());
    return SyncText::entity(entity);
}

QStringList ProblemText::comparedFields(const QString &entity)
{
    if (entity == u"visit")
        return {u"actual_start"_s, u"actual_end"_s, u"present"_s, u"note"_s, u"child_words"_s,
            u"status"_s};
    if (entity == u"child_time")
        return {u"starts_at"_s, u"ends_at"_s, u"mode"_s};
    if (entity == u"contact")
        return {u"at"_s, u"duration_minutes"_s, u"note"_s, u"next_follow_up"_s};
    if (entity == u"time_entry")
        return {u"starts_at"_s, u"ends_at"_s, u"note"_s};
    if (entity == u"case")
        return {u"case_number"_s, u"child_name"_s, u"birth_year"_s};
    if (entity == u"foster_home")
        return {u"name"_s, u"contact_persons"_s, u"phone"_s};
    if (entity == u"visit_amendment")
        return {u"text"_s};
    return {};
}

QString ProblemText::fieldLabel(const QString &field)
{
    if (field == u"actual_start" || field == u"starts_at" || field == u"at")
        return tr("Started");
    if (field == u"actual_end" || field == u"ends_at")
        return tr("Ended");
    if (field == u"present")
        return tr("Who was present");
    if (field == u"note" || field == u"text")
        return tr("Note");
    if (field == u"child_words")
        return tr("The child's own words");
    if (field == u"status")
        return tr("Status");
    if (field == u"mode")
        return tr("How");
    if (field == u"duration_minutes")
        return tr("Minutes");
    if (field == u"next_follow_up")
        return tr("Next follow-up");
    if (field == u"case_number")
        return tr("Case number");
    if (field == u"child_name")
        return tr("Child");
    if (field == u"birth_year")
        return tr("Birth year");
    if (field == u"name")
        return tr("Name");
    if (field == u"contact_persons")
        return tr("Contact persons");
    if (field == u"phone")
        return tr("Phone");
    return field;
}

QString ProblemText::fieldValue(
    const QString &entity, const QString &field, const QJsonObject &record, bool masked)
{
    const QJsonValue v = record.value(field);
    if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().trimmed().isEmpty()))
        return u"–"_s;
    if (field == u"child_name" && masked)
        return UiText::protectedIdentity();
    if (field.endsWith(u"_start") || field.endsWith(u"_end") || field.endsWith(u"s_at")
        || field == u"at") {
        const auto at = parseRfc3339(v.toString());
        return at ? at->toTimeZone(stockholm()).toString(u"yyyy-MM-dd HH:mm"_s) : v.toString();
    }
    if (field == u"present") {
        const QString code = v.toString();
        if (code == u"child_alone")
            return tr("The child alone");
        if (code == u"child_with_carers")
            return record.value("kind"_L1).toString() == u"foster_home"
                ? tr("The child with the foster parents")
                : tr("The child with parents or other adults");
        return tr("The child was not present");
    }
    if (field == u"status" && entity == u"visit")
        return UiText::visitStatus(v.toString());
    if (field == u"mode")
        return UiText::childTimeMode(v.toString());
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

QString ProblemText::keepMineRefused(const QString &code)
{
    if (code == u"signed")
        return tr("\"Keep mine\" is not offered: the server's version is signed and can no longer "
                  "be changed. Take the server's version and add an amendment.");
    if (code == u"approved")
        return tr("\"Keep mine\" is not offered: a supervisor has approved the server's version, "
                  "so it can no longer be changed.");
    return tr("\"Keep mine\" is not offered: the server's version can no longer be changed.");
}

QString ProblemText::inFlight()
{
    return tr("This change is being sent right now. Try again when the sync has finished.");
}

QString ProblemText::resolved()
{
    return tr("This conflict has already been resolved.");
}

QString ProblemText::notOnDevice()
{
    return tr("The record is no longer on this device.");
}

} // namespace barntid
