// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/barntid.h"
#include "testsupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace barntid;
using fixture::utc;

Q_DECLARE_METATYPE(barntid::Interval)

using Intervals = QList<Interval>;
using DaySeconds = QMap<QDate, qint64>;

// Expected instants are written in UTC, converted from Stockholm wall-clock time by hand:
// CET = UTC+1 in winter, CEST = UTC+2 from 2026-03-29 02:00 to 2026-10-25 03:00 local.
class TestBarntid : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!fixture::stockholmTz().isValid())
            QSKIP("no time zone data for Europe/Stockholm on this machine");
    }

    void seconds_data()
    {
        QTest::addColumn<Interval>("interval");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("one hour") << Interval {utc(2026, 1, 1, 10), utc(2026, 1, 1, 11)}
                                  << qint64(3600);
        QTest::newRow("ms truncated")
            << Interval {utc(2026, 1, 1, 10), utc(2026, 1, 1, 11, 30, 0, 999)} << qint64(5400);
        QTest::newRow("reversed") << Interval {utc(2026, 1, 1, 11), utc(2026, 1, 1, 10)}
                                  << qint64(0);
        QTest::newRow("empty") << Interval {utc(2026, 1, 1, 11), utc(2026, 1, 1, 11)} << qint64(0);
        QTest::newRow("invalid") << Interval {QDateTime(), utc(2026, 1, 1, 11)} << qint64(0);
    }

    void seconds()
    {
        QFETCH(Interval, interval);
        QFETCH(qint64, seconds);
        QCOMPARE(interval.seconds(), seconds);
    }

    void merge_data()
    {
        QTest::addColumn<Intervals>("input");
        QTest::addColumn<Intervals>("expected");
        const auto at = [](int h, int m = 0) { return utc(2026, 11, 25, h, m); };
        QTest::newRow("overlapping")
            << Intervals {{at(10), at(12)}, {at(11), at(13)}} << Intervals {{at(10), at(13)}};
        QTest::newRow("touching") << Intervals {{at(10), at(11)}, {at(11), at(12)}}
                                  << Intervals {{at(10), at(12)}};
        QTest::newRow("nested") << Intervals {{at(9), at(17)}, {at(10), at(11)}}
                                << Intervals {{at(9), at(17)}};
        QTest::newRow("disjoint, unsorted") << Intervals {{at(13), at(14)}, {at(9), at(10)}}
                                            << Intervals {{at(9), at(10)}, {at(13), at(14)}};
        QTest::newRow("identical")
            << Intervals {{at(9), at(10)}, {at(9), at(10)}} << Intervals {{at(9), at(10)}};
        QTest::newRow("chain") << Intervals {{at(13), at(14)}, {at(10, 45), at(12)},
            {at(9), at(10)}, {at(9, 30), at(11)}}
                               << Intervals {{at(9), at(12)}, {at(13), at(14)}};
        QTest::newRow("empty and invalid dropped") << Intervals {{at(10), at(10)}, {at(12), at(11)},
            {QDateTime(), at(12)}} << Intervals {};
        QTest::newRow("nothing") << Intervals {} << Intervals {};
        // 12:30-14:00 Stockholm in November is 11:30-13:00 UTC.
        QTest::newRow("mixed zones") << Intervals {{at(10), at(12)},
            {QDateTime(QDate(2026, 11, 25), QTime(12, 30), fixture::stockholmTz()),
                QDateTime(QDate(2026, 11, 25), QTime(14, 0), fixture::stockholmTz())}}
                                     << Intervals {{at(10), at(13)}};
    }

    void merge()
    {
        QFETCH(Intervals, input);
        QFETCH(Intervals, expected);
        QCOMPARE(mergeIntervals(input), expected);
    }

    void unionSeconds_data()
    {
        QTest::addColumn<Intervals>("input");
        QTest::addColumn<qint64>("seconds");
        const auto at = [](int h, int m = 0) { return utc(2026, 11, 25, h, m); };
        QTest::newRow("overlap counted once")
            << Intervals {{at(10), at(12)}, {at(11), at(13)}} << qint64(3 * 3600);
        QTest::newRow("nested") << Intervals {{at(9), at(17)}, {at(10), at(11)}}
                                << qint64(8 * 3600);
        QTest::newRow("touching") << Intervals {{at(10), at(11)}, {at(11), at(12)}}
                                  << qint64(2 * 3600);
        QTest::newRow("disjoint") << Intervals {{at(9), at(10)}, {at(13), at(14, 30)}}
                                  << qint64(9000);
        QTest::newRow("three children, one hour")
            << Intervals {{at(10), at(11)}, {at(10), at(11)}, {at(10), at(11)}} << qint64(3600);
        QTest::newRow("nothing") << Intervals {} << qint64(0);
    }

    void unionSeconds()
    {
        QFETCH(Intervals, input);
        QFETCH(qint64, seconds);
        QCOMPARE(barntid::unionSeconds(input), seconds);
    }

    void clip()
    {
        const auto at = [](int h) { return utc(2026, 11, 25, h); };
        const Interval window {at(10), at(14)};
        const Intervals input {{at(8), at(9)}, {at(9), at(11)}, {at(11), at(12)}, {at(13), at(15)},
            {at(8), at(16)}, {at(14), at(15)}, {at(12), at(11)}};
        const Intervals expected {
            {at(10), at(11)}, {at(11), at(12)}, {at(13), at(14)}, {at(10), at(14)}};
        QCOMPARE(barntid::clip(input, window), expected);
        QCOMPARE(barntid::clip(input, Interval {at(14), at(10)}), Intervals {});
    }

    void splitByLocalDay_data()
    {
        QTest::addColumn<Interval>("interval");
        QTest::addColumn<QTimeZone>("tz");
        QTest::addColumn<Intervals>("expected");
        const QTimeZone sthlm = fixture::stockholmTz();
        const QTimeZone utcZone = QTimeZone::utc();
        // Local 22:00-02:00 in January.
        QTest::newRow("winter midnight")
            << Interval {utc(2026, 1, 14, 21), utc(2026, 1, 15, 1)} << sthlm
            << Intervals {{utc(2026, 1, 14, 21), utc(2026, 1, 14, 23)},
                   {utc(2026, 1, 14, 23), utc(2026, 1, 15, 1)}};
        // Local 23:30-00:30 in July: local midnight is 22:00 UTC.
        QTest::newRow("summer midnight")
            << Interval {utc(2026, 7, 1, 21, 30), utc(2026, 7, 1, 22, 30)} << sthlm
            << Intervals {{utc(2026, 7, 1, 21, 30), utc(2026, 7, 1, 22)},
                   {utc(2026, 7, 1, 22), utc(2026, 7, 1, 22, 30)}};
        QTest::newRow("three local days")
            << Interval {utc(2026, 1, 14, 19), utc(2026, 1, 16, 3)} << sthlm
            << Intervals {{utc(2026, 1, 14, 19), utc(2026, 1, 14, 23)},
                   {utc(2026, 1, 14, 23), utc(2026, 1, 15, 23)},
                   {utc(2026, 1, 15, 23), utc(2026, 1, 16, 3)}};
        QTest::newRow("within one day")
            << Interval {utc(2026, 1, 14, 8), utc(2026, 1, 14, 16)} << sthlm
            << Intervals {{utc(2026, 1, 14, 8), utc(2026, 1, 14, 16)}};
        QTest::newRow("ends at local midnight")
            << Interval {utc(2026, 1, 14, 21), utc(2026, 1, 14, 23)} << sthlm
            << Intervals {{utc(2026, 1, 14, 21), utc(2026, 1, 14, 23)}};
        QTest::newRow("starts at local midnight")
            << Interval {utc(2026, 1, 14, 23), utc(2026, 1, 15, 1)} << sthlm
            << Intervals {{utc(2026, 1, 14, 23), utc(2026, 1, 15, 1)}};
        // Local 22:00 CET on 28 March to 05:00 CEST on 29 March.
        QTest::newRow("spring-forward night")
            << Interval {utc(2026, 3, 28, 21), utc(2026, 3, 29, 3)} << sthlm
            << Intervals {{utc(2026, 3, 28, 21), utc(2026, 3, 28, 23)},
                   {utc(2026, 3, 28, 23), utc(2026, 3, 29, 3)}};
        // Local 22:00 CEST on 24 October to 06:00 CET on 25 October.
        QTest::newRow("fall-back night")
            << Interval {utc(2026, 10, 24, 20), utc(2026, 10, 25, 5)} << sthlm
            << Intervals {{utc(2026, 10, 24, 20), utc(2026, 10, 24, 22)},
                   {utc(2026, 10, 24, 22), utc(2026, 10, 25, 5)}};
        QTest::newRow("utc midnight in utc")
            << Interval {utc(2026, 1, 14, 23, 30), utc(2026, 1, 15, 0, 30)} << utcZone
            << Intervals {{utc(2026, 1, 14, 23, 30), utc(2026, 1, 15)},
                   {utc(2026, 1, 15), utc(2026, 1, 15, 0, 30)}};
        QTest::newRow("utc midnight in stockholm")
            << Interval {utc(2026, 1, 14, 23, 30), utc(2026, 1, 15, 0, 30)} << sthlm
            << Intervals {{utc(2026, 1, 14, 23, 30), utc(2026, 1, 15, 0, 30)}};
        QTest::newRow("reversed") << Interval {utc(2026, 1, 15), utc(2026, 1, 14)} << sthlm
                                  << Intervals {};
    }

    void splitByLocalDay()
    {
        QFETCH(Interval, interval);
        QFETCH(QTimeZone, tz);
        QFETCH(Intervals, expected);
        QCOMPARE(barntid::splitByLocalDay(interval, tz), expected);
    }

    void splitDefaultsToStockholm()
    {
        const Intervals pieces
            = barntid::splitByLocalDay({utc(2026, 1, 14, 21), utc(2026, 1, 15, 1)});
        QCOMPARE(pieces,
            (Intervals {{utc(2026, 1, 14, 21), utc(2026, 1, 14, 23)},
                {utc(2026, 1, 14, 23), utc(2026, 1, 15, 1)}}));
    }

    void secondsPerLocalDay_data()
    {
        QTest::addColumn<Intervals>("input");
        QTest::addColumn<DaySeconds>("expected");
        // Local 22:00-01:00 and 23:00-02:00: union 22:00-02:00.
        QTest::newRow("overlap across midnight")
            << Intervals {{utc(2026, 1, 14, 21), utc(2026, 1, 15, 0)},
                   {utc(2026, 1, 14, 22), utc(2026, 1, 15, 1)}}
            << DaySeconds {{QDate(2026, 1, 14), 7200}, {QDate(2026, 1, 15), 7200}};
        // Local 00:00-06:00 on the spring-forward day lasts 5 h.
        QTest::newRow("spring-forward day")
            << Intervals {{utc(2026, 3, 28, 23), utc(2026, 3, 29, 4)}}
            << DaySeconds {{QDate(2026, 3, 29), 5 * 3600}};
        // Local 00:00-06:00 on the fall-back day lasts 7 h.
        QTest::newRow("fall-back day") << Intervals {{utc(2026, 10, 24, 22), utc(2026, 10, 25, 5)}}
                                       << DaySeconds {{QDate(2026, 10, 25), 7 * 3600}};
        QTest::newRow("days with a gap")
            << Intervals {{utc(2026, 1, 16, 8), utc(2026, 1, 16, 9)},
                   {utc(2026, 1, 14, 8), utc(2026, 1, 14, 10)}}
            << DaySeconds {{QDate(2026, 1, 14), 7200}, {QDate(2026, 1, 16), 3600}};
        QTest::newRow("nothing") << Intervals {} << DaySeconds {};
    }

    void secondsPerLocalDay()
    {
        QFETCH(Intervals, input);
        QFETCH(DaySeconds, expected);
        const DaySeconds actual = barntid::secondsPerLocalDay(input, fixture::stockholmTz());
        QCOMPARE(actual.keys(), expected.keys());
        QCOMPARE(actual.values(), expected.values());
    }

    void weekStart_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QDate>("monday");
        QTest::newRow("sunday, spring forward") << QDate(2026, 3, 29) << QDate(2026, 3, 23);
        QTest::newRow("monday") << QDate(2026, 3, 23) << QDate(2026, 3, 23);
        QTest::newRow("new year's day, thursday") << QDate(2026, 1, 1) << QDate(2025, 12, 29);
        QTest::newRow("sunday, fall back") << QDate(2026, 10, 25) << QDate(2026, 10, 19);
        QTest::newRow("leap day, thursday") << QDate(2024, 2, 29) << QDate(2024, 2, 26);
    }

    void weekStart()
    {
        QFETCH(QDate, day);
        QFETCH(QDate, monday);
        QCOMPARE(barntid::weekStart(day), monday);
    }

    void weekInterval_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QDateTime>("end");
        QTest::addColumn<qint64>("hours");
        QTest::newRow("winter week")
            << QDate(2026, 11, 25) << utc(2026, 11, 22, 23) << utc(2026, 11, 29, 23) << qint64(168);
        QTest::newRow("summer week")
            << QDate(2026, 7, 1) << utc(2026, 6, 28, 22) << utc(2026, 7, 5, 22) << qint64(168);
        QTest::newRow("spring forward, from sunday")
            << QDate(2026, 3, 29) << utc(2026, 3, 22, 23) << utc(2026, 3, 29, 22) << qint64(167);
        QTest::newRow("spring forward, from monday")
            << QDate(2026, 3, 23) << utc(2026, 3, 22, 23) << utc(2026, 3, 29, 22) << qint64(167);
        QTest::newRow("fall back")
            << QDate(2026, 10, 21) << utc(2026, 10, 18, 22) << utc(2026, 10, 25, 23) << qint64(169);
    }

    void weekInterval()
    {
        QFETCH(QDate, day);
        QFETCH(QDateTime, start);
        QFETCH(QDateTime, end);
        QFETCH(qint64, hours);
        const Interval week = barntid::weekInterval(day, fixture::stockholmTz());
        QCOMPARE(week.start, start);
        QCOMPARE(week.end, end);
        QCOMPARE(week.seconds(), hours * 3600);
    }

    void weekIntervalInUtc()
    {
        const Interval week = barntid::weekInterval(QDate(2026, 3, 29), QTimeZone::utc());
        QCOMPARE(week.start, utc(2026, 3, 23));
        QCOMPARE(week.end, utc(2026, 3, 30));
    }

    void share()
    {
        QCOMPARE((WeekSummary {QDate(2026, 11, 23), 3600, 7200}.share()), 0.5);
        QCOMPARE((WeekSummary {QDate(2026, 11, 23), 10, 0}.share()), 0.0);
        QCOMPARE((WeekSummary {QDate(2026, 11, 23), 0, 0}.share()), 0.0);
    }

    void summarizeWeek_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<Intervals>("child");
        QTest::addColumn<Intervals>("registered");
        QTest::addColumn<QDate>("monday");
        QTest::addColumn<qint64>("childSeconds");
        QTest::addColumn<qint64>("registeredSeconds");
        QTest::addColumn<double>("share");

        // Registered Mon 08-16 local; child Mon 10-11 (inside) and Tue 18:00-19:30 (evening
        // visit with no time entry): the evening still counts as working time.
        QTest::newRow("child time outside registered entries")
            << QDate(2026, 11, 25)
            << Intervals {{utc(2026, 11, 23, 9), utc(2026, 11, 23, 10)},
                   {utc(2026, 11, 24, 17), utc(2026, 11, 24, 18, 30)}}
            << Intervals {{utc(2026, 11, 23, 7), utc(2026, 11, 23, 15)}} << QDate(2026, 11, 23)
            << qint64(9000) << qint64(34200) << 9000.0 / 34200.0;
        QTest::newRow("two children in the same hour")
            << QDate(2026, 11, 23)
            << Intervals {{utc(2026, 11, 23, 9), utc(2026, 11, 23, 10)},
                   {utc(2026, 11, 23, 9), utc(2026, 11, 23, 10)},
                   {utc(2026, 11, 23, 9, 30), utc(2026, 11, 23, 10, 30)}}
            << Intervals {{utc(2026, 11, 23, 7), utc(2026, 11, 23, 15)}} << QDate(2026, 11, 23)
            << qint64(5400) << qint64(28800) << 0.1875;
        // Child Sun 23:00 - Mon 01:00 local, registered Sun 20:00 - Mon 02:00 local, across the
        // week boundary at Mon 30 Nov 00:00 local = 29 Nov 23:00 UTC.
        const Intervals boundaryChild {{utc(2026, 11, 29, 22), utc(2026, 11, 30, 0)}};
        const Intervals boundaryRegistered {{utc(2026, 11, 29, 19), utc(2026, 11, 30, 1)},
            {utc(2026, 12, 10, 8), utc(2026, 12, 10, 9)}};
        QTest::newRow("across the boundary, first week")
            << QDate(2026, 11, 29) << boundaryChild << boundaryRegistered << QDate(2026, 11, 23)
            << qint64(3600) << qint64(4 * 3600) << 0.25;
        QTest::newRow("across the boundary, second week")
            << QDate(2026, 12, 2) << boundaryChild << boundaryRegistered << QDate(2026, 11, 30)
            << qint64(3600) << qint64(2 * 3600) << 0.5;
        QTest::newRow("nothing registered") << QDate(2026, 11, 25) << Intervals {} << Intervals {}
                                            << QDate(2026, 11, 23) << qint64(0) << qint64(0) << 0.0;
        QTest::newRow("only child time")
            << QDate(2026, 11, 25) << Intervals {{utc(2026, 11, 25, 9), utc(2026, 11, 25, 11)}}
            << Intervals {} << QDate(2026, 11, 23) << qint64(7200) << qint64(7200) << 1.0;
        // Registered around the clock, beyond both ends of the 167 h spring-forward week.
        QTest::newRow("spring-forward week")
            << QDate(2026, 3, 29) << Intervals {{utc(2026, 3, 28, 9), utc(2026, 3, 28, 11)}}
            << Intervals {{utc(2026, 3, 22, 20), utc(2026, 3, 30, 3)}} << QDate(2026, 3, 23)
            << qint64(7200) << qint64(167 * 3600) << 7200.0 / (167 * 3600);
        QTest::newRow("fall-back week")
            << QDate(2026, 10, 25) << Intervals {{utc(2026, 10, 25, 1), utc(2026, 10, 25, 3)}}
            << Intervals {{utc(2026, 10, 17), utc(2026, 10, 27)}} << QDate(2026, 10, 19)
            << qint64(7200) << qint64(169 * 3600) << 7200.0 / (169 * 3600);
    }

    void summarizeWeek()
    {
        QFETCH(QDate, day);
        QFETCH(Intervals, child);
        QFETCH(Intervals, registered);
        QFETCH(QDate, monday);
        QFETCH(qint64, childSeconds);
        QFETCH(qint64, registeredSeconds);
        QFETCH(double, share);
        const WeekSummary s
            = barntid::summarizeWeek(day, child, registered, fixture::stockholmTz());
        QCOMPARE(s.weekStart, monday);
        QCOMPARE(s.childSeconds, childSeconds);
        QCOMPARE(s.registeredSeconds, registeredSeconds);
        QCOMPARE(s.share(), share);
        QVERIFY(s.share() <= 1.0);
    }
};

QTEST_GUILESS_MAIN(TestBarntid)
#include "tst_barntid.moc"
