// SPDX-License-Identifier: GPL-3.0-or-later
// The team dashboard's figures (issue 12) against an independent count: every minute a worker's
// records cover is put in a set, and each minute is filed under the Stockholm week and month of
// its own wall-clock date. No intervals are merged or clipped here, so overlaps, midnights, month
// ends and the DST weeks of 2026 (29 March, 25 October) are counted by another road than
// summarizeTeam's. The records are generated from a fixed seed for three workers.
#include "domain/teambarntid.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <map>
#include <set>

using namespace barntid;
using fixture::sthlm;
using fixture::utc;

namespace {

const QStringList workers {
    QStringLiteral("worker-a"), QStringLiteral("worker-b"), QStringLiteral("worker-c")};
const QStringList categories {QStringLiteral("documentation"), QStringLiteral("travel"),
    QStringLiteral("meetings"), QStringLiteral("family_contact")};

/** Minutes since the epoch (UTC), the unit of the independent count. */
using Minutes = std::set<qint64>;

struct Expected
{
    std::map<QString, Minutes> child, all; // by worker
    std::map<std::pair<QString, QString>, Minutes> category; // (worker, category)
};

qint64 minuteOf(const QDateTime &t)
{
    return t.toSecsSinceEpoch() / 60;
}

/** Which period a minute belongs to, from the Stockholm wall-clock date it starts on. */
QDate periodKey(qint64 minute, Period::Kind kind)
{
    const QDate day = QDateTime::fromSecsSinceEpoch(minute * 60, fixture::stockholmTz()).date();
    return kind == Period::Kind::Week ? day.addDays(1 - day.dayOfWeek())
                                      : QDate(day.year(), day.month(), 1);
}

qint64 secondsIn(const Minutes &minutes, const QDate &key, Period::Kind kind)
{
    qint64 n = 0;
    for (qint64 m : minutes)
        n += periodKey(m, kind) == key ? 60 : 0;
    return n;
}

void addSpan(QList<TeamSpan> &spans, Expected &expected, const QString &worker,
    const QDateTime &start, int minutes, const QString &category, bool withChild)
{
    const QDateTime end = start.addSecs(qint64(minutes) * 60);
    spans.append({worker, {start, end}, category, withChild});
    for (qint64 m = minuteOf(start); m < minuteOf(end); ++m) {
        if (withChild)
            expected.child[worker].insert(m);
        expected.all[worker].insert(m);
        expected.category[{worker, category}].insert(m);
    }
}

/** Spans around the edges that matter, and overlapping ones, for each worker. */
void generate(QList<TeamSpan> &spans, Expected &expected)
{
    QRandomGenerator random(20261025);
    // Local days whose surroundings are filled: the spring DST Sunday and the month end after
    // it, the autumn DST Sunday and the month end after it, and a summer week.
    const QList<QDate> anchors {QDate(2026, 3, 29), QDate(2026, 3, 31), QDate(2026, 10, 25),
        QDate(2026, 10, 31), QDate(2026, 6, 14)};
    for (const QString &worker : workers) {
        for (const QDate &anchor : anchors) {
            const QDateTime from = anchor.addDays(-3).startOfDay(fixture::stockholmTz());
            for (int i = 0; i < 14; ++i) {
                const QDateTime start = from.addSecs(qint64(random.bounded(6 * 24 * 60)) * 60);
                const int length = 5 + random.bounded(9 * 60);
                const bool child = random.bounded(3) == 0;
                const QString category = child
                    ? QStringLiteral("child_contact")
                    : categories.at(random.bounded(int(categories.size())));
                addSpan(spans, expected, worker, start, length, category, child);
                // Every third one has a twin that overlaps it (a segment logged twice, a second
                // child in the room).
                if (i % 3 == 0)
                    addSpan(spans, expected, worker, start.addSecs(60 * random.bounded(length)),
                        5 + random.bounded(120), category, child);
            }
        }
        // Across local midnight, across the month's end, and over each DST night.
        addSpan(spans, expected, worker, sthlm(2026, 3, 31, 22, 30), 180, QStringLiteral("travel"),
            false);
        addSpan(spans, expected, worker, sthlm(2026, 10, 31, 23, 0), 120,
            QStringLiteral("child_contact"), true);
        addSpan(spans, expected, worker, sthlm(2026, 3, 29, 1, 0), 240,
            QStringLiteral("documentation"), false);
        addSpan(spans, expected, worker, sthlm(2026, 10, 25, 1, 0), 240,
            QStringLiteral("child_contact"), true);
    }
}

QList<Period> periodsToCheck(Period::Kind kind)
{
    QList<Period> out;
    for (Period p = Period::containing(kind, QDate(2026, 3, 1)); p.first <= QDate(2026, 11, 30);
         p = p.shifted(1))
        out.append(p);
    return out;
}

} // namespace

