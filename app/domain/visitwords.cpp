// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/visitwords.h"

#include <QCoreApplication>

namespace barntid::VisitWords {

QString protectedIdentity()
{
    return QCoreApplication::translate("UiText", "Protected identity");
}

QString kind(const QString &code)
{
    if (code == u"home")
        return QCoreApplication::translate("UiText", "Home visit");
    if (code == u"foster_home")
        return QCoreApplication::translate("UiText", "Foster home visit");
    if (code == u"school")
        return QCoreApplication::translate("UiText", "School visit");
    if (code == u"office")
        return QCoreApplication::translate("UiText", "Office meeting");
    if (code == u"video")
        return QCoreApplication::translate("UiText", "Video meeting");
    return QCoreApplication::translate("UiText", "Other visit");
}

QString presence(const QString &code, const QString &kind)
{
    if (code == u"child_alone")
        return QCoreApplication::translate("UiText", "The child alone");
    if (code == u"child_with_carers")
        return kind == u"foster_home"
            ? QCoreApplication::translate("UiText", "The child with the foster parents")
            : QCoreApplication::translate("UiText", "The child with parents or other adults");
    if (code == u"child_not_present")
        return QCoreApplication::translate("UiText", "The child was not present");
    return QCoreApplication::translate("UiText", "Not recorded");
}

QString status(const QString &code)
{
    return code == u"signed" ? QCoreApplication::translate("UiText", "Signed")
                             : QCoreApplication::translate("UiText", "Draft");
}

QString childTimeMode(const QString &code)
{
    if (code == u"video")
        return QCoreApplication::translate("UiText", "Video");
    if (code == u"phone")
        return QCoreApplication::translate("UiText", "Phone");
    return QCoreApplication::translate("UiText", "In person");
}

} // namespace barntid::VisitWords
