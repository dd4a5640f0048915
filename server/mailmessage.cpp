// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailmessage.h"

#include <QLocale>
#include <QRegularExpression>

namespace barntid::server {

namespace {

bool isPlainAscii(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

QString withoutLineBreaks(const QString &s)
{
    QString out = s;
    out.replace(u'\r', u' ').replace(u'\n', u' ');
    return out;
}

/** Base64 in lines of 76 characters (RFC 2045 §6.8). */
QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    for (qsizetype at = 0; at < encoded.size(); at += 76)
        out += encoded.mid(at, 76) + "\r\n";
    return out;
}

QByteArray mailbox(const QString &value)
{
    static const QRegularExpression named(QStringLiteral("^\\s*(.*?)\\s*<([^<>]+)>\\s*$"));
    const QRegularExpressionMatch m = named.match(withoutLineBreaks(value));
    if (!m.hasMatch() || m.captured(1).isEmpty())
        return MailMessage::address(value).toUtf8();
    QString name = m.captured(1);
    if (name.startsWith(u'"') && name.endsWith(u'"') && name.size() >= 2)
        name = name.mid(1, name.size() - 2);
    const QByteArray display = isPlainAscii(name) && !name.contains(u'"')
        ? '"' + name.toLatin1() + '"'
        : MailMessage::encodeWords(name);
    return display + " <" + m.captured(2).trimmed().toUtf8() + '>';
}

} // namespace

QString MailMessage::address(const QString &value)
{
    static const QRegularExpression named(QStringLiteral("<([^<>]+)>"));
    const QRegularExpressionMatch m = named.match(value);
    return withoutLineBreaks(m.hasMatch() ? m.captured(1) : value).trimmed();
}

QByteArray MailMessage::encodeWords(const QString &text)
{
    const QString clean = withoutLineBreaks(text);
    if (isPlainAscii(clean))
        return clean.toLatin1();
    // Each encoded-word at most 75 characters: 12 of "=?UTF-8?B?" and "?=", so 45 octets of
    // text (60 of base64), never splitting a character between words.
    QByteArray out;
    QByteArray chunk;
    const auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < clean.size(); ++i) {
        const bool pair = clean.at(i).isHighSurrogate() && i + 1 < clean.size();
        const QByteArray ch = clean.mid(i, pair ? 2 : 1).toUtf8();
        i += pair ? 1 : 0;
        if (chunk.size() + ch.size() > 45)
            flush();
        chunk += ch;
    }
    flush();
    return out;
}

QByteArray MailMessage::render(const QDateTime &date, const QString &messageId) const
{
    const QByteArray boundary = "=_barntid_" + messageId.toLatin1().toHex().left(24);
    QByteArray m;
    m += "From: " + mailbox(from) + "\r\n";
    m += "To: " + address(to).toUtf8() + "\r\n";
    m += "Subject: " + encodeWords(subject) + "\r\n";
    m += "Date: "
        + QLocale::c()
              .toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
              .toLatin1()
        + " +0000\r\n";
    m += "Message-ID: <" + messageId.toLatin1() + ">\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "Auto-Submitted: auto-generated\r\n";
    const QByteArray textPart = "Content-Type: text/plain; charset=utf-8\r\n"
                                "Content-Transfer-Encoding: base64\r\n\r\n"
        + base64Lines(text.toUtf8());
    if (calendar.isEmpty())
        return m + textPart;
    m += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
    m += "--" + boundary + "\r\n" + textPart;
    m += "--" + boundary + "\r\n";
    m += "Content-Type: text/calendar; charset=utf-8; method=" + calendarMethod + "\r\n";
    m += "Content-Transfer-Encoding: base64\r\n";
    m += "Content-Disposition: attachment; filename=\"mote.ics\"\r\n\r\n";
    m += base64Lines(calendar);
    m += "--" + boundary + "--\r\n";
    return m;
}

} // namespace barntid::server
