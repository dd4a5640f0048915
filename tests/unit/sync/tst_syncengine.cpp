// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/timeformat.h"
#include "domain/visit.h"
#include "store/outbox.h"
#include "store/visitrepository.h"
#include "syncfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace barntid;
using namespace barntid::test;
using namespace Qt::StringLiterals;
using Kind = sync::SyncError::Kind;

class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock {QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};
    FakeServer m_server;
    std::unique_ptr<Device> m_device;

    Device &d() { return *m_device; }
    QString state(const QString &recordId)
    {
        return d().text("SELECT state FROM outbox WHERE record_id = ? ORDER BY seq", recordId);
    }
    qint64 version(const QString &caseId)
    {
        return d().scalar("SELECT version FROM cases WHERE id = ?", caseId);
    }
    int pushSizes(int request) const
    {
        return int(d().network.requests.at(request).json().value("mutations"_L1).toArray().size());
    }
    Device &d() const { return *m_device; }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_server = FakeServer();
        m_device = std::make_unique<Device>(m_clock, m_server);
    }

    void pushAcknowledgesEveryChangeThenPulls()
    {
        const QString a = d().addCase(u"2026-0001"_s), b = d().addCase(u"2026-0002"_s);
        const sync::SyncReport r = d().sync();
        QVERIFY2(!r.error.isError(), qPrintable(r.error.describe()));
        QCOMPARE(r.applied, 2);
        QVERIFY(r.complete);
        QVERIFY(r.safeToLeave);
        QCOMPARE(r.safeAt, m_clock.now());
        QCOMPARE(Outbox(*d().store).pendingCount(), 0);
        QCOMPARE(version(a), 1);
        QCOMPARE(version(b), 1);
        QCOMPARE(d().store->setting(u"last_sync"_s), toRfc3339(m_clock.now()));
        QCOMPARE(d().network.requests.size(), 2);
        QCOMPARE(d().network.requests[0].url.path(), u"/v1/sync/push"_s);
        QCOMPARE(d().network.requests[1].url.path(), u"/v1/sync/pull"_s);
        QCOMPARE(d().network.requests[0].authorization, "Bearer token-for-worker1"_ba);
        // The pull echoed the device's own records; the server filled in the author.
        QCOMPARE(d().findCase(a)->meta.authorId, m_server.userId);
        QCOMPARE(d().store->setting(u"sync_cursor"_s), u"2"_s);
    }

    void pushesInBatchesOldestFirst()
    {
        QStringList ids;
        for (int i = 0; i < 5; ++i)
            ids << d().addCase(u"2026-%1"_s.arg(i));
        const sync::SyncReport r = d().sync({2, 500});
        QCOMPARE(r.applied, 5);
        QCOMPARE(m_server.pushes, 3);
        QCOMPARE(pushSizes(0), 2);
        QCOMPARE(pushSizes(2), 1);
        const QJsonArray first = d().network.requests[0].json().value("mutations"_L1).toArray();
        QCOMPARE(first[0].toObject().value("id"_L1).toString(), ids[0]);
    }

    void rejectedAndConflictStayForAttention()
    {
        const QString shared = d().addCase(u"2026-0001"_s);
        QVERIFY(!d().sync().error.isError());
        // Someone else changes the record on the server; our edit is now based on a stale version.
        m_server.put(u"case"_s, shared, m_server.records.value(u"case/"_s + shared).data);
        d().renameCase(shared, u"2026-0001-B"_s);
        const QString refused = d().addCase(u"2026-0002"_s);
        m_server.rejectIds.insert(refused);
        const QString fine = d().addCase(u"2026-0003"_s);

        const sync::SyncReport r = d().sync();
        QCOMPARE(r.applied, 1);
        QCOMPARE(r.rejected, 1);
        QCOMPARE(r.conflicts, 1);
        QCOMPARE(r.needsAttention, 2);
        QCOMPARE(r.pendingLeft, 2);
        QVERIFY(!r.safeToLeave);
        QCOMPARE(state(shared), u"conflict"_s);
        QCOMPARE(state(refused), u"rejected"_s);
        QVERIFY(d().text("SELECT last_error FROM outbox WHERE record_id = ?", refused)
                    .startsWith(u"forbidden: "_s));
        QVERIFY(state(fine).isEmpty());
        // The local versions are kept, never overwritten by the pull.
        QCOMPARE(d().findCase(shared)->caseNumber, u"2026-0001-B"_s);
        QCOMPARE(d().findCase(refused)->caseNumber, u"2026-0002"_s);
        QCOMPARE(r.kept, 1); // the server's newer version of the conflicting record
        // A second run sends nothing again: attention rows wait for the user.
        const int before = m_server.pushes;
        QCOMPARE(d().sync().needsAttention, 2);
        QCOMPARE(m_server.pushes, before);
    }

    void editDuringPushIsRebasedNotConflicting()
    {
        const QString id = d().addCase(u"2026-0001"_s);
        bool edited = false;
        QList<Mutation> inFlight;
        d().network.handler = [&](const FakeRequest &r) {
            // The social worker edits the record while its first push is in flight.
            if (!edited && r.url.path() == u"/v1/sync/push") {
                edited = true;
                d().renameCase(id, u"2026-0001-B"_s);
                inFlight = Outbox(*d().store).pending();
            }
            return m_server.handle(r);
        };
        const sync::SyncReport r = d().sync();
        QVERIFY2(!r.error.isError(), qPrintable(r.error.describe()));
        QVERIFY(edited);
        QCOMPARE(inFlight.size(), 2);
        QCOMPARE(inFlight[0].state, u"sending"_s);
        QVERIFY(!inFlight[1].baseVersion); // made on version 0, before the first ack
        QCOMPARE(r.conflicts, 0);
        QCOMPARE(r.applied, 2);
        QCOMPARE(m_server.pushes, 2); // never two changes of one record in one batch
        QCOMPARE(m_server.records.value(u"case/"_s + id).version, 2);
        QCOMPARE(
            m_server.records.value(u"case/"_s + id).data.value("case_number"_L1), u"2026-0001-B"_s);
        QCOMPARE(version(id), 2);
        QCOMPARE(Outbox(*d().store).pendingCount(), 0);
        const QJsonObject second
            = d().network.requests[1].json().value("mutations"_L1).toArray()[0].toObject();
        QCOMPARE(second.value("base_version"_L1).toInteger(), 1);
    }

    void badRequestWithIndexRejectsOnlyThatOne()
    {
        const QString a = d().addCase(u"2026-0001"_s), bad = d().addCase(u"2026-0002"_s),
                      c = d().addCase(u"2026-0003"_s);
        d().network.handler = [&](const FakeRequest &r) {
            const QJsonArray ms = r.json().value("mutations"_L1).toArray();
            for (int i = 0; i < ms.size(); ++i) {
                if (ms[i].toObject().value("id"_L1).toString() == bad)
                    return FakeResponse::envelope(400, u"invalid"_s, i);
            }
            return m_server.handle(r);
        };
        const sync::SyncReport r = d().sync();
        QCOMPARE(r.rejected, 1);
        QCOMPARE(r.applied, 2);
        QCOMPARE(state(bad), u"rejected"_s);
        QVERIFY(d().text("SELECT last_error FROM outbox WHERE record_id = ?", bad)
                    .startsWith(u"invalid"_s));
        QCOMPARE(version(a), 1);
        QCOMPARE(version(c), 1);
        QCOMPARE(version(bad), 0);
    }

    void tooLargeHalvesTheBatch()
    {
        for (int i = 0; i < 5; ++i)
            d().addCase(u"2026-%1"_s.arg(i));
        d().network.handler = [&](const FakeRequest &r) {
            if (r.json().value("mutations"_L1).toArray().size() > 2)
                return FakeResponse::envelope(413, u"too_large"_s);
            return m_server.handle(r);
        };
        const sync::SyncReport r = d().sync();
        QVERIFY2(!r.error.isError(), qPrintable(r.error.describe()));
        QCOMPARE(r.applied, 5);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(pushSizes(0), 5);
        QCOMPARE(pushSizes(1), 2); // halved, then 2 again after each success
        QCOMPARE(Outbox(*d().store).pendingCount(), 0);
    }

    void singleMutationTooLargeIsRejected()
    {
        const QString id = d().addCase(u"2026-0001"_s);
        d().network.handler = [&](const FakeRequest &r) {
            if (r.url.path() == u"/v1/sync/push")
                return FakeResponse::envelope(413, u"too_large"_s);
            return m_server.handle(r);
        };
        const sync::SyncReport r = d().sync();
        QCOMPARE(r.rejected, 1);
        QCOMPARE(state(id), u"rejected"_s);
        QVERIFY(r.complete); // the pull still ran
    }

    void refusedConnectionReturnsRowsToPending()
    {
        const QString id = d().addCase(u"2026-0001"_s);
        d().network.handler = [](const FakeRequest &) {
            return FakeResponse::failure(QNetworkReply::ConnectionRefusedError);
        };
        const sync::SyncReport r = d().sync();
        QCOMPARE(r.error.kind, Kind::Unreachable);
        QVERIFY(r.error.isRetryable());
        QVERIFY(!r.safeToLeave);
        QCOMPARE(state(id), u"pending"_s);
        QVERIFY(d().store->setting(u"last_sync"_s).isEmpty());
        // Still pending, so a later edit is folded into the same mutation.
        d().renameCase(id, u"2026-0001-B"_s);
        QCOMPARE(Outbox(*d().store).pendingCount(), 1);
    }

    void lostAnswerFreezesTheRowUntilAcknowledged()
    {
        const QString id = d().addCase(u"2026-0001"_s);
        d().client.setTimeout(std::chrono::milliseconds(50));
        // The server applies the push, but the answer never arrives.
        d().network.handler = [&](const FakeRequest &r) {
            m_server.handle(r);
            return FakeResponse::never();
        };
        const sync::SyncReport r = d().sync();
        QCOMPARE(r.error.kind, Kind::Timeout);
        QCOMPARE(state(id), u"sending"_s);
        // An edit now must not change what the server may already hold under that mutation_id.
        d().renameCase(id, u"2026-0001-B"_s);
        QCOMPARE(Outbox(*d().store).pendingCount(), 2);
        m_server.serve(d().network);
        const sync::SyncReport again = d().sync();
        QVERIFY2(!again.error.isError(), qPrintable(again.error.describe()));
        QCOMPARE(again.conflicts, 0);
        QCOMPARE(m_server.records.value(u"case/"_s + id).version, 2);
        QCOMPARE(
            m_server.records.value(u"case/"_s + id).data.value("case_number"_L1), u"2026-0001-B"_s);
        QCOMPARE(Outbox(*d().store).pendingCount(), 0);
    }

    void serverErrorStopsAndKeepsWork()
    {
        const QString id = d().addCase(u"2026-0001"_s);
        d().network.handler = [](const FakeRequest &) {
            FakeResponse r = FakeResponse::envelope(503, u"unavailable"_s);
            r.headers << std::pair {"Retry-After"_ba, "7"_ba};
            return r;
        };
        const sync::SyncReport r = d().sync();
        QCOMPARE(r.error.kind, Kind::ServerError);
        QCOMPARE(r.error.retryAfterMs, 7000);
        QCOMPARE(state(id), u"sending"_s); // a 5xx may come after the commit
        QCOMPARE(r.pendingLeft, 1);
    }

    void unauthorizedKeepsPendingWork()
    {
        const QString id = d().addCase(u"2026-0001"_s);
        d().client.setToken(u"expired"_s);
        const sync::SyncReport r = d().sync();
        QCOMPARE(r.error.kind, Kind::Unauthorized);
        QCOMPARE(state(id), u"pending"_s);
    }

    void pullSkipsRecordsWithLocalWork()
    {
        const QString id = d().addCase(u"2026-0001"_s);
        m_server.rejectIds.insert(id);
        // The server holds another version of the same id (e.g. made by another device).
        QJsonObject theirs = d().findCase(id)->toJson();
        theirs.insert(u"case_number"_s, u"SERVER"_s);
        m_server.put(u"case"_s, id, theirs);
        const sync::SyncReport r = d().sync();
        QCOMPARE(r.rejected, 1);
        QCOMPARE(r.kept, 1);
        QCOMPARE(d().findCase(id)->caseNumber, u"2026-0001"_s);
        QCOMPARE(d().store->setting(u"sync_cursor"_s), u"1"_s); // moved past it all the same
    }

    void pullAppliesUpsertsAndDeletesPageByPage()
    {
        Device other(m_clock, m_server);
        const QString keep = other.addCase(u"2026-0001"_s), gone = other.addCase(u"2026-0002"_s);
        other.addCase(u"2026-0003"_s);
        QVERIFY(!other.sync().error.isError());
        Repository<Case>(*other.store).remove(gone);
        QVERIFY(!other.sync().error.isError());

        const sync::SyncReport r = d().sync({200, 2});
        QVERIFY2(!r.error.isError(), qPrintable(r.error.describe()));
        QCOMPARE(r.pulled, 4);
        QCOMPARE(m_server.pulls, 2 + 2); // the other device's two, then two pages
        QVERIFY(d().findCase(keep));
        QCOMPARE(d().scalar("SELECT count(*) FROM cases WHERE id = ?", gone), 0);
        QCOMPARE(d().scalar("SELECT count(*) FROM cases"), 2);
        QCOMPARE(version(keep), 1);
        QCOMPARE(d().store->setting(u"sync_cursor"_s), u"4"_s);
        QCOMPARE(Outbox(*d().store).pendingCount(), 0); // pulled rows are not local changes
    }

    void pageAndCursorCommitTogether()
    {
        Device other(m_clock, m_server);
        other.addCase(u"2026-0001"_s);
        other.addCase(u"boom"_s);
        QVERIFY(!other.sync().error.isError());
        // A hard failure on the second change of the page (as a full disk would be).
        d().store->connection().exec(
            "CREATE TEMP TRIGGER boom BEFORE INSERT ON cases WHEN NEW.case_number = 'boom' "
            "BEGIN SELECT RAISE(ABORT, 'immutable: test'); END");
        QCOMPARE(d().sync().error.kind, Kind::LocalStore);
        QCOMPARE(d().scalar("SELECT count(*) FROM cases"), 0);
        QVERIFY(d().store->setting(u"sync_cursor"_s).isEmpty());
        d().store->connection().exec("DROP TRIGGER temp.boom");
        QVERIFY(!d().sync().error.isError());
        QCOMPARE(d().scalar("SELECT count(*) FROM cases"), 2);
    }

    void unknownEntitiesAreIgnoredButPassed()
    {
        Device other(m_clock, m_server);
        const QString id = other.addCase(u"2026-0001"_s);
        QVERIFY(!other.sync().error.isError());
        m_server.log.prepend(QJsonObject {{u"seq"_s, 0}, {u"entity"_s, u"hologram"_s},
            {u"id"_s, id}, {u"op"_s, u"upsert"_s}, {u"version"_s, 1}, {u"data"_s, QJsonObject()}});
        const sync::SyncReport r = d().sync();
        QVERIFY2(!r.error.isError(), qPrintable(r.error.describe()));
        QCOMPARE(r.ignored, 1);
        QVERIFY(d().findCase(id));
        QCOMPARE(d().store->setting(u"sync_cursor"_s), u"2"_s);
    }

    void signedVisitFromServerReplacesTheLocalCopy()
    {
        // Made before the first login: no author. The server fills it in; the signed local
        // copy cannot be updated in place, yet the server's version must land.
        const QString caseId = d().addCase(u"2026-0001"_s);
        Visit v;
        v.caseId = caseId;
        v.kind = u"home"_s;
        v.note = u"Samtal i köket."_s;
        VisitRepository visits(*d().store);
        const QString id = visits.create(v).meta.id;
        visits.sign(id);
        const sync::SyncReport r = d().sync();
        QVERIFY2(!r.error.isError(), qPrintable(r.error.describe()));
        QCOMPARE(r.unusable, 0);
        const auto stored = visits.find(id);
        QCOMPARE(stored->meta.authorId, m_server.userId);
        QCOMPARE(stored->status, u"signed"_s);
        QCOMPARE(stored->meta.version, 1);
    }

    void resetRedownloadsAndPrunesOnlySyncedRows()
    {
        const QString kept = d().addCase(u"2026-0001"_s), dropped = d().addCase(u"2026-0002"_s);
        QVERIFY(!d().sync().error.isError());
        const QString rejected = d().addCase(u"2026-0003"_s);
        m_server.rejectIds.insert(rejected);
        QVERIFY(!d().sync().error.isError());
        const QString unsent = d().addCase(u"2026-0004"_s);
        // The server compacts past this device's cursor; the record it forgot left our scope.
        m_server.forget(u"case"_s, dropped);
        Device other(m_clock, m_server);
        other.addCase(u"2026-0005"_s);
        QVERIFY(!other.sync().error.isError());
        m_server.horizon = m_server.log.size();

        const sync::SyncReport r = d().sync();
        QVERIFY2(!r.error.isError(), qPrintable(r.error.describe()));
        QVERIFY(r.reset);
        QCOMPARE(r.pruned, 1);
        QVERIFY(d().findCase(kept));
        QVERIFY(!d().findCase(dropped));
        QVERIFY(d().findCase(rejected)); // unsynced work is never deleted
        QVERIFY(d().findCase(unsent));
        QCOMPARE(version(unsent), 1); // pushed before the re-download
        QCOMPARE(d().scalar("SELECT count(*) FROM cases"), 4);
        QCOMPARE(d().store->setting(u"sync_reset"_s), u"0"_s);
    }

    void wipeDestroysTheStore()
    {
        d().addCase(u"2026-0001"_s);
        m_server.wiped = true;
        const QString db = d().store->databasePath(), key = d().store->keyFilePath();
        const sync::SyncReport r = d().sync();
        QVERIFY(r.wiped);
        QCOMPARE(r.error.kind, Kind::DeviceWiped);
        QVERIFY(!QFile::exists(db));
        QVERIFY(!QFile::exists(db + u"-wal"_s));
        QVERIFY(!QFile::exists(key));
        QCOMPARE(d().store->state(), Store::State::FirstStart);
    }

    void wipeHookReplacesTheDefault()
    {
        m_server.wiped = true;
        int calls = 0;
        sync::SyncEngine engine(*d().store, d().client);
        engine.setWipeHook([&] { ++calls; });
        QVERIFY(engine.run().wiped);
        QCOMPARE(calls, 1);
        QVERIFY(d().store->isOpen());
    }

    void twoDevicesConverge()
    {
        Device other(m_clock, m_server);
        const QString mine = d().addCase(u"2026-0001"_s), theirs = other.addCase(u"2026-0002"_s);
        QVERIFY(!d().sync().error.isError());
        QVERIFY(!other.sync().error.isError());
        QVERIFY(!d().sync().error.isError());
        QVERIFY(d().findCase(theirs));
        QVERIFY(other.findCase(mine));
        other.renameCase(mine, u"2026-0001-X"_s);
        QVERIFY(!other.sync().error.isError());
        QVERIFY(!d().sync().error.isError());
        QCOMPARE(d().findCase(mine)->caseNumber, u"2026-0001-X"_s);
        QCOMPARE(version(mine), 2);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
