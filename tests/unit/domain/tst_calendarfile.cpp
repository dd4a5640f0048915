// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/calendarfile.h"
#include "testsupport.h"

#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace barntid;
using fixture::utc;

namespace {

QJsonObject booking()
{
    return QJsonObject {{QStringLiteral("id"), fixture::id1}, {QStringLiteral("version"), 1},
        {QStringLiteral("status"), QStringLiteral("requested")},
        {QStringLiteral("starts_at"), QStringLiteral("2026-12-08T16:00:00.000Z")},
        {QStringLiteral("ends_at"), QStringLiteral("2026-12-08T16:45:00.000Z")},
        {QStringLiteral("place"), QStringLiteral("Storgatan 1, Ludvika")},
        {QStringLiteral("video"), false}, {QStringLiteral("owner_name"), QStringLiteral("Åsa Ö")},
        {QStringLiteral("purpose"), QStringLiteral("HEMLIGT-SYFTE om Kalle")},
        {QStringLiteral("foster_home_id"), fixture::id2}};
}

// The content lines with folding undone, for reading properties back.
QList<QByteArray> unfolded(const QByteArray &ics)
{
    QByteArray joined = ics;
    joined.replace("\r\n ", "");
    QList<QByteArray> lines = joined.split('\n');
    for (QByteArray &l : lines)
        l.chop(l.endsWith('\r') ? 1 : 0);
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QByteArray valueOf(const QByteArray &ics, const QByteArray &nameAndParams)
{
    for (const QByteArray &l : unfolded(ics)) {
        if (l.startsWith(nameAndParams + ':'))
            return l.mid(nameAndParams.size() + 1);
    }
    return "<absent>";
}

const QDateTime stamp = utc(2026, 12, 1, 9, 30);

} // namespace

class TestCalendarFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyLineEndsInCrlfAndFitsIn75Octets()
    {
        QJsonObject b = booking();
        b[QStringLiteral("owner_name")]
            = QStringLiteral("Åsa Öberg-Ärlig 😀😀😀 åäö ÅÄÖ ").repeated(6);
        b[QStringLiteral("place")] = QStringLiteral("ö").repeated(200);
        const QByteArray ics
            = CalendarFile::write(CalendarFile::fromBooking(b, u"Enhet"_qs, stamp));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QVERIFY(!ics.contains("\n\n"));
        int folded = 0;
        const QList<QByteArray> lines = ics.split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const QByteArray &l = lines.at(i);
            QVERIFY2(l.endsWith('\r'), l.constData());
            QVERIFY2(l.size() - 1 <= 75, l.constData());
            // Each physical line is valid UTF-8 by itself: no sequence was cut.
            const QByteArray body = l.startsWith(' ') ? l.mid(1, l.size() - 2) : l.chopped(1);
            QCOMPARE(QString::fromUtf8(body).toUtf8(), body);
            QVERIFY(body.isEmpty() || (quint8(body.at(0)) & 0xC0) != 0x80);
            folded += l.startsWith(' ') ? 1 : 0;
        }
        QVERIFY(folded >= 6);
        QCOMPARE(QString::fromUtf8(valueOf(ics, "LOCATION")), QStringLiteral("ö").repeated(200));
        QCOMPARE(QString::fromUtf8(valueOf(ics, "SUMMARY")),
            u"Möte med "_qs + QStringLiteral("Åsa Öberg-Ärlig 😀😀😀 åäö ÅÄÖ ").repeated(6).trimmed());
    }

    void foldKeepsMultibyteSequencesWhole()
    {
        // 74 ASCII octets then a 4-octet emoji: the emoji must move whole to the next line.
        const QByteArray line = QByteArray(74, 'a') + QStringLiteral("😀b").toUtf8();
        const QByteArray folded = CalendarFile::foldLine(line);
        QCOMPARE(folded, QByteArray(74, 'a') + "\r\n " + QStringLiteral("😀b").toUtf8() + "\r\n");
        QCOMPARE(CalendarFile::foldLine(QByteArray(75, 'x')), QByteArray(75, 'x') + "\r\n");
        QCOMPARE(CalendarFile::foldLine(QByteArray(76, 'x')), QByteArray(75, 'x') + "\r\n x\r\n");
        QCOMPARE(CalendarFile::foldLine(QByteArray(75 + 74 + 1, 'y')),
            QByteArray(75, 'y') + "\r\n " + QByteArray(74, 'y') + "\r\n y\r\n");
    }

    void textIsEscaped()
    {
        QCOMPARE(CalendarFile::escapeText(u"a\\b;c,d\ne\r\nf\rg"_qs),
            QByteArray("a\\\\b\\;c\\,d\\ne\\nf\\ng"));
        QCOMPARE(CalendarFile::escapeText(QStringLiteral("x\x01y\x7fz\tå")), QByteArray("xyzå"));
        QJsonObject b = booking();
        b[QStringLiteral("place")] = QStringLiteral("Rum 3; plan 2, vänster\\höger");
        const QByteArray ics = CalendarFile::write(CalendarFile::fromBooking(b, u"E"_qs, stamp));
        QCOMPARE(valueOf(ics, "LOCATION"), "Rum 3\\; plan 2\\, vänster\\\\höger"_qba);
    }

    void requestedIsTentativeAndPublished()
    {
        const QByteArray ics = CalendarFile::write(
            CalendarFile::fromBooking(booking(), u"Familjehemsenheten"_qs, stamp));
        QCOMPARE(valueOf(ics, "METHOD"), "PUBLISH"_qba);
        QCOMPARE(valueOf(ics, "STATUS"), "TENTATIVE"_qba);
        QCOMPARE(valueOf(ics, "SEQUENCE"), "0"_qba);
        QCOMPARE(valueOf(ics, "UID"), (fixture::id1 + QStringLiteral("@barntid")).toUtf8());
        QCOMPARE(valueOf(ics, "DTSTAMP"), "20261201T093000Z"_qba);
        QCOMPARE(valueOf(ics, "VERSION"), "2.0"_qba);
        QCOMPARE(valueOf(ics, "CALSCALE"), "GREGORIAN"_qba);
        QCOMPARE(valueOf(ics, "TZID"), "Europe/Stockholm"_qba);
        QCOMPARE(QString::fromUtf8(valueOf(ics, "SUMMARY")), u"Möte med Åsa Ö"_qs);
        QCOMPARE(valueOf(ics, "URL"), "<absent>"_qba);
    }

    void confirmedBumpsSequence()
    {
        QJsonObject b = booking();
        b[QStringLiteral("status")] = QStringLiteral("confirmed");
        b[QStringLiteral("version")] = 3;
        const QByteArray ics = CalendarFile::write(CalendarFile::fromBooking(b, u"E"_qs, stamp));
        QCOMPARE(valueOf(ics, "STATUS"), "CONFIRMED"_qba);
        QCOMPARE(valueOf(ics, "SEQUENCE"), "2"_qba);
        QCOMPARE(valueOf(ics, "METHOD"), "PUBLISH"_qba);
    }

    void cancelledIsACancel()
    {
        QJsonObject b = booking();
        b[QStringLiteral("status")] = QStringLiteral("cancelled");
        b[QStringLiteral("version")] = 4;
        b[QStringLiteral("cancel_reason")] = QStringLiteral("Sjuk");
        const QByteArray ics = CalendarFile::write(CalendarFile::fromBooking(b, u"E"_qs, stamp));
        QCOMPARE(valueOf(ics, "METHOD"), "CANCEL"_qba);
        QCOMPARE(valueOf(ics, "STATUS"), "CANCELLED"_qba);
        QCOMPARE(valueOf(ics, "SEQUENCE"), "3"_qba);
        QCOMPARE(valueOf(ics, "UID"), (fixture::id1 + QStringLiteral("@barntid")).toUtf8());
    }

    void winterIsCetSummerIsCest()
    {
        QJsonObject b = booking(); // 16:00Z in December = 17:00 CET
        QByteArray ics = CalendarFile::write(CalendarFile::fromBooking(b, u"E"_qs, stamp));
        QCOMPARE(valueOf(ics, "DTSTART;TZID=Europe/Stockholm"), "20261208T170000"_qba);
        QCOMPARE(valueOf(ics, "DTEND;TZID=Europe/Stockholm"), "20261208T174500"_qba);
        b[QStringLiteral("starts_at")] = QStringLiteral("2027-06-15T15:00:00.000Z");
        b[QStringLiteral("ends_at")] = QStringLiteral("2027-06-15T15:45:00.000Z");
        ics = CalendarFile::write(CalendarFile::fromBooking(b, u"E"_qs, stamp));
        QCOMPARE(valueOf(ics, "DTSTART;TZID=Europe/Stockholm"), "20270615T170000"_qba);
        QCOMPARE(valueOf(ics, "DTEND;TZID=Europe/Stockholm"), "20270615T174500"_qba);
        QVERIFY(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm\r\n"));
        QVERIFY(ics.contains("TZOFFSETTO:+0200\r\nTZNAME:CEST"));
        QVERIFY(ics.contains("TZOFFSETTO:+0100\r\nTZNAME:CET"));
    }

    void videoCarriesItsLink()
    {
        QJsonObject b = booking();
        b[QStringLiteral("video")] = true;
        b[QStringLiteral("video_link")] = QStringLiteral("https://meet.example/abc?x=1;y=2");
        const QByteArray ics = CalendarFile::write(CalendarFile::fromBooking(b, u"E"_qs, stamp));
        QCOMPARE(QString::fromUtf8(valueOf(ics, "LOCATION")), u"Videomöte"_qs);
        QCOMPARE(valueOf(ics, "URL"), "https://meet.example/abc?x=1;y=2"_qba);
        QVERIFY(valueOf(ics, "DESCRIPTION").contains("https://meet.example/abc?x=1\\;y=2"));
        b[QStringLiteral("video_link")] = QStringLiteral("javascript:alert(1)");
        const QByteArray bad = CalendarFile::write(CalendarFile::fromBooking(b, u"E"_qs, stamp));
        QCOMPARE(valueOf(bad, "URL"), "<absent>"_qba);
        QVERIFY(!bad.contains("javascript"));
    }

    void noPurposeOrOtherBookingData()
    {
        QJsonObject b = booking();
        b[QStringLiteral("notify_email")] = QStringLiteral("familj@example.se");
        b[QStringLiteral("cancel_reason")] = QStringLiteral("ANLEDNING");
        const QByteArray ics = CalendarFile::write(CalendarFile::fromBooking(b, u"E"_qs, stamp));
        QVERIFY(!ics.contains("HEMLIGT"));
        QVERIFY(!ics.contains("Kalle"));
        QVERIFY(!ics.contains("familj@example.se"));
        QVERIFY(!ics.contains(fixture::id2.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestCalendarFile)
#include "tst_calendarfile.moc"
