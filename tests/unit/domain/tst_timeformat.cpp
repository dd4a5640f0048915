// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/timeformat.h"
#include "testsupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace barntid;
using fixture::utc;

class TestTimeFormat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void toRfc3339_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::addColumn<QString>("text");
        QTest::newRow("utc") << utc(2026, 11, 25, 20, 3, 47, 123) << "2026-11-25T20:03:47.123Z";
        QTest::newRow("whole second") << utc(2026, 1, 2, 3, 4, 5) << "2026-01-02T03:04:05.000Z";
        QTest::newRow("stockholm winter") << QDateTime(QDate(2026, 11, 25), QTime(21, 3, 47, 123),
            fixture::stockholmTz()) << "2026-11-25T20:03:47.123Z";
        QTest::newRow("stockholm summer, previous utc day") << QDateTime(QDate(2026, 7, 1),
            QTime(1, 30), fixture::stockholmTz()) << "2026-06-30T23:30:00.000Z";
        QTest::newRow("fixed offset")
            << QDateTime(QDate(2026, 5, 5), QTime(8, 0), Qt::OffsetFromUTC, -5 * 3600)
            << "2026-05-05T13:00:00.000Z";
        QTest::newRow("invalid") << QDateTime() << "";
    }

    void toRfc3339()
    {
        QFETCH(QDateTime, time);
        QFETCH(QString, text);
        QCOMPARE(barntid::toRfc3339(time), text);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("Z with ms")
            << "2026-11-25T20:03:47.123Z" << utc(2026, 11, 25, 20, 3, 47, 123);
        QTest::newRow("Z no fraction") << "2026-11-25T20:03:47Z" << utc(2026, 11, 25, 20, 3, 47);
        QTest::newRow("+01:00 winter")
            << "2026-11-25T21:03:47+01:00" << utc(2026, 11, 25, 20, 3, 47);
        QTest::newRow("+02:00 summer") << "2026-07-01T12:00:00+02:00" << utc(2026, 7, 1, 10);
        QTest::newRow("-05:30 with fraction")
            << "2026-07-01T12:00:00.5-05:30" << utc(2026, 7, 1, 17, 30, 0, 500);
        QTest::newRow("offset moves the date")
            << "2026-01-01T00:30:00+01:00" << utc(2025, 12, 31, 23, 30);
        QTest::newRow("microseconds truncated")
            << "2026-07-01T12:00:00.123999Z" << utc(2026, 7, 1, 12, 0, 0, 123);
        QTest::newRow("two fraction digits")
            << "2026-07-01T12:00:00.12Z" << utc(2026, 7, 1, 12, 0, 0, 120);
        QTest::newRow("lowercase t and z") << "2026-07-01t12:00:00z" << utc(2026, 7, 1, 12);
        QTest::newRow("-00:00") << "2026-07-01T12:00:00-00:00" << utc(2026, 7, 1, 12);
        QTest::newRow("leap day") << "2024-02-29T23:59:59.999Z"
                                  << utc(2024, 2, 29, 23, 59, 59, 999);
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const std::optional<QDateTime> parsed = parseRfc3339(text);
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, expected);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
        QCOMPARE(parsed->time().msec(), expected.time().msec());
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("date only") << "2026-11-25";
        QTest::newRow("no offset") << "2026-11-25T20:03:47";
        QTest::newRow("no offset with fraction") << "2026-11-25T20:03:47.123";
        QTest::newRow("space separator") << "2026-11-25 20:03:47Z";
        QTest::newRow("no seconds") << "2026-11-25T20:03Z";
        QTest::newRow("offset without colon") << "2026-11-25T20:03:47+0100";
        QTest::newRow("offset hours only") << "2026-11-25T20:03:47+01";
        QTest::newRow("offset 24h") << "2026-11-25T20:03:47+24:00";
        QTest::newRow("offset minutes 60") << "2026-11-25T20:03:47+01:60";
        QTest::newRow("empty fraction") << "2026-11-25T20:03:47.Z";
        QTest::newRow("month 13") << "2026-13-01T00:00:00Z";
        QTest::newRow("feb 30") << "2026-02-30T00:00:00Z";
        QTest::newRow("feb 29 non-leap") << "2026-02-29T00:00:00Z";
        QTest::newRow("hour 24") << "2026-11-25T24:00:00Z";
        QTest::newRow("second 60") << "2026-11-25T20:03:60Z";
        QTest::newRow("leading space") << " 2026-11-25T20:03:47Z";
        QTest::newRow("trailing space") << "2026-11-25T20:03:47Z ";
        QTest::newRow("two-digit year") << "26-11-25T20:03:47Z";
        QTest::newRow("one-digit month") << "2026-1-25T20:03:47Z";
        QTest::newRow("named zone") << "2026-11-25T20:03:47 CET";
        QTest::newRow("garbage") << "yesterday";
    }

    void rejects()
    {
        QFETCH(QString, text);
        QVERIFY(!parseRfc3339(text).has_value());
    }

    void roundTrip_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::newRow("ms") << utc(2026, 11, 25, 20, 3, 47, 123);
        QTest::newRow("midnight") << utc(2026, 1, 1);
        QTest::newRow("stockholm dst night")
            << QDateTime(QDate(2026, 10, 25), QTime(2, 30), fixture::stockholmTz());
        QTest::newRow("year 1") << utc(1, 1, 1, 0, 0, 0, 1);
        QTest::newRow("year 9999") << utc(9999, 12, 31, 23, 59, 59, 999);
    }

    void roundTrip()
    {
        QFETCH(QDateTime, time);
        const QString text = barntid::toRfc3339(time);
        QVERIFY(!text.isEmpty());
        const std::optional<QDateTime> back = parseRfc3339(text);
        QVERIFY(back.has_value());
        QCOMPARE(*back, time);
        QCOMPARE(barntid::toRfc3339(*back), text);
    }

    void outOfRangeYearsHaveNoText()
    {
        QCOMPARE(barntid::toRfc3339(utc(10000, 1, 1)), QString());
        QCOMPARE(barntid::toRfc3339(utc(-5, 1, 1)), QString());
    }

    void isoDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected"); // invalid: must be rejected
        QTest::newRow("plain") << "2026-03-09" << QDate(2026, 3, 9);
        QTest::newRow("leap day") << "2024-02-29" << QDate(2024, 2, 29);
        QTest::newRow("feb 29 non-leap") << "2026-02-29" << QDate();
        QTest::newRow("unpadded") << "2026-3-9" << QDate();
        QTest::newRow("compact") << "20260309" << QDate();
        QTest::newRow("datetime") << "2026-03-09T00:00:00Z" << QDate();
        QTest::newRow("slashes") << "2026/03/09" << QDate();
        QTest::newRow("trailing space") << "2026-03-09 " << QDate();
        QTest::newRow("empty") << "" << QDate();
    }

    void isoDate()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        const std::optional<QDate> parsed = parseIsoDate(text);
        QCOMPARE(parsed.has_value(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(*parsed, expected);
            QCOMPARE(toIsoDate(expected), text);
        }
    }

    void isoDateOfInvalid() { QCOMPARE(toIsoDate(QDate()), QString()); }

    void stockholmZone()
    {
        const QTimeZone tz = stockholm();
        QVERIFY(tz.isValid());
        QCOMPARE(tz.id(), QByteArray("Europe/Stockholm"));
        QCOMPARE(tz.offsetFromUtc(utc(2026, 1, 15, 12)), 3600);
        QCOMPARE(tz.offsetFromUtc(utc(2026, 7, 15, 12)), 7200);
    }
};

QTEST_GUILESS_MAIN(TestTimeFormat)
#include "tst_timeformat.moc"
