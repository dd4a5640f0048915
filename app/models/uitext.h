// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace barntid {

class Session;
class StoreError;

/** The words the case and visit models show: Swedish through the app's translator, English
 *  source text, so every model names codes and failures the same way. The visit's codes are
 *  VisitWords (domain), which the server's journal documents use too. */
class UiText
{
    Q_DECLARE_TR_FUNCTIONS(UiText)

public:
    static QString protectedIdentity();
    static QString visitKind(const QString &code);
    static QString presence(const QString &code, const QString &kind);
    static QString visitStatus(const QString &code);
    static QString childTimeMode(const QString &code);
    /** One sentence a social worker can act on; never the record's content. */
    static QString storeError(const StoreError &error);
};

/** The app's Session (null before main or a test made one). */
Session *activeSession();

} // namespace barntid
