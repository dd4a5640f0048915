// SPDX-License-Identifier: GPL-3.0-or-later
// The confirmation mail's text and MIME form, the retry schedule and the smtp configuration.
// The end-to-end path (queue in the push, send, retry) is e2e_servermail.
#include "bookingmail.h"
#include "mailmessage.h"
#include "mailsender.h"
#include "serverconfig.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace barntid::server;

namespace {

QJsonObject meeting(const char *status, const char *start, const char *end)
{
    return {{QStringLiteral("id"), QStringLiteral("0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b")},
        {QStringLiteral("version"), 2}, {QStringLiteral("status"), QLatin1StringView(status)},
        {QStringLiteral("starts_at"), QLatin1StringView(start)},
        {QStringLiteral("ends_at"), QLatin1StringView(end)},
        {QStringLiteral("place"), QStringLiteral("Storgatan 1, rum 3")},
        {QStringLiteral("video"), false}, {QStringLiteral("owner_name"), QStringLiteral("Åsa Ö")},
        {QStringLiteral("cancel_reason"), QStringLiteral("Jag är sjuk")},
        {QStringLiteral("purpose"), QStringLiteral("HEMLIGT")}};
}

/** Decodes RFC 2047 "=?UTF-8?B?…?=" words (folded with CRLF SP) back to text. */
QString decodeWords(const QByteArray &header)
{
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([^?]*)\\?="));
    QByteArray utf8;
    auto it = word.globalMatch(QString::fromLatin1(header));
    while (it.hasNext())
        utf8 += QByteArray::fromBase64(it.next().captured(1).toLatin1());
    return QString::fromUtf8(utf8);
}

QByteArray header(const QByteArray &message, const QByteArray &name)
{
    const qsizetype at = message.indexOf("\r\n" + name + ": ");
    const qsizetype from = at < 0 ? (message.startsWith(name + ": ") ? 0 : -1) : at + 2;
    if (from < 0)
        return {};
    QByteArray value = message.mid(from + name.size() + 2);
    qsizetype end = 0;
    while ((end = value.indexOf("\r\n", end)) >= 0 && value.mid(end + 2, 1) == " ")
        end += 2;
    return value.left(end);
}

} // namespace

class TestBookingMail : public QObject
{
    Q_OBJECT

private slots:
    void confirmedInWinter()
    {
        // 16:00Z on Tuesday 8 December 2026 is 17:00 in Stockholm (CET).
        const MailMessage m = BookingMail::compose(
            meeting("confirmed", "2026-12-08T16:00:00.000Z", "2026-12-08T16:45:00.000Z"),
            QStringLiteral("Familjehemsenheten"));
        QCOMPARE(m.subject, QStringLiteral("Ditt möte tisdag 8 december kl. 17:00 är bekräftat"));
        QVERIFY(m.text.contains(QStringLiteral("Ditt möte med Åsa Ö är bekräftat.")));
        QVERIFY(m.text.contains(QStringLiteral("Tid: tisdag 8 december 2026 kl. 17:00–17:45")));
        QVERIFY(m.text.contains(QStringLiteral("Plats: Storgatan 1, rum 3")));
        QVERIFY(m.text.contains(QStringLiteral("Familjehemsenheten")));
        QVERIFY(m.text.contains(QStringLiteral("går inte att svara på")));
        QVERIFY(!m.text.contains(QStringLiteral("Anledning")));
        QVERIFY(!m.text.contains(QStringLiteral("HEMLIGT")));
    }

    void cancelledInSummerWithVideo()
    {
        QJsonObject o
            = meeting("cancelled", "2027-06-15T15:00:00.000Z", "2027-06-15T15:45:00.000Z");
        o.insert(QStringLiteral("video"), true);
        o.insert(QStringLiteral("video_link"), QStringLiteral("https://video.example.se/m/1"));
        const MailMessage m = BookingMail::compose(o, QStringLiteral("Enheten"));
        QCOMPARE(m.subject, QStringLiteral("Ditt möte tisdag 15 juni kl. 17:00 är inställt"));
        QVERIFY(m.text.contains(QStringLiteral("Videomöte: https://video.example.se/m/1")));
        QVERIFY(m.text.contains(QStringLiteral("Anledning: Jag är sjuk")));
        QVERIFY(!m.text.contains(QStringLiteral("Storgatan")));
        QVERIFY(!m.text.contains(QStringLiteral("HEMLIGT")));
    }

