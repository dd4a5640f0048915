// SPDX-License-Identifier: GPL-3.0-or-later
// Retention over a real encrypted store: after a sync, exactly the records that are synced,
// approved and older than the window leave the device, with what hangs on them.
#include "domain/childtime.h"
#include "domain/contact.h"
#include "domain/ids.h"
#include "domain/timeentry.h"
#include "domain/timeformat.h"
#include "domain/visit.h"
#include "engine/retention.h"
#include "store/visitrepository.h"
#include "syncfixture.h"

#include <QStandardPaths>
#include <QTest>

using namespace barntid;
using namespace barntid::test;
using namespace Qt::StringLiterals;

class TestRetention : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_start {QDate(2026, 11, 25), QTime(9, 0), Qt::UTC};
    ManualClock m_clock {m_start};
    FakeServer m_server;
    std::unique_ptr<Device> m_device;
    QString m_case;

    Device &d() { return *m_device; }

    QString signedVisit(const QString &note = u"Samtal i köket."_s)
    {
        Visit v;
        v.caseId = m_case;
        v.kind = u"home"_s;
        v.note = note;
        VisitRepository visits(*d().store);
        const QString id = visits.create(v).meta.id;
        visits.sign(id);
        return id;
    }
    QString draftVisit()
    {
        Visit v;
        v.caseId = m_case;
        v.kind = u"home"_s;
        return VisitRepository(*d().store).create(v).meta.id;
    }
    QString childTime(const QString &visitId)
    {
        ChildTime c;
        c.caseId = m_case;
        c.visitId = visitId;
        c.startsAt = m_clock.now().addSecs(-3600);
        c.endsAt = m_clock.now();
        return Repository<ChildTime>(*d().store).create(c).meta.id;
    }
    QString contact()
    {
        Contact c;
        c.fosterHomeId = newId();
        c.kind = u"phone"_s;
        c.at = m_clock.now();
        c.durationMinutes = 15;
        return Repository<Contact>(*d().store).create(c).meta.id;
    }
    QString timeEntry()
    {
        TimeEntry t;
        t.category = u"documentation"_s;
        t.startsAt = m_clock.now().addSecs(-1800);
        t.endsAt = m_clock.now();
        return Repository<TimeEntry>(*d().store).create(t).meta.id;
    }
    /** A supervisor's review, made on the server now and pulled by the next sync. */
    QString review(const QString &entity, const QString &target, const QString &decision)
    {
        const QString id = newId(), now = toRfc3339(m_clock.now());
        m_server.put(u"review"_s, id,
            {{u"id"_s, id}, {u"created_at"_s, now}, {u"updated_at"_s, now},
                {u"author_id"_s, u"0190a1b2-0000-7000-8000-00000000bbbb"_s},
                {u"device_id"_s, u"supervisor-tablet"_s}, {u"deleted"_s, false},
                {u"target_entity"_s, entity}, {u"target_id"_s, target},
                {u"reviewer_id"_s, u"0190a1b2-0000-7000-8000-00000000bbbb"_s},
                {u"decision"_s, decision},
                {u"comment"_s, decision == u"returned" ? u"Komplettera."_s : QString()}});
        return id;
    }
    /** The server's journal export has taken the visit; the next sync brings the entry. */
    void journalEntry(const QString &visit)
    {
        const QString now = toRfc3339(m_clock.now());
        m_server.put(u"journal_entry"_s, visit,
            {{u"id"_s, visit}, {u"created_at"_s, now}, {u"updated_at"_s, now},
                {u"deleted"_s, false}, {u"visit_id"_s, visit}, {u"case_id"_s, m_case},
                {u"document_version"_s, 1}, {u"record_version"_s, 3},
                {u"content_sha256"_s, QString(64, u'a')}, {u"exported_at"_s, now}});
    }
    bool has(const char *table, const QString &id)
    {
        const QByteArray sql = "SELECT count(*) FROM " + QByteArray(table) + " WHERE id = ?";
        return d().scalar(sql.constData(), id) == 1;
    }
    sync::SyncReport syncOk()
    {
        const sync::SyncReport r = d().sync();
        if (r.error.isError())
            qWarning() << r.error.describe();
        return r;
    }
    void editTime(const QString &id)
    {
        Repository<ChildTime> times(*d().store);
        ChildTime c = *times.find(id);
        c.endsAt = c.endsAt.addSecs(60);
        times.update(c);
    }
    void days(int n) { m_clock.advance(qint64(n) * 24 * 3600 * 1000); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_clock.set(m_start);
        m_server = FakeServer();
        m_device = std::make_unique<Device>(m_clock, m_server);
        m_case = d().addCase(u"2026-0001"_s);
    }

    void windowComesFromTheSettings()
    {
        sync::Retention retention(*d().store);
        QCOMPARE(retention.days(), 90);
        QCOMPARE(retention.cutoff(), m_start.addDays(-90));
        d().store->setSetting(u"retention_days"_s, u"30"_s);
        QCOMPARE(retention.days(), 30);
        for (const QString &bad : {u"0"_s, u"-5"_s, u"ninety"_s, u""_s}) {
            d().store->setSetting(u"retention_days"_s, bad);
            QCOMPARE(retention.days(), 90);
        }
    }

    void purgesOldApprovedVisitWithWhatHangsOnIt()
    {
        const QString visit = signedVisit();
        const QString amendment = VisitRepository(*d().store).amend(visit, u"Rättelse."_s).meta.id;
        const QString time = childTime(visit);
        QCOMPARE(syncOk().purged, 0);
        const QString approval = review(u"visit"_s, visit, u"approved"_s);
        const QString amendmentReview = review(u"visit_amendment"_s, amendment, u"approved"_s);
        journalEntry(visit);
        sync::SyncReport r = syncOk();
        QVERIFY(r.complete);
        QCOMPARE(r.purged, 0); // approved, but not old yet
        QVERIFY(has("reviews", approval));
        QVERIFY(has("journal_entries", visit));

        days(89);
        QCOMPARE(syncOk().purged, 0);
        QVERIFY(has("visits", visit));
        days(2);
        r = syncOk();
        QVERIFY(r.complete);
        QCOMPARE(r.purged, 6);
        const std::initializer_list<std::pair<const char *, QString>> gone {{"visits", visit},
            {"visit_amendments", amendment}, {"child_times", time}, {"reviews", approval},
            {"reviews", amendmentReview}, {"journal_entries", visit}};
        for (const auto &[table, id] : gone)
            QVERIFY2(!has(table, id), table);
        QVERIFY(has("cases", m_case)); // the case is the worker's caseload: never purged
        QCOMPARE(d().scalar("SELECT count(*) FROM audit WHERE event = 'retention_purge'"), 1);
        // The server keeps them; the cursor has passed them, so nothing comes back.
        QCOMPARE(syncOk().pulled, 0);
        QVERIFY(!has("visits", visit));
        QVERIFY(m_server.records.contains(u"visit/"_s + visit));
    }

    void keepsDraftsUnreviewedReturnedAndRecent()
    {
        const QString draft = draftVisit();
        const QString unreviewed = signedVisit();
        const QString returned = signedVisit();
        const QString reapproved = signedVisit(); // approved, then returned: the newest counts
        const QString lateReview = signedVisit();
        const QString old = signedVisit();
        QVERIFY(syncOk().complete);
        review(u"visit"_s, draft, u"approved"_s);
        review(u"visit"_s, returned, u"returned"_s);
        review(u"visit"_s, reapproved, u"approved"_s);
        review(u"visit"_s, old, u"approved"_s);
        days(1);
        review(u"visit"_s, reapproved, u"returned"_s);
        QVERIFY(syncOk().complete);
        days(60);
        review(u"visit"_s, lateReview, u"approved"_s); // its group changed 60 days ago
        QVERIFY(syncOk().complete);
        days(40);

        const sync::SyncReport r = syncOk();
        QCOMPARE(r.purged, 2); // the old visit and its review
        QVERIFY(!has("visits", old));
        for (const QString &id : {draft, unreviewed, returned, reapproved, lateReview})
            QVERIFY(has("visits", id));
        days(49);
        QCOMPARE(syncOk().purged, 0); // the late review is 89 days old
        days(2);
        QCOMPARE(syncOk().purged, 2); // and now 91
        QVERIFY(!has("visits", lateReview));
    }

    void neverTouchesLocalWork()
    {
        const QString settled = signedVisit();
        const QString refusedEdit = signedVisit();
        const QString pendingEdit = signedVisit();
        const QString refusedTime = childTime(refusedEdit);
        const QString pendingTime = childTime(pendingEdit);
        QVERIFY(syncOk().complete);
        for (const QString &v : {settled, refusedEdit, pendingEdit})
            review(u"visit"_s, v, u"approved"_s);
        QVERIFY(syncOk().complete);
        days(1);
        // Edits of synced records: one the server refuses (it stays under "needs attention"),
        // one not sent yet. Both records keep their version > 0 and an old updated_at.
        editTime(refusedTime);
        m_server.rejectIds.insert(refusedTime);
        QCOMPARE(syncOk().rejected, 1);
        editTime(pendingTime);
        days(100);

        QCOMPARE(sync::Retention(*d().store).purge(), 2); // the settled visit and its review
        QVERIFY(!has("visits", settled));
        for (const QString &v : {refusedEdit, pendingEdit})
            QVERIFY(has("visits", v));
        QVERIFY(has("child_times", refusedTime));
        QVERIFY(has("child_times", pendingTime));

        // Once the edit is acknowledged its group may go (its newest change is 100 days old);
        // the one with the refused edit never, while the refusal waits for the worker.
        QCOMPARE(syncOk().purged, 3);
        QVERIFY(!has("visits", pendingEdit));
        QVERIFY(!has("child_times", pendingTime));
        QVERIFY(has("visits", refusedEdit));
        QVERIFY(has("child_times", refusedTime));
    }

    void keepsRecordsNotYetOnTheServer()
    {
        // version 0: never acknowledged, even with an approval in the table.
        const QString visit = signedVisit();
        const QString id = newId(), now = toRfc3339(m_clock.now());
        d().store->connection()
            .prepare("INSERT INTO reviews (id, version, created_at, updated_at, target_entity, "
                     "target_id, decision) VALUES (?, 3, ?, ?, 'visit', ?, 'approved')")
            .bind(1, id)
            .bind(2, now)
            .bind(3, now)
            .bind(4, visit)
            .run();
        d().store->connection().exec("DELETE FROM outbox");
        days(200);
        QCOMPARE(sync::Retention(*d().store).purge(), 0);
        QVERIFY(has("visits", visit));
    }

    void standaloneRecordsGoOnTheirOwnApproval()
    {
        const QString approvedContact = contact(), otherContact = contact();
        const QString approvedEntry = timeEntry(), otherEntry = timeEntry();
        const QString looseTime = childTime({});
        QVERIFY(syncOk().complete);
        review(u"contact"_s, approvedContact, u"approved"_s);
        review(u"time_entry"_s, approvedEntry, u"approved"_s);
        review(u"child_time"_s, looseTime, u"approved"_s);
        review(u"time_entry"_s, otherEntry, u"returned"_s);
        QVERIFY(syncOk().complete);
        d().store->setSetting(u"retention_days"_s, u"30"_s);
        days(29);
        QCOMPARE(syncOk().purged, 0);
        days(2);
        QCOMPARE(syncOk().purged, 6);
        QVERIFY(!has("contacts", approvedContact));
        QVERIFY(!has("time_entries", approvedEntry));
        QVERIFY(!has("child_times", looseTime));
        QVERIFY(has("contacts", otherContact));
        QVERIFY(has("time_entries", otherEntry));
    }

    void noPurgeAfterAFailedRun()
    {
        const QString visit = signedVisit();
        QVERIFY(syncOk().complete);
        review(u"visit"_s, visit, u"approved"_s);
        QVERIFY(syncOk().complete);
        days(100);
        d().network.handler
            = [](const FakeRequest &) { return FakeResponse::envelope(503, u"unavailable"_s); };
        const sync::SyncReport r = d().sync();
        QVERIFY(r.error.isError());
        QCOMPARE(r.purged, 0);
        QVERIFY(has("visits", visit));
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
