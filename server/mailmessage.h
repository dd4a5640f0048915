// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace barntid::server {

/** One outgoing mail as RFC 5322/MIME text: UTF-8 plain text, optionally a calendar file
 *  attached. Built once when the mail is queued, so a retry sends the very same bytes. */
struct MailMessage
{
    QString from; ///< "Name <address>" or a bare address
    QString to; ///< a bare address
    QString subject;
    QString text;
    QByteArray calendar; ///< empty: no attachment
    QByteArray calendarMethod; ///< PUBLISH or CANCEL

    QByteArray render(const QDateTime &date, const QString &messageId) const;

    /** The bare address of "Name <address>" (or of a bare address). */
    static QString address(const QString &mailbox);
    /** RFC 2047 encoded-words (UTF-8, base64) when the text is not plain ASCII. */
    static QByteArray encodeWords(const QString &text);
};

} // namespace barntid::server
