// SPDX-License-Identifier: GPL-3.0-or-later
// SyncController's counts over a real encrypted store, from the store's change feed and no
// timer: a local write counts as pending the moment it commits, and what the sync thread's
// outbox ledger commits (acknowledged, refused) reaches the counts through the UI thread's queue.
#include "domain/case.h"
#include "engine/pushledger.h"
#include "models/synccontroller.h"
#include "store/repository.h"
#include "tst_visitsupport.h"

#include <QGuiApplication>
#include <QStandardPaths>
#include <QThread>

using namespace barntid;
using namespace Qt::StringLiterals;

class TestSyncController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock {test::testStart()};
    std::unique_ptr<Session> m_session;

    QString makeCase(const QString &number)
    {
        Case c;
        c.caseNumber = number;
        c.childName = u"Alva K."_s;
        return Repository<Case>(*m_session->store()).create(c).meta.id;
    }

    /** Runs work on a companion connection in another thread, as the sync worker does. */
    void onSyncThread(const std::function<void(Store &)> &work)
    {
        std::unique_ptr<Store> companion = m_session->store()->openCompanion();
        QThread *thread = QThread::create([&] { work(*companion); });
        thread->start();
        QVERIFY(thread->wait());
        delete thread;
    }

private slots:
    void init() { QVERIFY(test::openTemporary(m_dir, m_session, m_clock)); }
    void cleanup() { test::closeTemporary(m_dir, m_session); }

    void pendingFollowsALocalWrite()
    {
        SyncController sync(m_session.get(), {}, nullptr);
        QCOMPARE(sync.pending(), 0);
        QSignalSpy changed(&sync, &SyncController::changed);
        makeCase(u"2026-0001"_s);
        // No event loop ran and no timer fired: the commit told the controller.
        QCOMPARE(sync.pending(), 1);
        QVERIFY(!changed.isEmpty());
        makeCase(u"2026-0002"_s);
        QCOMPARE(sync.pending(), 2);
    }

    void countsFollowTheSyncThread()
    {
        SyncController sync(m_session.get(), {}, nullptr);
        makeCase(u"2026-0001"_s);
        makeCase(u"2026-0002"_s);
        QCOMPARE(sync.pending(), 2);
        onSyncThread([](Store &store) {
            sync::PushLedger ledger(store);
            const QList<Mutation> rows = ledger.take(10);
            protocol::PushResponse response;
            response.results << protocol::MutationResult {
                rows.at(0).mutationId, protocol::MutationResult::Status::Applied, 1, {}, {}};
            response.results << protocol::MutationResult {rows.at(1).mutationId,
                protocol::MutationResult::Status::Rejected, 0, u"invalid"_s, {}};
            ledger.apply(rows, response);
        });
        QCOMPARE(sync.pending(), 2); // queued: not yet heard on this thread
        QCoreApplication::sendPostedEvents();
        QCOMPARE(sync.pending(), 1);
        QCOMPARE(sync.needsAttention(), 1);
        sync.retryRefused(); // back to pending: the needs-attention count follows at once
        QCOMPARE(sync.needsAttention(), 0);
        QCOMPARE(sync.pending(), 1);
    }
};

QTEST_MAIN(TestSyncController)
#include "tst_synccontroller.moc"
