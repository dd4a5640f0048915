// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/calendarfile.h"

#include "domain/timeformat.h"

#include <QStringList>

namespace barntid {

namespace {

constexpr int lineOctets = 75;

// Sweden's rule since 1996 (EU summer time): last Sunday of March 02:00 to last Sunday of
// October 03:00 local time. Written out so the file does not depend on the reader's tz data.
constexpr const char *stockholmZone = "BEGIN:VTIMEZONE\r\n"
                                      "TZID:Europe/Stockholm\r\n"
                                      "BEGIN:DAYLIGHT\r\n"
                                      "TZOFFSETFROM:+0100\r\n"
                                      "TZOFFSETTO:+0200\r\n"
                                      "TZNAME:CEST\r\n"
                                      "DTSTART:19960331T020000\r\n"
                                      "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
                                      "END:DAYLIGHT\r\n"
                                      "BEGIN:STANDARD\r\n"
                                      "TZOFFSETFROM:+0200\r\n"
                                      "TZOFFSETTO:+0100\r\n"
                                      "TZNAME:CET\r\n"
                                      "DTSTART:19961027T030000\r\n"
                                      "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
                                      "END:STANDARD\r\n"
                                      "END:VTIMEZONE\r\n";

QByteArray localTime(const QDateTime &utc)
{
    return utc.toTimeZone(stockholm()).toString(QStringLiteral("yyyyMMdd'T'HHmmss")).toLatin1();
}

QByteArray utcTime(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

bool isSafeUrl(const QString &url)
{
    if (!url.startsWith(u"https://") || url.size() > 2000)
        return false;
    for (const QChar c : url) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    }
    return true;
}

void addLine(QByteArray &out, const QByteArray &line)
{
    out += CalendarFile::foldLine(line);
}

QByteArray eventStatus(const CalendarEvent &e)
{
    if (e.cancelled)
        return "CANCELLED";
    return e.confirmed ? "CONFIRMED" : "TENTATIVE";
}

} // namespace

QByteArray CalendarFile::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            out += u'\\';
            out += c;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            out += QStringLiteral("\\n");
        } else if (c.unicode() >= 0x20 && c.unicode() != 0x7f) {
            out += c;
        }
    }
    return out.toUtf8();
}

QByteArray CalendarFile::foldLine(const QByteArray &line)
{
    QByteArray out;
    qsizetype pos = 0;
    int room = lineOctets;
    while (line.size() - pos > room) {
        qsizetype cut = pos + room;
        // A UTF-8 continuation byte (10xxxxxx) must stay with its lead byte.
        while (cut > pos && (quint8(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        if (cut == pos) // not UTF-8 at all: cut where the octets run out
            cut = pos + room;
        out += line.mid(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        room = lineOctets - 1; // the leading space counts
    }
    out += line.mid(pos);
    out += "\r\n";
    return out;
}

QByteArray CalendarFile::write(const CalendarEvent &e)
{
    QByteArray out;
    addLine(out, "BEGIN:VCALENDAR");
    addLine(out, "VERSION:2.0");
    addLine(out, "PRODID:-//Barntid//Barntid//SV");
    addLine(out, "CALSCALE:GREGORIAN");
    addLine(out, e.cancelled ? "METHOD:CANCEL" : "METHOD:PUBLISH");
    out += stockholmZone;
    addLine(out, "BEGIN:VEVENT");
    addLine(out, "UID:" + escapeText(e.uid));
    addLine(out, "SEQUENCE:" + QByteArray::number(qMax(0, e.sequence)));
    addLine(out, "DTSTAMP:" + utcTime(e.stamp));
    addLine(out, "DTSTART;TZID=Europe/Stockholm:" + localTime(e.start));
    addLine(out, "DTEND;TZID=Europe/Stockholm:" + localTime(e.end));
    addLine(out, "SUMMARY:" + escapeText(e.summary));
    if (!e.location.isEmpty())
        addLine(out, "LOCATION:" + escapeText(e.location));
    if (!e.description.isEmpty())
        addLine(out, "DESCRIPTION:" + escapeText(e.description));
    if (isSafeUrl(e.url))
        addLine(out, "URL:" + e.url.toLatin1());
    addLine(out, "STATUS:" + eventStatus(e));
    addLine(out, "TRANSP:OPAQUE");
    addLine(out, "END:VEVENT");
    addLine(out, "END:VCALENDAR");
    return out;
}

CalendarEvent CalendarFile::fromBooking(
    const QJsonObject &booking, const QString &unitName, const QDateTime &stamp)
{
    const auto text
        = [&](const char *key) { return booking.value(QLatin1StringView(key)).toString(); };
    CalendarEvent e;
    e.uid = text("id") + QStringLiteral("@barntid");
    e.sequence = qMax(0, booking.value(QLatin1StringView("version")).toInt() - 1);
    e.start = parseRfc3339(text("starts_at")).value_or(QDateTime());
    e.end = parseRfc3339(text("ends_at")).value_or(QDateTime());
    e.stamp = stamp.toUTC();
    const QString status = text("status");
    e.cancelled = status == u"cancelled";
    e.confirmed = status == u"confirmed";
    const QString owner = text("owner_name").trimmed();
    e.summary = owner.isEmpty() ? QStringLiteral("Möte med %1").arg(unitName)
                                : QStringLiteral("Möte med %1").arg(owner);
    const bool video = booking.value(QLatin1StringView("video")).toBool();
    e.location = video ? QStringLiteral("Videomöte") : text("place");
    QStringList description {unitName};
    if (video && isSafeUrl(text("video_link"))) {
        e.url = text("video_link");
        description << QStringLiteral("Länk till videomötet: %1").arg(e.url);
    }
    e.description = description.join(u'\n');
    return e;
}

} // namespace barntid
