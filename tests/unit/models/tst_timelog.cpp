// SPDX-License-Identifier: GPL-3.0-or-later
// The time log and "my week" over a real encrypted store and a manual clock, with figures
// worked out by hand: visits and child time appear without being typed, overlaps count once,
// days are Stockholm days (a DST Sunday has 25 hours) and the models empty on lock.
#include "domain/childtime.h"
#include "domain/visit.h"
#include "models/caselistmodel.h"
#include "models/timelogmodel.h"
#include "models/visiteditor.h"
#include "models/weeksummarymodel.h"
#include "store/repository.h"
#include "store/store.h"
#include "tst_visitsupport.h"

#include <QGuiApplication>
#include <QLocale>
#include <QStandardPaths>

using namespace barntid;
using namespace Qt::StringLiterals;

namespace {

// Wall-clock time in Stockholm.
QDateTime local(QDate d, int h, int m = 0)
{
    return QDateTime(d, QTime(h, m), stockholm());
}

QString iso(const QDateTime &t)
{
    return toRfc3339(t);
}

qint64 daySeconds(const WeekSummaryModel &s, int dayIndex, const char *key)
{
    return s.days().at(dayIndex).toMap().value(QLatin1String(key)).toLongLong();
}

} // namespace

class TestTimeLog : public QObject
{
    Q_OBJECT

private:
    const QDate m_wednesday {2026, 11, 25};
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock {local(QDate(2026, 11, 25), 17).toUTC()};
    std::unique_ptr<Session> m_session;
    QString m_caseId;