class TestTeamBarntid : public QObject
{
    Q_OBJECT

private:
    QList<TeamSpan> m_spans;
    Expected m_expected;

    void compareWithCount(Period::Kind kind)
    {
        const QList<Period> periods = periodsToCheck(kind);
        QVERIFY(periods.size() > 5);
        qint64 nonEmpty = 0;
        for (const Period &period : periods) {
            const TeamPeriod figures = summarizeTeam(period, m_spans, workers);
            const QByteArray where = period.first.toString(Qt::ISODate).toLatin1();
            QCOMPARE(figures.period, period);
            QCOMPARE(figures.workers.size(), workers.size());
            qint64 teamChild = 0, teamAll = 0;
            for (const QString &w : workers) {
                const qint64 child = secondsIn(m_expected.child[w], period.first, kind);
                const qint64 all = secondsIn(m_expected.all[w], period.first, kind);
                const WorkerTime got = figures.workers.value(w);
                QVERIFY2(got.childSeconds == child,
                    where + " child " + w.toLatin1() + ": " + QByteArray::number(got.childSeconds)
                        + " != " + QByteArray::number(child));
                QVERIFY2(got.registeredSeconds == all,
                    where + " registered " + w.toLatin1() + ": "
                        + QByteArray::number(got.registeredSeconds)
                        + " != " + QByteArray::number(all));
                for (const QString &c :
                    categories + QStringList {QStringLiteral("child_contact")}) {
                    const qint64 expected
                        = secondsIn(m_expected.category[{w, c}], period.first, kind);
                    QVERIFY2(got.categorySeconds.value(c) == expected,
                        where + " " + c.toLatin1() + " " + w.toLatin1());
                }
                teamChild += child;
                teamAll += all;
                nonEmpty += all > 0 ? 1 : 0;
            }
            QCOMPARE(figures.team.childSeconds, teamChild);
            QCOMPARE(figures.team.registeredSeconds, teamAll);
            if (teamAll > 0)
                QCOMPARE(figures.team.share(), double(teamChild) / double(teamAll));
        }
        QVERIFY2(nonEmpty >= 9, "the generated records reach several periods of each worker");
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!fixture::stockholmTz().isValid())
            QSKIP("no time zone data for Europe/Stockholm on this machine");
        generate(m_spans, m_expected);
    }

    void weeksEqualAMinuteCount() { compareWithCount(Period::Kind::Week); }
    void monthsEqualAMinuteCount() { compareWithCount(Period::Kind::Month); }

    // The DST weeks by hand: a span over the whole local week is 167 h in spring, 169 h in
    // autumn, and the weeks around them keep their 168 h.
    void dstWeeksHaveTheirOwnLength_data()
    {
        QTest::addColumn<QDate>("monday");
        QTest::addColumn<qint64>("hours");
        QTest::newRow("before spring") << QDate(2026, 3, 16) << qint64(168);
        QTest::newRow("spring, 29 March") << QDate(2026, 3, 23) << qint64(167);
        QTest::newRow("after spring") << QDate(2026, 3, 30) << qint64(168);
        QTest::newRow("autumn, 25 October") << QDate(2026, 10, 19) << qint64(169);
        QTest::newRow("after autumn") << QDate(2026, 10, 26) << qint64(168);
    }

    void dstWeeksHaveTheirOwnLength()
    {
        QFETCH(QDate, monday);
        QFETCH(qint64, hours);
        // One entry from the month before to the month after: only the week's own part counts.
        const QList<TeamSpan> spans {
            {workers[0], {utc(2026, 2, 1), utc(2026, 12, 1)}, QStringLiteral("other"), false}};
        const Period week = Period::containing(Period::Kind::Week, monday.addDays(3));
        QCOMPARE(week.first, monday);
        QCOMPARE(week.interval().seconds(), hours * 3600);
        QCOMPARE(
            summarizeTeam(week, spans).workers.value(workers[0]).registeredSeconds, hours * 3600);
    }

    void monthEdgesAreLocalMidnight()
    {
        // 2026-03-31 22:00 → 2026-04-01 02:00 local (CEST, UTC+2): two hours in each month.
        const QList<TeamSpan> spans {{workers[1], {utc(2026, 3, 31, 20), utc(2026, 4, 1, 0)},
            QStringLiteral("travel"), false}};
        const Period march = Period::containing(Period::Kind::Month, QDate(2026, 3, 15));
        QCOMPARE(march.first, QDate(2026, 3, 1));
        QCOMPARE(march.last(), QDate(2026, 3, 31));
        QCOMPARE(march.shifted(1).first, QDate(2026, 4, 1));
        QCOMPARE(march.shifted(-3).first, QDate(2025, 12, 1));
        // March has 31 × 24 − 1 hours in Stockholm.
        QCOMPARE(march.interval().seconds(), qint64(743) * 3600);
        QCOMPARE(summarizeTeam(march, spans).workers.value(workers[1]).registeredSeconds, 7200);
        QCOMPARE(summarizeTeam(march.shifted(1), spans).workers.value(workers[1]).categorySeconds,
            (QMap<QString, qint64> {{QStringLiteral("travel"), 7200}}));
    }

    void childTimeCountsAsRegisteredAndTeamAddsWorkers()
    {
        const Period week = Period::containing(Period::Kind::Week, QDate(2026, 11, 25));
        const QList<TeamSpan> spans {
            // a: 1 h with a child inside a 2 h visit, and the same child time logged twice.
            {workers[0], {sthlm(2026, 11, 25, 9), sthlm(2026, 11, 25, 11)},
                QStringLiteral("family_contact"), false},
            {workers[0], {sthlm(2026, 11, 25, 9, 30), sthlm(2026, 11, 25, 10, 30)},
                QStringLiteral("child_contact"), true},
            {workers[0], {sthlm(2026, 11, 25, 9, 30), sthlm(2026, 11, 25, 10, 30)},
                QStringLiteral("child_contact"), true},
            // b: child time with no entry around it, at the same hour as a's.
            {workers[1], {sthlm(2026, 11, 25, 9, 30), sthlm(2026, 11, 25, 10)},
                QStringLiteral("child_contact"), true},
        };
        const TeamPeriod t = summarizeTeam(week, spans, workers);
        QCOMPARE(t.workers.value(workers[0]).childSeconds, 3600);
        QCOMPARE(t.workers.value(workers[0]).registeredSeconds, 7200);
        QCOMPARE(t.workers.value(workers[0]).share(), 0.5);
        QCOMPARE(t.workers.value(workers[1]).share(), 1.0);
        // c has no records and is still there, with nothing.
        QVERIFY(t.workers.contains(workers[2]));
        QCOMPARE(t.workers.value(workers[2]).registeredSeconds, 0);
        QCOMPARE(t.workers.value(workers[2]).share(), 0.0);
        // The team: 1 h + 30 min with children of 2 h + 30 min, people's time adds up.
        QCOMPARE(t.team.childSeconds, 5400);
        QCOMPARE(t.team.registeredSeconds, 9000);
        QCOMPARE(t.team.categorySeconds.value(QStringLiteral("child_contact")), 5400);
        QCOMPARE(t.team.categorySeconds.value(QStringLiteral("family_contact")), 7200);
    }

    void trendEndsWithThePeriodShown()
    {
        const Period last = Period::containing(Period::Kind::Month, QDate(2026, 11, 3));
        const QList<TeamPeriod> trend = teamTrend(last, 6, m_spans, workers);
        QCOMPARE(trend.size(), 6);
        QCOMPARE(trend.first().period.first, QDate(2026, 6, 1));
        QCOMPARE(trend.last().period, last);
        for (const TeamPeriod &p : trend) {
            const TeamPeriod alone = summarizeTeam(p.period, m_spans, workers);
            QCOMPARE(p.team.childSeconds, alone.team.childSeconds);
            QCOMPARE(p.team.registeredSeconds, alone.team.registeredSeconds);
        }
        QCOMPARE(teamTrend(Period::containing(Period::Kind::Week, QDate(2026, 3, 25)), 8, {})
                     .first()
                     .period.first,
            QDate(2026, 2, 2));
    }
};

QTEST_GUILESS_MAIN(TestTeamBarntid)
#include "tst_teambarntid.moc"
