// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/uitext.h"

#include "domain/visitwords.h"
#include "models/session.h"
#include "store/storeerror.h"

namespace barntid {

QString UiText::protectedIdentity()
{
    return VisitWords::protectedIdentity();
}

QString UiText::visitKind(const QString &code)
{
    return VisitWords::kind(code);
}

QString UiText::presence(const QString &code, const QString &kind)
{
    return VisitWords::presence(code, kind);
}

QString UiText::visitStatus(const QString &code)
{
    return VisitWords::status(code);
}

QString UiText::childTimeMode(const QString &code)
{
    return VisitWords::childTimeMode(code);
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
