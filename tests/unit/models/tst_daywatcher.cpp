// SPDX-License-Identifier: GPL-3.0-or-later
// DayWatcher over a ManualClock: it plans its check for just after the next Stockholm midnight
// (never later than its cap), says nothing while the date stands, and says so once when the
// date moves, whether the check comes from its own timer or is asked for.
#include "domain/clock.h"
#include "domain/timeformat.h"
#include "models/daywatcher.h"

#include <QSignalSpy>
#include <QTest>

using namespace barntid;
using namespace Qt::StringLiterals;

namespace {

QDateTime local(QDate date, QTime time)
{
    return QDateTime(date, time, stockholm()).toUTC();
}

} // namespace

class TestDayWatcher : public QObject
{
    Q_OBJECT

private slots:
    void plansForTheNextLocalMidnight()
    {
        // 23:59:30 in Stockholm is 22:59:30 UTC in November: the UTC date is no guide.
        ManualClock clock(local(QDate(2026, 11, 25), QTime(23, 59, 30)));
        DayWatcher watcher(clock);
        QCOMPARE(watcher.today(), u"2026-11-25"_s);
        QCOMPARE(watcher.nextCheckMs(), 30'000 + 100);

        // Early in the day the cap decides.
        clock.set(local(QDate(2026, 11, 26), QTime(8, 0)));
        watcher.check();
        QCOMPARE(watcher.nextCheckMs(), DayWatcher::defaultMaxCheckIntervalMs);

        // Without the cap, the 25-hour day at the end of summer time is planned in full.
        clock.set(local(QDate(2026, 10, 25), QTime(0, 0)));
        watcher.setMaxCheckIntervalMs(48 * 3600 * 1000);
        QCOMPARE(watcher.nextCheckMs(), 25 * 3600 * 1000 + 100);
    }

    void saysOnceWhenTheDateMoves()
    {
        ManualClock clock(local(QDate(2026, 11, 25), QTime(23, 59, 30)));
        DayWatcher watcher(clock);
        QSignalSpy changed(&watcher, &DayWatcher::dayChanged);

        clock.advance(20'000);
        watcher.check();
        QCOMPARE(changed.size(), 0);
        QCOMPARE(watcher.today(), u"2026-11-25"_s);

        clock.advance(15'000);
        watcher.check();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(watcher.today(), u"2026-11-26"_s);
        watcher.check();
        QCOMPARE(changed.size(), 1);

        // A jump of days (a device that slept) is one change too.
        clock.advance(qint64(16) * 24 * 3600 * 1000);
        watcher.check();
        QCOMPARE(changed.size(), 2);
        QCOMPARE(watcher.today(), u"2026-12-12"_s);
    }

    void itsOwnTimerNoticesTheNewDay()
    {
        ManualClock clock(local(QDate(2026, 11, 25), QTime(12, 0)));
        DayWatcher watcher(clock);
        watcher.setMaxCheckIntervalMs(20);
        QSignalSpy changed(&watcher, &DayWatcher::dayChanged);
        QVERIFY(!changed.wait(100)); // the timer runs, the day stands
        clock.advance(qint64(13) * 3600 * 1000);
        QVERIFY(changed.wait(2000));
        QCOMPARE(watcher.today(), u"2026-11-26"_s);
    }
};

QTEST_GUILESS_MAIN(TestDayWatcher)
#include "tst_daywatcher.moc"
