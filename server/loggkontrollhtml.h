// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accesslog.h"

#include <QByteArray>
#include <QList>
#include <QString>

/** The /loggkontroll pages as server-rendered HTML in Swedish, without JavaScript. Every value
 *  that comes from a record, an account or a request is escaped here. */
namespace barntid::server::LoggkontrollHtml {

struct Member
{
    QString id;
    QString label;
};

/** What the report page shows: the filter as given, and the rows it found. */
struct Report
{
    QString teamName;
    QString signedInAs;
    QString csrf;
    QList<Member> members;
    QString caseNumber, userId, from, to;
    QString error; ///< a filter that could not be read
    QList<AccessLogRow> rows; ///< at most the shown ones
    qsizetype total = 0;
    QString csvQuery; ///< the filter as a query string for the download link
};

QByteArray login(const QString &loginToken, const QString &error, const QString &username);
QByteArray report(const Report &report);
QByteArray message(const QString &title, const QString &text);
QByteArray style();

} // namespace barntid::server::LoggkontrollHtml