    // A checked-in visit 13:00–14:30 on Wednesday with child time 13:10–13:40 and 13:30–14:00.
    QString addVisitWithChildTime()
    {
        const QString visitId = VisitEditor().start(m_caseId);
        Repository<Visit> visits(*m_session->store());
        Visit v = *visits.find(visitId);
        v.actualStart = local(m_wednesday, 13);
        v.actualEnd = local(m_wednesday, 14, 30);
        visits.update(v);
        Repository<ChildTime> childTime(*m_session->store());
        for (const auto &[from, to] :
            {std::pair {local(m_wednesday, 13, 10), local(m_wednesday, 13, 40)},
                std::pair {local(m_wednesday, 13, 30), local(m_wednesday, 14)}}) {
            ChildTime c;
            c.caseId = m_caseId;
            c.visitId = visitId;
            c.startsAt = from;
            c.endsAt = to;
            childTime.create(c);
        }
        return visitId;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden)); }
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = test::openSession(m_dir->path(), m_clock);
        QCOMPARE(m_session->state(), Session::State::Open);
        m_caseId = CaseListModel().createCase(u"2026-0142"_s, u"Alva K."_s, 2015, false);
        QVERIFY(!m_caseId.isEmpty());
    }
    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void choosesTheWeek()
    {
        TimeLogModel log;
        QCOMPARE(log.weekStart(), u"2026-11-23"_s); // this week by the session's clock
        QCOMPARE(log.today(), u"2026-11-25"_s);
        QVERIFY2(log.weekLabel().startsWith(u"Week 48, 23–29 nov"_s), qPrintable(log.weekLabel()));
        log.setWeekStart(u"2026-12-02"_s);
        QCOMPARE(log.weekStart(), u"2026-11-30"_s);
        QVERIFY2(log.weekLabel().contains(u"30 nov"_s), qPrintable(log.weekLabel()));
        log.previousWeek();
        log.previousWeek();
        QCOMPARE(log.weekStart(), u"2026-11-16"_s);
        log.nextWeek();
        QCOMPARE(log.weekStart(), u"2026-11-23"_s);
        log.setWeekStart(u"not a date"_s);
        QCOMPARE(log.weekStart(), u"2026-11-23"_s);
    }

    void visitsAppearAndOverlapsCountOnce()
    {
        const QString visitId = addVisitWithChildTime();
        TimeLogModel log;
        WeekSummaryModel summary;
        summary.setTimeLog(&log);
        const QString docId = log.addEntry(
            u"documentation"_s, u"2026-11-25T15:00"_s, u"2026-11-25T16:00"_s, u"Utredning"_s);
        QVERIFY2(!docId.isEmpty(), qPrintable(log.errorText()));

        // Visit span, two child-time segments and the entry, by start.
        QCOMPARE(log.rowCount(), 4);
        const auto at = [&](int row, int role) { return log.data(log.index(row), role); };
        QCOMPARE(at(0, TimeLogModel::IdRole).toString(), visitId);
        QCOMPARE(at(0, TimeLogModel::CategoryRole).toString(), u"family_contact"_s);
        QCOMPARE(at(0, TimeLogModel::StartsAtTextRole).toString(), u"13:00"_s);
        QCOMPARE(at(0, TimeLogModel::EndsAtTextRole).toString(), u"14:30"_s);
        QCOMPARE(at(0, TimeLogModel::DurationTextRole).toString(), u"1 h 30 min"_s);
        QVERIFY(at(0, TimeLogModel::FromVisitRole).toBool());
        QCOMPARE(at(1, TimeLogModel::CategoryRole).toString(), u"child_contact"_s);
        QVERIFY(at(2, TimeLogModel::FromVisitRole).toBool());
        QCOMPARE(at(3, TimeLogModel::IdRole).toString(), docId);
        QCOMPARE(at(3, TimeLogModel::CategoryTextRole).toString(), u"Documentation"_s);
        QCOMPARE(at(3, TimeLogModel::NoteRole).toString(), u"Utredning"_s);
        QVERIFY(!at(3, TimeLogModel::FromVisitRole).toBool());

        // Child: 13:10–14:00 = 50 min. Registered: 13:00–14:30 ∪ 15:00–16:00 = 150 min.
        QCOMPARE(summary.childSeconds(), 50 * 60);
        QCOMPARE(summary.registeredSeconds(), 150 * 60);
        QCOMPARE(summary.share(), 1.0 / 3.0);
        QCOMPARE(summary.shareText(), u"Barntid 33 %"_s);
        QCOMPARE(daySeconds(summary, 2, "childSeconds"), 50 * 60);
        QCOMPARE(daySeconds(summary, 2, "registeredSeconds"), 150 * 60);
        QCOMPARE(summary.maxDaySeconds(), 150 * 60);
        for (int day : {0, 1, 3, 4, 5, 6})
            QCOMPARE(daySeconds(summary, day, "registeredSeconds"), 0);
        QVERIFY(summary.chartSummary().contains(u"Barntid 33 %"_s));

        // Time from a visit is not removed here; the worker's own entry is.
        QVERIFY(!log.removeEntry(visitId));
        QCOMPARE(log.errorText(), u"Time from a visit is changed in the visit."_s);
        QVERIFY(log.removeEntry(docId));
        QCOMPARE(log.errorText(), QString());
        QCOMPARE(log.rowCount(), 3);
        QCOMPARE(summary.registeredSeconds(), 90 * 60);

        // The next week holds none of it.
        log.nextWeek();
        QCOMPARE(log.rowCount(), 0);
        QCOMPARE(summary.registeredSeconds(), 0);
        QCOMPARE(summary.share(), 0.0);
    }

    void recordsBegunLongBeforeTheWeekStillCount()
    {
        // A visit checked in on the previous Thursday and checked out on Monday at 10:00 (the
        // check-out was forgotten), and an entry across Sunday midnight: the week reads its
        // records from an index bounded below by the longest span stored, so both are found.
        const QDate monday(2026, 11, 23);
        const QString visitId = VisitEditor().start(m_caseId);
        Repository<Visit> visits(*m_session->store());
        Visit v = *visits.find(visitId);
        v.actualStart = local(monday.addDays(-4), 8);
        v.actualEnd = local(monday, 10);
        visits.update(v);
        TimeLogModel log;
        WeekSummaryModel summary;
        summary.setTimeLog(&log);
        QVERIFY2(
            !log.addEntry(u"travel"_s, u"2026-11-22T22:00"_s, u"2026-11-23T02:00"_s, {}).isEmpty(),
            qPrintable(log.errorText()));
        // One that ended before the week does not count.
        QVERIFY(
            !log.addEntry(u"travel"_s, u"2026-11-22T08:00"_s, u"2026-11-22T09:00"_s, {}).isEmpty());
        QCOMPARE(log.weekStart(), u"2026-11-23"_s);
        QCOMPARE(log.rowCount(), 2);
        QCOMPARE(log.data(log.index(0), TimeLogModel::IdRole).toString(), visitId);
        // Monday 00:00–10:00, the entry's two hours inside it.
        QCOMPARE(summary.registeredSeconds(), 10 * 3600);
        QCOMPARE(daySeconds(summary, 0, "registeredSeconds"), 10 * 3600);
        log.previousWeek();
        QCOMPARE(log.rowCount(), 3);
    }

    void refusesBadEntries()
    {
        TimeLogModel log;
        QVERIFY(log.addEntry(u"documentation"_s, u"2026-11-25T15:00"_s, u"2026-11-25T14:00"_s, {})
                    .isEmpty());
        QCOMPARE(log.errorText(), u"The end must be after the start."_s);
        QVERIFY(
            log.addEntry(u"napping"_s, u"2026-11-25T13:00"_s, u"2026-11-25T14:00"_s, {}).isEmpty());
        QCOMPARE(log.errorText(), u"Choose a category."_s);
        QVERIFY(log.addEntry(u"travel"_s, u"2026-11-25T"_s, u"2026-11-25T14:00"_s, {}).isEmpty());
        QCOMPARE(log.errorText(), u"Give a valid start time."_s);
        QVERIFY(
            log.addEntry(u"travel"_s, u"2026-11-25T08:00"_s, u"2026-11-26T09:00"_s, {}).isEmpty());
        QCOMPARE(log.errorText(), u"One time entry can be at most 24 hours."_s);
        QCOMPARE(log.rowCount(), 0);
        // With an offset, the instant is taken as given.
        QVERIFY(!log.addEntry(
                        u"travel"_s, u"2026-11-25T07:00:00Z"_s, u"2026-11-25T09:00:00+01:00"_s, {})
                     .isEmpty());
        QCOMPARE(log.data(log.index(0), TimeLogModel::StartsAtTextRole).toString(), u"08:00"_s);
        QCOMPARE(log.errorText(), QString());
    }

    void splitsAtLocalMidnight()
    {
        TimeLogModel log;
        WeekSummaryModel summary;
        summary.setTimeLog(&log);
        // Wednesday 22:00 – Thursday 02:00: two hours on each day.
        QVERIFY(!log.addEntry(u"travel"_s, iso(local(m_wednesday, 22)),
                        iso(local(m_wednesday.addDays(1), 2)), {})
                     .isEmpty());
        QCOMPARE(log.rowCount(), 1);
        QCOMPARE(daySeconds(summary, 2, "registeredSeconds"), 2 * 3600);
        QCOMPARE(daySeconds(summary, 3, "registeredSeconds"), 2 * 3600);
        QCOMPARE(summary.registeredSeconds(), 4 * 3600);
    }

    void countsStockholmDaysAcrossDst()
    {
        // Summer time ends on Sunday 2026-10-25 (03:00 CEST → 02:00 CET): that day has 25 hours.
        TimeLogModel log;
        WeekSummaryModel summary;
        summary.setTimeLog(&log);
        const QDate sunday(2026, 10, 25);
        // Sunday 00:00–12:00 local is 13 hours; Sunday 22:00 – Monday 02:00 crosses the week.
        QVERIFY(!log.addEntry(u"meetings"_s, iso(local(sunday, 0)), iso(local(sunday, 12)), {})
                     .isEmpty());
        QVERIFY(
            !log.addEntry(u"travel"_s, iso(local(sunday, 22)), iso(local(sunday.addDays(1), 2)), {})
                 .isEmpty());
        QCOMPARE(log.weekStart(), u"2026-11-23"_s); // still this week: both are in the past
        log.setWeekStart(u"2026-10-21"_s);
        QCOMPARE(log.weekStart(), u"2026-10-19"_s);
        QCOMPARE(log.rowCount(), 2);
        QCOMPARE(daySeconds(summary, 6, "registeredSeconds"), 13 * 3600 + 2 * 3600);
        QCOMPARE(summary.registeredSeconds(), 15 * 3600);
        for (int day = 0; day < 6; ++day)
            QCOMPARE(daySeconds(summary, day, "registeredSeconds"), 0);

        log.nextWeek();
        QCOMPARE(log.weekStart(), u"2026-10-26"_s);
        QCOMPARE(log.rowCount(), 1); // the entry that crosses into Monday is listed in both weeks
        QCOMPARE(daySeconds(summary, 0, "registeredSeconds"), 2 * 3600);
        QCOMPARE(summary.registeredSeconds(), 2 * 3600);
    }

    void clearsOnLock()
    {
        addVisitWithChildTime();
        TimeLogModel log;
        WeekSummaryModel summary;
        summary.setTimeLog(&log);
        QCOMPARE(log.rowCount(), 3);
        QVERIFY(summary.childSeconds() > 0);
        QSignalSpy removed(&log, &QAbstractItemModel::rowsRemoved);
        m_session->lock();
        QVERIFY(!removed.isEmpty());
        QCOMPARE(log.rowCount(), 0);
        QCOMPARE(summary.childSeconds(), 0);
        QCOMPARE(summary.registeredSeconds(), 0);
        QVERIFY(
            log.addEntry(u"other"_s, u"2026-11-25T08:00"_s, u"2026-11-25T09:00"_s, {}).isEmpty());
        QVERIFY(!log.errorText().isEmpty());
    }
};

QTEST_MAIN(TestTimeLog)

#include "tst_timelog.moc"
