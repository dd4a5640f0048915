// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/uitext.h"

#include "models/session.h"
#include "store/storeerror.h"

namespace barntid {

QString UiText::protectedIdentity()
{
    return tr("Protected identity");
}

QString UiText::visitKind(const QString &code)
{
    if (code == u"home")
        return tr("Home visit");
    if (code == u"foster_home")
        return tr("Foster home visit");
    if (code == u"school")
        return tr("School visit");
    if (code == u"office")
        return tr("Office meeting");
    if (code == u"video")
        return tr("Video meeting");
    return tr("Other visit");
}

QString UiText::presence(const QString &code, const QString &kind)
{
    if (code == u"child_alone")
        return tr("The child alone");
    if (code == u"child_with_carers")
        return kind == u"foster_home" ? tr("The child with the foster parents")
                                      : tr("The child with parents or other adults");
    if (code == u"child_not_present")
        return tr("The child was not present");
    return tr("Not recorded");
}

QString UiText::visitStatus(const QString &code)
{
    return code == u"signed" ? tr("Signed") : tr("Draft");
}

QString UiText::childTimeMode(const QString &code)
{
    if (code == u"video")
        return tr("Video");
    if (code == u"phone")
        return tr("Phone");
    return tr("In person");
}

QString UiText::storeError(const StoreError &error)
{
    for (const ValidationIssue &i : error.issues) {
        if (i.field == u"case_number")
            return i.code == u"required" ? tr("The case number is missing.")
                                         : tr("The case number is too long.");
        if (i.field == u"child_name")
            return i.code == u"required" ? tr("The child's name is missing.")
                                         : tr("The child's name is too long.");
        if (i.field == u"birth_year")
            return tr("The birth year must be between 1980 and 2100.");
        if (i.field == u"note" || i.field == u"child_words")
            return tr("The text is too long.");
        if (i.field == u"text")
            return i.code == u"required" ? tr("Write the amendment first.")
                                         : tr("The amendment is too long.");
    }
    switch (error.code()) {
    case StoreErrorCode::Locked:
        return tr("The app is locked. Unlock it and try again.");
    case StoreErrorCode::Immutable:
        return tr("A signed visit cannot be changed. Add an amendment instead.");
    case StoreErrorCode::NotFound:
        return tr("The record no longer exists on this device.");
    case StoreErrorCode::DiskFull:
        return tr("The device is full. Free some space; nothing typed has been lost yet.");
    case StoreErrorCode::Invalid:
        return tr("Some information is missing or not valid.");
    default:
        return tr("Could not save. Try again; if it keeps failing, contact IT support.");
    }
}

Session *activeSession()
{
    return Session::instance();
}

} // namespace barntid
