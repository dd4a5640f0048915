// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/clock.h"
#include "testsupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace barntid;
using fixture::utc;

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void manualClockStandsStill()
    {
        ManualClock clock(utc(2026, 11, 25, 20, 3, 47, 123));
        QCOMPARE(clock.now(), utc(2026, 11, 25, 20, 3, 47, 123));
        QCOMPARE(clock.now(), utc(2026, 11, 25, 20, 3, 47, 123));
    }

    void manualClockAdvances()
    {
        ManualClock clock(utc(2026, 12, 31, 23, 59, 59, 500));
        clock.advance(700);
        QCOMPARE(clock.now(), utc(2027, 1, 1, 0, 0, 0, 200));
        clock.advance(-200);
        QCOMPARE(clock.now(), utc(2027, 1, 1, 0, 0, 0, 0));
    }

    void manualClockSet()
    {
        ManualClock clock(utc(2026, 1, 1));
        clock.set(utc(2030, 6, 1, 12));
        QCOMPARE(clock.now(), utc(2030, 6, 1, 12));
    }

    void usableThroughInterface()
    {
        ManualClock manual(utc(2026, 3, 29, 1));
        const Clock &clock = manual;
        QCOMPARE(clock.now(), utc(2026, 3, 29, 1));
    }

    void systemClockIsUtcNow()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QDateTime now = systemClock().now();
        const QDateTime after = QDateTime::currentDateTimeUtc();
        QCOMPARE(now.timeSpec(), Qt::UTC);
        QVERIFY(now >= before);
        QVERIFY(now <= after);
        QCOMPARE(&systemClock(), &systemClock());
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