    void encodedWordsStayShortAndDecode()
    {
        const QString subject
            = QStringLiteral("Ditt möte lördag 31 oktober kl. 17:00 är inställt 😀 åäö ÅÄÖ");
        const QByteArray encoded = MailMessage::encodeWords(subject);
        for (const QByteArray &line : encoded.split('\n'))
            QVERIFY2(line.trimmed().size() <= 75, line.constData());
        QCOMPARE(decodeWords(encoded), subject);
        QCOMPARE(MailMessage::encodeWords(QStringLiteral("plain\r\nBcc: x")),
            QByteArray("plain  Bcc: x"));
    }

    void renderedMessage()
    {
        MailMessage m;
        m.from = QStringLiteral("Familjehemsenheten Ludvika <familjehem@kommun.example>");
        m.to = QStringLiteral("familj@example.se");
        m.subject = QStringLiteral("Ditt möte är bekräftat");
        m.text = QStringLiteral("Hej!\nÅ ä ö\n");
        m.calendar = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";
        m.calendarMethod = "PUBLISH";
        const QByteArray raw = m.render(
            QDateTime(QDate(2026, 12, 1), QTime(9, 5, 7), Qt::UTC), u"id1@kommun.example"_qs);
        QCOMPARE(header(raw, "From"),
            QByteArray("\"Familjehemsenheten Ludvika\" <familjehem@kommun.example>"));
        QCOMPARE(header(raw, "To"), QByteArray("familj@example.se"));
        QCOMPARE(decodeWords(header(raw, "Subject")), m.subject);
        QCOMPARE(header(raw, "Date"), QByteArray("Tue, 01 Dec 2026 09:05:07 +0000"));
        QCOMPARE(header(raw, "Message-ID"), QByteArray("<id1@kommun.example>"));
        QCOMPARE(header(raw, "MIME-Version"), QByteArray("1.0"));
        QVERIFY(header(raw, "Content-Type").startsWith("multipart/mixed; boundary="));
        QVERIFY(raw.contains("Content-Type: text/calendar; charset=utf-8; method=PUBLISH\r\n"));
        QVERIFY(raw.contains("Content-Disposition: attachment; filename=\"mote.ics\"\r\n"));
        QVERIFY(raw.contains(m.text.toUtf8().toBase64()));
        QVERIFY(!raw.contains('\0'));
        for (const QByteArray &line : raw.split('\n'))
            QVERIFY2(
                line.size() <= 78 && (line.isEmpty() || line.endsWith('\r')), line.constData());
        QVERIFY(raw.endsWith("--\r\n"));
    }

    void nonAsciiSenderNameIsEncoded()
    {
        MailMessage m;
        m.from = QStringLiteral("Familjehemsenheten Älvdalen <f@kommun.example>");
        m.to = QStringLiteral("a@b.se");
        m.text = QStringLiteral("x");
        const QByteArray raw = m.render(QDateTime::currentDateTimeUtc(), u"x@y"_qs);
        QVERIFY(header(raw, "From").endsWith(" <f@kommun.example>"));
        QCOMPARE(decodeWords(header(raw, "From")), QStringLiteral("Familjehemsenheten Älvdalen"));
        QCOMPARE(MailMessage::address(m.from), QStringLiteral("f@kommun.example"));
        QVERIFY(header(raw, "Content-Type").startsWith("text/plain; charset=utf-8"));
    }

    void retriesDoubleUpToAnHour()
    {
        QCOMPARE(MailSender::retryDelay(60, 1), 60);
        QCOMPARE(MailSender::retryDelay(60, 2), 120);
        QCOMPARE(MailSender::retryDelay(60, 4), 480);
        QCOMPARE(MailSender::retryDelay(60, 9), 3600);
        QCOMPARE(MailSender::retryDelay(1, 3), 4);
    }

    void smtpConfiguration()
    {
        auto parsed = ServerConfig::fromJson(R"({"smtp": {"host": "smtp.kommun.example",
            "from": "a@kommun.example", "retry_seconds": 5, "security": "none"}})");
        QVERIFY(std::holds_alternative<ServerConfig>(parsed));
        const SmtpSettings smtp = std::get<ServerConfig>(parsed).smtp;
        QVERIFY(smtp.enabled());
        QCOMPARE(smtp.retrySeconds, 5);
        QCOMPARE(ServerConfig().smtp.retrySeconds, 60);
        QVERIFY(std::holds_alternative<QString>(ServerConfig::fromJson(
            R"({"smtp": {"host": "h", "from": "a@b.c", "retry_seconds": 0}})")));
    }
};

QTEST_GUILESS_MAIN(TestBookingMail)
#include "tst_bookingmail.moc"
