// SPDX-License-Identifier: GPL-3.0-or-later
// The store-bound models under QAbstractItemModelTester over a real encrypted store: a write
// through the real writers changes only the rows it affects (inserts, removals, dataChanged,
// never a reset), a rolled-back write changes nothing, and a page the sync engine's page applier
// writes on another thread reaches the model on the UI thread through its event queue.
#include "domain/contact.h"
#include "domain/ids.h"
#include "domain/timeentry.h"
#include "engine/pageapplier.h"
#include "engine/pushledger.h"
#include "models/caselistmodel.h"
#include "models/contactlogmodel.h"
#include "models/fosterhomelistmodel.h"
#include "models/syncproblemmodel.h"
#include "models/timelogmodel.h"
#include "models/visitduemodel.h"
#include "models/visitlistmodel.h"
#include "store/repository.h"
#include "store/transaction.h"
#include "store/visitrepository.h"
#include "tst_visitsupport.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QThread>

using namespace barntid;
using namespace Qt::StringLiterals;

namespace {

/** Counts what a model told its views. */
struct Spies
{
    explicit Spies(QAbstractItemModel *m)
        : reset(m, &QAbstractItemModel::modelReset)
        , inserted(m, &QAbstractItemModel::rowsInserted)
        , removed(m, &QAbstractItemModel::rowsRemoved)
        , changed(m, &QAbstractItemModel::dataChanged)
        , moved(m, &QAbstractItemModel::rowsMoved)
    { }
    int total() const
    {
        return int(reset.size() + inserted.size() + removed.size() + changed.size() + moved.size());
    }
    /** The first row of the last rowsInserted/rowsRemoved. */
    static int firstRow(const QSignalSpy &spy) { return spy.last().at(1).toInt(); }
    /** The row of the last dataChanged. */
    static int changedRow(const QSignalSpy &spy)
    {
        return spy.last().at(0).value<QModelIndex>().row();
    }
    QSignalSpy reset, inserted, removed, changed, moved;
};

constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

} // namespace

class TestStoreBoundModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock {test::testStart()};
    std::unique_ptr<Session> m_session;

    Store &store() { return *m_session->store(); }
    Case makeCase(const QString &number, const QString &name)
    {
        Case c;
        c.caseNumber = number;
        c.childName = name;
        return Repository<Case>(store()).create(c);
    }
    Visit makeVisit(const QString &caseId, const QString &homeId = {})
    {
        Visit v;
        v.caseId = caseId;
        v.fosterHomeId = homeId;
        v.kind = homeId.isEmpty() ? u"home"_s : u"foster_home"_s;
        v.actualStart = m_clock.now();
        v.actualEnd = m_clock.now().addSecs(3600);
        v.note = u"Besök."_s;
        return VisitRepository(store()).create(v);
    }
    FosterHome makeHome(const QString &name)
    {
        FosterHome h;
        h.name = name;
        return Repository<FosterHome>(store()).create(h);
    }

