// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace barntid {

/** One meeting as a calendar sees it: only what the family may carry into any calendar app. */
struct CalendarEvent
{
    QString uid;
    int sequence = 0;
    QDateTime start; ///< UTC
    QDateTime end; ///< UTC
    QString summary;
    QString location;
    QString description;
    QString url; ///< https only; empty for none
    bool cancelled = false;
    bool confirmed = false; ///< CONFIRMED, else TENTATIVE (ignored when cancelled)
    QDateTime stamp; ///< when the file was made, UTC
};

/** RFC 5545 calendar file of a booking, shared by the app, the API and the booking page. */
class CalendarFile
{
public:
    static QByteArray write(const CalendarEvent &event);
    /** The event of a booking's wire record (with `id` and `version`); never its purpose. */
    static CalendarEvent fromBooking(
        const QJsonObject &booking, const QString &unitName, const QDateTime &stamp);

    /** TEXT value escaping (RFC 5545 §3.3.11); control characters are dropped. */
    static QByteArray escapeText(const QString &text);
    /** Content line folding at 75 octets, never inside a UTF-8 sequence; adds the CRLF. */
    static QByteArray foldLine(const QByteArray &line);
};

} // namespace barntid
