// SPDX-License-Identifier: GPL-3.0-or-later
// The store's change feed over a real encrypted store: each write through RecordWriter tells its
// entity, ids and operation (and the outbox's) once the transaction committed, a rolled-back
// transaction tells nothing, and a companion's commit on another thread reaches a receiver on
// this thread through its event queue.
#include "domain/case.h"
#include "domain/clock.h"
#include "store/outbox.h"
#include "store/recordwriter.h"
#include "store/repository.h"
#include "store/store.h"
#include "store/storechanges.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace barntid;
using namespace Qt::StringLiterals;
using Op = StoreChange::Op;

class TestStoreChanges : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock {QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Store> m_store;

    static Case newCase(const QString &number)
    {
        Case c;
        c.caseNumber = number;
        c.childName = u"Alva K."_s;
        return c;
    }
    static StoreChangeList told(const QSignalSpy &spy, int i)
    {
        return spy.at(i).at(0).value<StoreChangeList>();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        StoreOptions options;
        options.kdf = KdfParams {1, quint64(8) << 20}; // cheap: key derivation is not tested here
        m_store = std::make_unique<Store>(m_dir->path(), m_clock, options);
        m_store->initialize(u"482915"_s);
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void tellsEachWriteWithItsOutboxRow()
    {
        QSignalSpy spy(&m_store->changes(), &StoreChanges::committed);
        Repository<Case> cases(*m_store);
        Case c = cases.create(newCase(u"2026-0001"_s));
        const QString id = c.meta.id;
        QCOMPARE(spy.size(), 1);
        QCOMPARE(told(spy, 0),
            (StoreChangeList {{u"case"_s, Op::Insert, {id}, false},
                {StoreChange::outbox, Op::Insert, {id}, false}}));
        c.childName = u"Alva L."_s;
        cases.update(c);
        QCOMPARE(spy.size(), 2);
        // The unsent insert is replaced in place: the outbox row changes, none is added.
        QCOMPARE(told(spy, 1),
            (StoreChangeList {{u"case"_s, Op::Update, {id}, false},
                {StoreChange::outbox, Op::Update, {id}, false}}));
        cases.remove(id);
        QCOMPARE(spy.size(), 3);
        QCOMPARE(told(spy, 2).first(), (StoreChange {u"case"_s, Op::Delete, {id}, false}));
    }

    void tellsOnlyWhatOtherConnectionsCanRead()
    {
        // A receiver that reads through a second connection finds the record: told after COMMIT.
        const std::unique_ptr<Store> other = m_store->openCompanion();
        QStringList seen;
        connect(&m_store->changes(), &StoreChanges::committed, this,
            [&](const StoreChangeList &changes) {
                for (const QString &id : changes.first().ids) {
                    if (Repository<Case>(*other).find(id))
                        seen << id;
                }
            });
        const QString id = Repository<Case>(*m_store).create(newCase(u"2026-0002"_s)).meta.id;
        QCOMPARE(seen, QStringList {id});
    }

    void rolledBackTellsNothing()
    {
        const QString id = Repository<Case>(*m_store).create(newCase(u"2026-0003"_s)).meta.id;
        QSignalSpy spy(&m_store->changes(), &StoreChanges::committed);
        // A change refused after its record was read: RecordWriter's transaction rolls back.
        RecordWriter writer(*m_store, entityTable(u"case"));
        QVERIFY_THROWS_EXCEPTION(
            StoreError, writer.update(id, [](const QJsonObject &) -> QJsonObject {
                throw StoreError(StoreErrorCode::Invalid, u"refused"_s);
            }));
        {
            // Written and noted, then the transaction goes without commit().
            Connection &c = m_store->connection();
            Transaction tx(c);
            c.exec("UPDATE cases SET child_name = 'Bo L.'");
            c.noteChange(u"case"_s, Op::Update, id);
        }
        QCOMPARE(spy.size(), 0);
        QCOMPARE(Repository<Case>(*m_store).find(id)->childName, u"Alva K."_s);
        {
            Connection &c = m_store->connection();
            Transaction tx(c);
            c.noteChange(u"case"_s, Op::Update, id);
            QCOMPARE(spy.size(), 0); // not before the commit either
            tx.commit();
        }
        QCOMPARE(spy.size(), 1);
    }

    void companionSharesTheFeedAcrossThreads()
    {
        std::unique_ptr<Store> companion = m_store->openCompanion();
        QCOMPARE(&companion->changes(), &m_store->changes());
        QObject receiver; // lives in this (the test's main) thread
        QList<QThread *> threads;
        QStringList ids;
        connect(&m_store->changes(), &StoreChanges::committed, &receiver,
            [&](const StoreChangeList &changes) {
                threads << QThread::currentThread();
                ids << changes.first().ids;
            });
        QString id;
        QThread *writer = QThread::create(
            [&] { id = Repository<Case>(*companion).create(newCase(u"2026-0004"_s)).meta.id; });
        writer->start();
        QVERIFY(writer->wait());
        delete writer;
        // Queued: nothing ran in the writing thread; it arrives with this thread's events.
        QVERIFY(threads.isEmpty());
        QCoreApplication::sendPostedEvents();
        QCOMPARE(threads, QList<QThread *> {QThread::currentThread()});
        QCOMPARE(ids, QStringList {id});
        companion.reset();
    }

    void mergesAPageIntoOneEntryPerEntity()
    {
        StoreChangeList list;
        noteChange(list, u"case"_s, Op::Update, u"a"_s);
        noteChange(list, u"case"_s, Op::Update, u"b"_s);
        noteChange(list, u"case"_s, Op::Update, u"a"_s);
        noteChange(list, u"visit"_s, Op::Delete, u"c"_s);
        noteChange(list, u"visit"_s, Op::Delete, QString());
        QCOMPARE(list,
            (StoreChangeList {{u"case"_s, Op::Update, {u"a"_s, u"b"_s}, false},
                {u"visit"_s, Op::Delete, {}, true}}));
    }
};

QTEST_GUILESS_MAIN(TestStoreChanges)
#include "tst_storechanges.moc"
