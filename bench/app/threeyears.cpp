// SPDX-License-Identifier: GPL-3.0-or-later
#include "threeyears.h"

#include "../benchtiming.h"
#include "domain/case.h"
#include "domain/childtime.h"
#include "domain/clock.h"
#include "domain/ids.h"
#include "domain/timeentry.h"
#include "domain/visit.h"
#include "frame.h"
#include "models/caselistmodel.h"
#include "models/session.h"
#include "models/timelogmodel.h"
#include "models/visitlistmodel.h"
#include "models/weeksummarymodel.h"
#include "rawquery.h"
#include "store/entitytable.h"
#include "store/repository.h"
#include "store/store.h"
#include "store/transaction.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>

#include <cstdio>
#include <vector>

namespace barntid::bench {

namespace {

using namespace Qt::StringLiterals;

const QString pin = u"482915"_s;
constexpr int caseCount = 60;
constexpr int visitCount = 40'000;
constexpr int timeEntryCount = 50'000;
constexpr int childTimeCount = 10'000;
constexpr int rounds = 5;

struct Seeded
{
    QString busiestCase;
    int busiestVisits = 0;
    QDate week; ///< a Monday with entries
};

void insert(Store &store, QLatin1StringView entity, const QJsonObject &record)
{
    const EntityTable &table = entityTable(entity);
    Statement &s = store.connection().cached(table.insertSql.constData());
    table.bindRecord(s, record);
    s.run();
}

/** A record made on this device at the given time. */
RecordMeta madeAt(const Store &store, const QDateTime &at)
{
    RecordMeta meta;
    meta.id = newId();
    meta.createdAt = meta.updatedAt = at;
    meta.deviceId = store.deviceId();
    return meta;
}

/** Three years of working days. Cases get visits unevenly (a few cases take most), as a
 *  caseload does; every visit has a note of a few hundred characters. */
Seeded seed(const QString &dir)
{
    Store store(dir, systemClock());
    store.initialize(pin);
    QRandomGenerator random(1517);
    QStringList cases;
    for (int i = 0; i < caseCount; ++i) {
        Case c;
        c.caseNumber = u"2024-%1"_s.arg(i + 1, 4, 10, QChar(u'0'));
        c.childName = u"Barn %1"_s.arg(i + 1);
        cases << Repository<Case>(store).create(c).meta.id;
    }
    const QDateTime first = systemClock().now().addDays(-3 * 365);
    const qint64 span = qint64(3) * 365 * 24 * 3600;
    QHash<QString, int> perCase;
    Transaction tx(store.connection());
    for (int i = 0; i < visitCount; ++i) {
        // Squaring a uniform draw favours the first cases: the busiest has a few thousand.
        const double u = random.generateDouble();
        const QString caseId = cases.at(int(u * u * caseCount));
        ++perCase[caseId];
        Visit v;
        v.meta = madeAt(store, first.addSecs(qint64(i) * span / visitCount));
        v.caseId = caseId;
        v.kind = u"home"_s;
        v.actualStart = v.meta.createdAt;
        v.actualEnd = v.meta.createdAt.addSecs(3600);
        v.note = u"Besök %1: vi pratade om skolan, kompisarna och helgen hos mormor. "_s.arg(i)
                     .repeated(3);
        v.childWords = u"Jag vill att det ska vara som vanligt."_s;
        v.status = u"signed"_s;
        insert(store, Visit::entity, v.toJson());
    }
    for (int i = 0; i < timeEntryCount; ++i) {
        TimeEntry t;
        t.meta = madeAt(store, first.addSecs(qint64(i) * span / timeEntryCount));
        t.category = TimeEntry::categories().at(i % TimeEntry::categories().size());
        t.startsAt = t.meta.createdAt;
        t.endsAt = t.startsAt.addSecs(1800 + 600 * (i % 6));
        insert(store, TimeEntry::entity, t.toJson());
    }
    for (int i = 0; i < childTimeCount; ++i) {
        ChildTime c;
        c.meta = madeAt(store, first.addSecs(qint64(i) * span / childTimeCount));
        c.caseId = cases.at(i % caseCount);
        c.startsAt = c.meta.createdAt;
        c.endsAt = c.startsAt.addSecs(2400);
        insert(store, ChildTime::entity, c.toJson());
    }
    tx.commit();
    Seeded out;
    for (auto it = perCase.cbegin(); it != perCase.cend(); ++it) {
        if (it.value() > out.busiestVisits) {
            out.busiestVisits = it.value();
            out.busiestCase = it.key();
        }
    }
    out.week = first.addDays(2 * 365).date();
    out.week = out.week.addDays(1 - out.week.dayOfWeek());
    return out;
}

} // namespace

bool benchThreeYears(const QString &dir)
{
    const Seeded seeded = seed(dir);
    std::vector<double> storeOnly;
    for (int i = 0; i < rounds; ++i) {
        Store store(dir, systemClock());
        storeOnly.push_back(elapsedMs([&] { store.unlock(pin); }));
    }

    // The app itself, as on the tablet: the PIN screen, then the case list with "Idag".
    Session session(dir, systemClock());
    Session::setInstance(&session);
    QQmlApplicationEngine engine;
    QQuickWindow *window = showApp(engine);
    if (!window)
        return false;
    QSignalSpy opened(&session, &Session::stateChanged);
    const double unlockMs = elapsedMs([&] {
        session.unlock(pin);
        while (session.state() != Session::State::Open && opened.wait(30000)) { }
    });
    QElapsedTimer toFrame;
    toFrame.start();
    if (session.state() != Session::State::Open || !waitForFrame(window)) {
        std::fprintf(stderr, "bench_app: the three-year store did not open\n");
        return false;
    }
    printRatio("tablet 3 years: unlock to first usable frame",
        unlockMs + double(toFrame.nsecsElapsed()) / 1e6, median(storeOnly), "ms", "app",
        "store unlock alone");
    sqlite3 *db = session.store()->connection().handle();
    const double rssOpen = rssMiB();
    const char *note = " (target: on screen within 50 ms)";

    std::vector<double> caseList, caseRaw;
    for (int i = 0; i < rounds; ++i) {
        int rows = 0;
        caseList.push_back(elapsedMs([&] {
            CaseListModel model;
            model.setSession(&session);
            rows = model.rowCount();
        }));
        if (rows != caseCount) {
            std::fprintf(stderr, "bench_app: the case list has %d rows\n", rows);
            return false;
        }
        caseRaw.push_back(elapsedMs([&] {
            RawQuery::rows(db,
                "SELECT id, case_number, child_name FROM cases WHERE deleted = 0 "
                "ORDER BY case_number",
                {});
            RawQuery::rows(db,
                "SELECT case_id, count(*), max(coalesce(actual_start, created_at)) FROM visits "
                "WHERE deleted = 0 AND case_id IS NOT NULL GROUP BY case_id",
                {});
        }));
    }
    printRatio("tablet 3 years: case list open (60 cases, 40000 visits)", median(caseList),
        median(caseRaw), "ms", "CaseListModel", "raw queries of the cases and their visit counts",
        note);

    std::vector<double> visitList, visitRaw, scrolled, scrolledRaw;
    int pageRows = 0;
    for (int i = 0; i < rounds; ++i) {
        VisitListModel model;
        model.setSession(&session);
        visitList.push_back(elapsedMs([&] { model.setCaseId(seeded.busiestCase); }));
        pageRows = model.rowCount();
        visitRaw.push_back(
            elapsedMs([&] { RawQuery::visitsOfCase(db, seeded.busiestCase, pageRows); }));
        scrolled.push_back(elapsedMs([&] {
            while (model.canFetchMore({}))
                model.fetchMore({});
        }));
        if (model.rowCount() != seeded.busiestVisits) {
            std::fprintf(stderr, "bench_app: the visit list has %d rows, not %d\n",
                model.rowCount(), seeded.busiestVisits);
            return false;
        }
        scrolledRaw.push_back(elapsedMs([&] { RawQuery::visitsOfCase(db, seeded.busiestCase); }));
    }
    const QByteArray visitName
        = QStringLiteral("tablet 3 years: visit list open (busiest case, first %1 of %2 visits)")
              .arg(pageRows)
              .arg(seeded.busiestVisits)
              .toUtf8();
    printRatio(visitName.constData(), median(visitList), median(visitRaw), "ms", "VisitListModel",
        "raw query of the page", note);
    const QByteArray scrolledName
        = QStringLiteral("tablet 3 years: visit list scrolled to the end (%1 visits)")
              .arg(seeded.busiestVisits)
              .toUtf8();
    printRatio(scrolledName.constData(), median(scrolled), median(scrolledRaw), "ms",
        "VisitListModel, page by page", "raw query of all");

    std::vector<double> week, weekRaw;
    const QString monday = seeded.week.toString(Qt::ISODate);
    const QString sunday = seeded.week.addDays(7).toString(Qt::ISODate);
    for (int i = 0; i < rounds; ++i) {
        qint64 childSeconds = 0;
        week.push_back(elapsedMs([&] {
            TimeLogModel log;
            log.setSession(&session);
            log.setWeekStart(monday);
            WeekSummaryModel summary;
            summary.setTimeLog(&log);
            childSeconds = summary.childSeconds();
        }));
        if (childSeconds <= 0) {
            std::fprintf(stderr, "bench_app: the week shows no barntid\n");
            return false;
        }
        weekRaw.push_back(elapsedMs([&] {
            RawQuery::rows(db,
                "SELECT id, category, starts_at, ends_at FROM time_entries WHERE deleted = 0 "
                "AND starts_at >= ? AND starts_at < ?",
                {monday, sunday});
            RawQuery::rows(db,
                "SELECT id, case_id, starts_at, ends_at FROM child_times WHERE deleted = 0 "
                "AND starts_at >= ? AND starts_at < ?",
                {monday, sunday});
        }));
    }
    printRatio("tablet 3 years: week barntid open", median(week), median(weekRaw), "ms",
        "TimeLogModel + WeekSummaryModel", "raw queries of the week", note);
    std::printf("tablet 3 years: rss %.0f MiB with the app open on the case list, %.0f MiB after "
                "the screens (target <= 150 MiB); %d records\n",
        rssOpen, rssMiB(), caseCount + visitCount + timeEntryCount + childTimeCount);
    std::fflush(stdout);
    return true;
}

} // namespace barntid::bench
