// SPDX-License-Identifier: GPL-3.0-or-later
// The visit-due rule (VisitDue, hand-computed Stockholm dates: a visit just after local
// midnight, the last day before overdue, never visited) and VisitDueModel over a real
// encrypted store: placing a case, masking, the case page's one line, nothing after lock.
#include "domain/fosterhome.h"
#include "domain/visitdue.h"
#include "models/visitduemodel.h"
#include "store/repository.h"
#include "store/visitrepository.h"
#include "tst_visitsupport.h"

#include <QGuiApplication>
#include <QStandardPaths>

using namespace barntid;
using namespace Qt::StringLiterals;

namespace {
QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}
} // namespace

class TestVisitDue : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock {test::testStart()};
    std::unique_ptr<Session> m_session;

    QString makeCase(const QString &number, bool protectedIdentity = false)
    {
        Case c;
        c.caseNumber = number;
        c.childName = u"Alva K."_s;
        c.protectedIdentity = protectedIdentity;
        return Repository<Case>(*m_session->store()).create(c).meta.id;
    }
    QString makeHome()
    {
        FosterHome h;
        h.name = u"Familjen Berg"_s;
        return Repository<FosterHome>(*m_session->store()).create(h).meta.id;
    }

private slots:
    void intervalIsWholeDaysNeverLonger()
    {
        QCOMPARE(VisitDue::intervalDays(4), 91); // 365 / 4 = 91.25
        QCOMPARE(VisitDue::intervalDays(12), 30);
        QCOMPARE(VisitDue::intervalDays(1), 365);
        QCOMPARE(VisitDue::intervalDays(0), 365);
    }

    void countsStockholmDays()
    {
        // 2026-03-31 22:30Z is 2026-04-01 00:30 in Stockholm (CEST since 29 March):
        // 1 April + 91 days = 1 July (29 + 31 + 30 + 1). In UTC days it would be 30 June.
        const QDateTime visit = utc(2026, 3, 31, 22, 30);
        VisitDue due = VisitDue::compute(visit, utc(2026, 5, 1, 12, 0));
        QCOMPARE(due.dueOn, QDate(2026, 7, 1));
        QVERIFY(!due.overdue);
        QVERIFY(!due.neverVisited());
        QVERIFY(!due.needsVisit());

        // The due day itself is not overdue, up to its last minute in Stockholm …
        due = VisitDue::compute(visit, utc(2026, 7, 1, 21, 59));
        QCOMPARE(due.dueOn, QDate(2026, 7, 1));
        QVERIFY(!due.overdue);
        // … and 2 July 00:00 in Stockholm (22:00Z on 1 July) is.
        due = VisitDue::compute(visit, utc(2026, 7, 1, 22, 0));
        QVERIFY(due.overdue);
        QVERIFY(due.needsVisit());

        // Twelve a year: 30 days.
        QCOMPARE(VisitDue::compute(visit, utc(2026, 4, 2, 0, 0), 12).dueOn, QDate(2026, 5, 1));
    }

    void neverVisitedIsDueToday()
    {
        // 23:30Z on 25 November is already 26 November in Stockholm (CET, +1).
        const VisitDue due = VisitDue::compute(QList<Visit>(), utc(2026, 11, 25, 23, 30));
        QVERIFY(due.neverVisited());
        QCOMPARE(due.dueOn, QDate(2026, 11, 26));
        QVERIFY(!due.overdue);
        QVERIFY(due.needsVisit());
    }

    void latestVisitCountsDraftsByCreationAndSkipsDeleted()
    {
        Visit signedVisit;
        signedVisit.actualStart = utc(2026, 1, 10, 9, 0);
        Visit draft; // no actual start: counts from when it was created
        draft.meta.createdAt = utc(2026, 2, 1, 9, 0);
        Visit deleted;
        deleted.actualStart = utc(2026, 3, 1, 9, 0);
        deleted.meta.deleted = true;
        const VisitDue due
            = VisitDue::compute(QList<Visit> {signedVisit, draft, deleted}, utc(2026, 2, 2, 9, 0));
        QCOMPARE(*due.lastVisitAt, utc(2026, 2, 1, 9, 0));
        QCOMPARE(due.dueOn, QDate(2026, 5, 3)); // 1 Feb + 91 days
    }

    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_clock.set(test::testStart());
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = test::openSession(m_dir->path(), m_clock);
        QCOMPARE(m_session->state(), Session::State::Open);
    }
    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void placesCasesAndShowsDueDates()
    {
        const QString home = makeHome();
        const QString visited = makeCase(u"2026-0001"_s);
        const QString hidden = makeCase(u"2026-0002"_s, true);
        Visit v;
        v.caseId = visited;
        v.kind = u"foster_home"_s;
        v.actualStart = utc(2026, 9, 1, 8, 0); // 1 Sep + 91 = 1 Dec
        VisitRepository(*m_session->store()).create(v);

        VisitDueModel model;
        model.setFosterHomeId(home);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.caseDue(visited).value(u"placed"_s).toBool());
        QCOMPARE(model.placeableCases().size(), 2);
        QVERIFY(model.placeCase(visited));
        QVERIFY(model.placeCase(hidden));
        QVERIFY(model.placeCase(hidden)); // twice: still one placement
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.placeableCases().size(), 0);

        // Never visited first: it is due today.
        QModelIndex i = model.index(0);
        QCOMPARE(i.data(VisitDueModel::CaseIdRole).toString(), hidden);
        QCOMPARE(i.data(VisitDueModel::DisplayNameRole).toString(), u"Protected identity"_s);
        QVERIFY(i.data(VisitDueModel::OverdueRole).toBool());
        QVERIFY(i.data(VisitDueModel::NeverVisitedRole).toBool());
        QCOMPARE(i.data(VisitDueModel::DueOnRole).toString(), u"2026-11-25"_s);
        i = model.index(1);
        QCOMPARE(i.data(VisitDueModel::DisplayNameRole).toString(), u"Alva K."_s);
        QCOMPARE(i.data(VisitDueModel::DueOnRole).toString(), u"2026-12-01"_s);
        QCOMPARE(i.data(VisitDueModel::DueTextRole).toString(), u"Next visit due by 2026-12-01"_s);
        QVERIFY(!i.data(VisitDueModel::OverdueRole).toBool());

        const QVariantMap due = model.caseDue(visited);
        QVERIFY(due.value(u"placed"_s).toBool());
        QCOMPARE(due.value(u"dueOn"_s).toString(), u"2026-12-01"_s);
        for (const QVariant &c : model.placeableCases())
            QVERIFY(!c.toMap().value(u"label"_s).toString().contains(u"Alva"_s));

        // Time passes past the due day: overdue.
        m_clock.set(utc(2026, 12, 2, 12, 0));
        model.reload();
        QVERIFY(model.index(1).data(VisitDueModel::OverdueRole).toBool());
        QCOMPARE(model.index(1).data(VisitDueModel::DueTextRole).toString(),
            u"Visit overdue since 2026-12-01"_s);
    }

    void placingMovesTheChildBetweenHomes()
    {
        const QString first = makeHome();
        const QString second = makeHome();
        const QString c = makeCase(u"2026-0003"_s);
        VisitDueModel a;
        a.setFosterHomeId(first);
        QVERIFY(a.placeCase(c));
        VisitDueModel b;
        b.setFosterHomeId(second);
        QVERIFY(b.placeCase(c));
        a.reload();
        QCOMPARE(a.rowCount(), 0);
        QCOMPARE(b.rowCount(), 1);
        QVERIFY(!a.placeCase(u"01890000-0000-7000-8000-000000000000"_s));
        QVERIFY(!a.errorText().isEmpty());
    }

    void theStoreFindsTheSameLatestVisitAsTheRule()
    {
        // VisitRepository::lastVisitAt reads an index; the rule reads every visit. They agree:
        // drafts count from creation, an actual start wins, deleted visits do not count.
        const QString c = makeCase(u"2026-0005"_s);
        VisitRepository visits(*m_session->store());
        QCOMPARE(visits.lastVisitAt(c), std::nullopt);
        Visit early;
        early.caseId = c;
        early.kind = u"home"_s;
        early.actualStart = utc(2026, 6, 1, 8, 0);
        visits.create(early);
        m_clock.set(utc(2026, 8, 1, 8, 0));
        Visit draft;
        draft.caseId = c;
        draft.kind = u"home"_s;
        visits.create(draft);
        Visit later;
        later.caseId = c;
        later.kind = u"home"_s;
        later.actualStart = utc(2026, 9, 3, 8, 0);
        const QString laterId = visits.create(later).meta.id;
        Visit other; // another case's
        other.caseId = makeCase(u"2026-0006"_s);
        other.kind = u"home"_s;
        other.actualStart = utc(2026, 10, 1, 8, 0);
        visits.create(other);
        const auto agree = [&](const QDateTime &expected) {
            QCOMPARE(visits.lastVisitAt(c), std::optional<QDateTime>(expected));
            QCOMPARE(VisitDue::compute(visits.forCase(c), m_clock.now()).lastVisitAt,
                visits.lastVisitAt(c));
        };
        agree(utc(2026, 9, 3, 8, 0));
        visits.remove(laterId);
        agree(utc(2026, 8, 1, 8, 0));
    }

    void emptyAfterLock()
    {
        const QString home = makeHome();
        VisitDueModel model;
        model.setFosterHomeId(home);
        QVERIFY(model.placeCase(makeCase(u"2026-0004"_s)));
        QCOMPARE(model.rowCount(), 1);
        m_session->lock();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.placeableCases().isEmpty());
        QVERIFY(!model.placeCase(u"x"_s));
    }
};

QTEST_MAIN(TestVisitDue)

#include "tst_visitdue.moc"