private slots:
    void init()
    {
        m_clock.set(test::testStart());
        QVERIFY(test::openTemporary(m_dir, m_session, m_clock));
    }
    void cleanup() { test::closeTemporary(m_dir, m_session); }

    void caseListUpdatesRows()
    {
        CaseListModel model;
        model.setSession(m_session.get());
        QAbstractItemModelTester tester(&model, fatal);
        Spies spy(&model);
        const Case bo = makeCase(u"2026-0002"_s, u"Bo L."_s);
        QCOMPARE(spy.inserted.size(), 1);
        Case alva = makeCase(u"2026-0001"_s, u"Alva K."_s);
        QCOMPARE(spy.inserted.size(), 2);
        QCOMPARE(Spies::firstRow(spy.inserted), 0); // sorted in above Bo
        alva.childName = u"Alva L."_s;
        Repository<Case>(store()).update(alva);
        QCOMPARE(spy.changed.size(), 1);
        QCOMPARE(Spies::changedRow(spy.changed), 0);
        QCOMPARE(model.index(0).data(CaseListModel::DisplayNameRole).toString(), u"Alva L."_s);
        makeVisit(bo.meta.id); // a visit changes its case's row only
        QCOMPARE(spy.changed.size(), 2);
        QCOMPARE(Spies::changedRow(spy.changed), 1);
        QCOMPARE(model.index(1).data(CaseListModel::VisitCountRole).toInt(), 1);
        Repository<Case>(store()).remove(alva.meta.id);
        QCOMPARE(spy.removed.size(), 1);
        QCOMPARE(Spies::firstRow(spy.removed), 0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(spy.reset.size(), 0);
    }

    void caseListEmptiesOnLock()
    {
        CaseListModel model;
        model.setSession(m_session.get());
        QAbstractItemModelTester tester(&model, fatal);
        makeCase(u"2026-0001"_s, u"Alva K."_s);
        model.setSearch(u"Alva"_s);
        QCOMPARE(model.rowCount(), 1);
        m_session->lock();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.search(), QString());
    }

    void fosterHomeListUpdatesRows()
    {
        FosterHomeListModel model;
        model.setSession(m_session.get());
        QAbstractItemModelTester tester(&model, fatal);
        Spies spy(&model);
        FosterHome h = makeHome(u"Familjen Berg"_s);
        makeHome(u"Familjen Andersson"_s);
        QCOMPARE(spy.inserted.size(), 2);
        QCOMPARE(Spies::firstRow(spy.inserted), 0);
        // A contact with a follow-up changes the home's row (its follow-up text).
        Contact c;
        c.fosterHomeId = h.meta.id;
        c.kind = Contact::kinds().first();
        c.at = m_clock.now();
        c.nextFollowUp = QDate(2026, 12, 10);
        Repository<Contact>(store()).create(c);
        QCOMPARE(spy.changed.size(), 1);
        QCOMPARE(Spies::changedRow(spy.changed), 1);
        QCOMPARE(
            model.index(1).data(FosterHomeListModel::NextFollowUpRole).toString(), u"2026-12-10"_s);
        // Renamed to sort first: the row moves, nothing is reset.
        h.name = u"Familjen Ahl"_s;
        Repository<FosterHome>(store()).update(h);
        QCOMPARE(spy.moved.size(), 1);
        QCOMPARE(model.index(0).data(FosterHomeListModel::NameRole).toString(), h.name);
        QCOMPARE(spy.reset.size(), 0);
    }

    void visitListUpdatesRows()
    {
        const Case c = makeCase(u"2026-0001"_s, u"Alva K."_s);
        VisitListModel model;
        model.setSession(m_session.get());
        model.setCaseId(c.meta.id);
        QAbstractItemModelTester tester(&model, fatal);
        Spies spy(&model);
        Visit v = makeVisit(c.meta.id);
        makeVisit(makeCase(u"2026-0002"_s, u"Bo L."_s).meta.id); // another case's: not shown
        QCOMPARE(spy.inserted.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        v.note = u"Ny anteckning."_s;
        VisitRepository(store()).update(v);
        QCOMPARE(spy.changed.size(), 1);
        QCOMPARE(model.index(0).data(VisitListModel::NotePreviewRole).toString(), v.note);
        VisitRepository(store()).remove(v.meta.id);
        QCOMPARE(spy.removed.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(spy.reset.size(), 0);
    }

    void visitListReadsInPages()
    {
        const Case c = makeCase(u"2026-0001"_s, u"Alva K."_s);
        const Case other = makeCase(u"2026-0002"_s, u"Bo L."_s);
        QStringList newestFirst;
        const QDateTime start = m_clock.now();
        for (int i = 0; i < 230; ++i) {
            m_clock.set(start.addSecs(60 * i));
            newestFirst.prepend(makeVisit(c.meta.id).meta.id);
        }
        VisitListModel model;
        model.setSession(m_session.get());
        // The tester fetches a page itself when it starts: started before there are rows.
        QAbstractItemModelTester tester(&model, fatal);
        model.setCaseId(c.meta.id);
        Spies spy(&model);
        const auto id
            = [&](int row) { return model.index(row).data(VisitListModel::IdRole).toString(); };
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(id(0), newestFirst.first());
        QCOMPARE(id(99), newestFirst.at(99));
        QVERIFY(model.canFetchMore({}));

        // Scrolling to the end adds the next page below, in order.
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(spy.inserted.size(), 1);
        QCOMPARE(Spies::firstRow(spy.inserted), 100);
        QCOMPARE(id(199), newestFirst.at(199));

        // A new visit comes in at the top; the pages fetched stay fetched.
        m_clock.set(start.addSecs(60 * 300));
        newestFirst.prepend(makeVisit(c.meta.id).meta.id);
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(id(0), newestFirst.first());
        QCOMPARE(id(199), newestFirst.at(199));

        // The last page is short, and then there is nothing more to fetch.
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 231);
        QVERIFY(!model.canFetchMore({}));
        const int told = spy.total();
        model.fetchMore({});
        QCOMPARE(spy.total(), told);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(id(row), newestFirst.at(row));

        // Another case, and back: the first page again; so after a lock.
        model.setCaseId(other.meta.id);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        model.setCaseId(c.meta.id);
        QCOMPARE(model.rowCount(), 100);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 200);
        m_session->lock();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        m_session->unlock(test::visitTestPin);
        QVERIFY(test::settle(*m_session));
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(spy.reset.size(), 0);
    }

    void contactLogUpdatesRows()
    {
        const FosterHome h = makeHome(u"Familjen Berg"_s);
        ContactLogModel model;
        model.setSession(m_session.get());
        model.setFosterHomeId(h.meta.id);
        QAbstractItemModelTester tester(&model, fatal);
        Spies spy(&model);
        const QString first = model.addContact(Contact::kinds().first(), 30, u"Samtal."_s, {});
        QVERIFY2(!first.isEmpty(), qPrintable(model.errorText()));
        QCOMPARE(spy.inserted.size(), 1);
        m_clock.advance(60'000);
        model.addContact(Contact::kinds().first(), 15, u"Uppföljning."_s, {});
        QCOMPARE(spy.inserted.size(), 2);
        QCOMPARE(Spies::firstRow(spy.inserted), 0); // newest first
        Contact c = *Repository<Contact>(store()).find(first);
        c.durationMinutes = 45;
        Repository<Contact>(store()).update(c);
        QCOMPARE(spy.changed.size(), 1);
        QCOMPARE(Spies::changedRow(spy.changed), 1);
        QCOMPARE(spy.reset.size(), 0);
    }

    void timeLogUpdatesRows()
    {
        TimeLogModel model;
        model.setSession(m_session.get());
        QAbstractItemModelTester tester(&model, fatal);
        Spies spy(&model);
        QSignalSpy loaded(&model, &TimeLogModel::loaded);
        const QString id = model.addEntry(
            u"documentation"_s, u"2026-11-25T13:00"_s, u"2026-11-25T14:00"_s, u"Dokumentation"_s);
        QVERIFY2(!id.isEmpty(), qPrintable(model.errorText()));
        QCOMPARE(spy.inserted.size(), 1);
        QCOMPARE(loaded.size(), 1); // the week summary follows
        makeVisit(makeCase(u"2026-0001"_s, u"Alva K."_s).meta.id); // 10:00, above the entry
        QCOMPARE(spy.inserted.size(), 2);
        QCOMPARE(Spies::firstRow(spy.inserted), 0);
        // The entry no longer opens the day: its heading moves to the visit above it.
        QCOMPARE(spy.changed.size(), 1);
        QCOMPARE(Spies::changedRow(spy.changed), 1);
        QVERIFY(model.index(0).data(TimeLogModel::FirstOfDayRole).toBool());
        QVERIFY(!model.index(1).data(TimeLogModel::FirstOfDayRole).toBool());
        TimeEntry e = *Repository<TimeEntry>(store()).find(id);
        e.note = u"Journal"_s;
        Repository<TimeEntry>(store()).update(e);
        QCOMPARE(spy.changed.size(), 2);
        QCOMPARE(Spies::changedRow(spy.changed), 1);
        QVERIFY(model.removeEntry(id));
        QCOMPARE(spy.removed.size(), 1);
        QCOMPARE(spy.reset.size(), 0);
    }

    void visitDueUpdatesRows()
    {
        const FosterHome h = makeHome(u"Familjen Berg"_s);
        const Case alva = makeCase(u"2026-0001"_s, u"Alva K."_s);
        VisitDueModel model;
        model.setSession(m_session.get());
        model.setFosterHomeId(h.meta.id);
        QAbstractItemModelTester tester(&model, fatal);
        Spies spy(&model);
        QVERIFY2(model.placeCase(alva.meta.id), qPrintable(model.errorText()));
        QCOMPARE(spy.inserted.size(), 1);
        QVERIFY(model.index(0).data(VisitDueModel::NeverVisitedRole).toBool());
        makeVisit(alva.meta.id, h.meta.id); // visited: the due date moves on
        QCOMPARE(spy.changed.size(), 1);
        QVERIFY(!model.index(0).data(VisitDueModel::NeverVisitedRole).toBool());
        QCOMPARE(spy.reset.size(), 0);
    }

    void syncProblemsFollowTheOutbox()
    {
        SyncProblemModel model;
        model.setSession(m_session.get());
        QAbstractItemModelTester tester(&model, fatal);
        Spies spy(&model);
        makeCase(u"2026-0001"_s, u"Alva K."_s);
        makeCase(u"2026-0002"_s, u"Bo L."_s);
        QCOMPARE(model.rowCount(), 0); // pending is not a problem
        sync::PushLedger ledger(store());
        const QList<Mutation> rows = ledger.take(10);
        QCOMPARE(rows.size(), 2);
        ledger.reject(rows.at(1), u"invalid: case_number"_s);
        QCOMPARE(spy.inserted.size(), 1);
        QCOMPARE(model.index(0).data(SyncProblemModel::StateRole).toString(), u"rejected"_s);
        // The other one is acknowledged: still no problem row, and no signal for it.
        protocol::PushResponse response;
        response.results << protocol::MutationResult {
            rows.at(0).mutationId, protocol::MutationResult::Status::Applied, 1, {}, {}};
        ledger.apply({rows.at(0)}, response);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(spy.total(), 1);
        QCOMPARE(spy.reset.size(), 0);
    }

    void rolledBackWriteChangesNothing()
    {
        const Case c = makeCase(u"2026-0001"_s, u"Alva K."_s);
        CaseListModel model;
        model.setSession(m_session.get());
        QAbstractItemModelTester tester(&model, fatal);
        Spies spy(&model);
        QSignalSpy told(&m_session->changes(), &StoreChanges::committed);
        {
            // Written and noted for the feed, then rolled back (no commit()).
            Connection &conn = store().connection();
            Transaction tx(conn);
            conn.exec("UPDATE cases SET child_name = 'Bo L.'");
            conn.noteChange(u"case"_s, StoreChange::Op::Update, c.meta.id);
        }
        // A refused change through the writer: its transaction rolls back too.
        RecordWriter writer(store(), entityTable(u"case"));
        QVERIFY_THROWS_EXCEPTION(
            StoreError, writer.update(c.meta.id, [](const QJsonObject &) -> QJsonObject {
                throw StoreError(StoreErrorCode::Invalid, u"refused"_s);
            }));
        QCOMPARE(told.size(), 0);
        QCOMPARE(spy.total(), 0);
        QCOMPARE(model.index(0).data(CaseListModel::DisplayNameRole).toString(), u"Alva K."_s);
    }

    void pageFromTheSyncThreadReachesTheUiThread()
    {
        CaseListModel model;
        model.setSession(m_session.get());
        QAbstractItemModelTester tester(&model, fatal);
        Spies spy(&model);
        QList<QThread *> threads;
        connect(&model, &QAbstractItemModel::rowsInserted, this,
            [&] { threads << QThread::currentThread(); });

        Case pulled;
        pulled.meta.id = newId();
        pulled.meta.createdAt = pulled.meta.updatedAt = m_clock.now();
        pulled.meta.authorId = u"worker1"_s;
        pulled.caseNumber = u"2026-0100"_s;
        pulled.childName = u"Cleo M."_s;
        protocol::PullPage page;
        page.changes << protocol::Change {
            1, u"case"_s, pulled.meta.id, protocol::Op::Upsert, 4, pulled.toJson(), {}};
        page.next = 1;

        std::unique_ptr<Store> companion = store().openCompanion(); // as SyncWorker has
        QThread *syncThread = QThread::create([&] { sync::PageApplier(*companion).apply(page); });
        syncThread->start();
        QVERIFY(syncThread->wait());
        delete syncThread;
        companion.reset();
        // Committed on the other thread; the model hears of it only from this thread's queue.
        QCOMPARE(model.rowCount(), 0);
        QCoreApplication::sendPostedEvents();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(CaseListModel::IdRole).toString(), pulled.meta.id);
        QCOMPARE(threads, QList<QThread *> {QThread::currentThread()});
        QCOMPARE(spy.inserted.size(), 1);
        QCOMPARE(spy.reset.size(), 0);
    }
};

QTEST_MAIN(TestStoreBoundModels)

#include "tst_storeboundmodels.moc"
