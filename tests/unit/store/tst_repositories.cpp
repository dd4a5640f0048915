// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/case.h"
#include "domain/childtime.h"
#include "domain/clock.h"
#include "domain/contact.h"
#include "domain/fosterhome.h"
#include "domain/ids.h"
#include "domain/timeentry.h"
#include "store/outbox.h"
#include "store/repository.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "store/visitrepository.h"
#include "storetestsupport.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace barntid;
using barntid::test::codeOf;
using namespace Qt::StringLiterals;

namespace {

qint64 count(Store &store, const char *sql)
{
    Statement s = store.connection().prepare(sql);
    return s.step() ? s.integer(0) : -1;
}

} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock {QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Store> m_store;
    QString m_caseId;

    Visit draft(const QString &note = u"Besök i hemmet."_s)
    {
        Visit v;
        v.caseId = m_caseId;
        v.kind = u"home"_s;
        v.note = note;
        v.childWords = u"Jag vill bo kvar."_s;
        return v;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<Store>(m_dir->path(), m_clock);
        m_store->initialize(u"482915"_s);
        Case c;
        c.caseNumber = u"2026-0042"_s;
        c.childName = u"Alva K"_s;
        m_caseId = Repository<Case>(*m_store).create(c).meta.id;
    }

    void createWritesRecordAndOutboxTogether()
    {
        const int before = Outbox(*m_store).pendingCount();
        const Visit v = VisitRepository(*m_store).create(draft());
        QVERIFY(isValidId(v.meta.id));
        QCOMPARE(v.meta.deviceId, m_store->deviceId());
        QCOMPARE(v.meta.createdAt, m_clock.now());
        QCOMPARE(v.meta.version, 0);
        QCOMPARE(Outbox(*m_store).pendingCount(), before + 1);
        const Mutation m = Outbox(*m_store).pending().last();
        QCOMPARE(m.entity, u"visit"_s);
        QCOMPARE(m.recordId, v.meta.id);
        QCOMPARE(m.op, u"upsert"_s);
        QVERIFY(!m.baseVersion);
        QCOMPARE(m.payload.value(u"note").toString(), v.note);
    }

    void invalidRecordWritesNothing()
    {
        const qint64 visits = count(*m_store, "SELECT count(*) FROM visits");
        const int pending = Outbox(*m_store).pendingCount();
        Visit v = draft();
        v.kind = u"picnic"_s;
        try {
            VisitRepository(*m_store).create(v);
            QFAIL("invalid visit accepted");
        } catch (const StoreError &e) {
            QCOMPARE(e.code(), StoreErrorCode::Invalid);
            QVERIFY(!e.issues.isEmpty());
            QCOMPARE(e.issues.first().field, u"kind"_s);
        }
        QCOMPARE(count(*m_store, "SELECT count(*) FROM visits"), visits);
        QCOMPARE(Outbox(*m_store).pendingCount(), pending);
    }

    void failingOutboxRollsBackTheRecord()
    {
        m_store->connection().exec("CREATE TEMP TRIGGER outbox_fails BEFORE INSERT ON outbox "
                                   "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");
        const qint64 visits = count(*m_store, "SELECT count(*) FROM visits");
        QVERIFY_THROWS_EXCEPTION(StoreError, VisitRepository(*m_store).create(draft()));
        QCOMPARE(count(*m_store, "SELECT count(*) FROM visits"), visits);
        m_store->connection().exec("DROP TRIGGER outbox_fails");
        VisitRepository(*m_store).create(draft());
        QCOMPARE(count(*m_store, "SELECT count(*) FROM visits"), visits + 1);
    }

    void draftEditsCoalesceIntoOnePendingChange()
    {
        VisitRepository visits(*m_store);
        Visit v = visits.create(draft(u"a"_s));
        const int pending = Outbox(*m_store).pendingCount();
        const QString mutationId = Outbox(*m_store).pending().last().mutationId;
        for (const QString &note : {u"ab"_s, u"abc"_s, u"abcd"_s}) {
            m_clock.advance(1000);
            v.note = note;
            v = visits.update(v);
        }
        QCOMPARE(Outbox(*m_store).pendingCount(), pending);
        const Mutation m = Outbox(*m_store).pending().last();
        QCOMPARE(m.mutationId, mutationId);
        QCOMPARE(m.payload.value(u"note").toString(), u"abcd"_s);
        QCOMPARE(visits.find(v.meta.id)->note, u"abcd"_s);
        QVERIFY(v.meta.updatedAt > v.meta.createdAt);
    }

    void sentChangesAreNotRewritten()
    {
        VisitRepository visits(*m_store);
        Visit v = visits.create(draft(u"first"_s));
        m_store->connection().exec("UPDATE outbox SET state = 'sending'");
        v.note = u"second"_s;
        visits.update(v);
        const QList<Mutation> all = Outbox(*m_store).pending();
        QCOMPARE(all.last().payload.value(u"note").toString(), u"second"_s);
        QCOMPARE(all[all.size() - 2].payload.value(u"note").toString(), u"first"_s);
    }

    void signedVisitCannotChangeThroughAnyCall()
    {
        VisitRepository visits(*m_store);
        const Visit created = visits.create(draft());
        const Visit signedVisit = visits.sign(created.meta.id);
        QVERIFY(signedVisit.isSigned());
        QCOMPARE(signedVisit.signedAt, m_clock.now());

        Visit edit = signedVisit;
        edit.note = u"changed afterwards"_s;
        QCOMPARE(codeOf([&] { visits.update(edit); }), StoreErrorCode::Immutable);
        Visit back = signedVisit;
        back.status = u"draft"_s;
        QCOMPARE(codeOf([&] { visits.update(back); }), StoreErrorCode::Immutable);
        QCOMPARE(codeOf([&] { visits.update(signedVisit); }), StoreErrorCode::Immutable);
        QCOMPARE(codeOf([&] { visits.remove(created.meta.id); }), StoreErrorCode::Immutable);
        QCOMPARE(codeOf([&] { visits.sign(created.meta.id); }), StoreErrorCode::Immutable);
        // Even SQL that bypasses the repository is stopped by the schema.
        QCOMPARE(codeOf([&] { m_store->connection().exec("UPDATE visits SET note = 'x'"); }),
            StoreErrorCode::Immutable);
        QCOMPARE(visits.find(created.meta.id)->note, created.note);
    }

    void amendmentsGoBelowSignedVisits()
    {
        VisitRepository visits(*m_store);
        const Visit v = visits.create(draft());
        QCOMPARE(codeOf([&] { visits.amend(v.meta.id, u"too early"_s); }), StoreErrorCode::Invalid);
        visits.sign(v.meta.id);
        m_clock.advance(60000);
        const VisitAmendment a = visits.amend(v.meta.id, u"Rättelse: mamma var också med."_s);
        m_clock.advance(60000);
        visits.amend(v.meta.id, u"Andra tillägget."_s);
        const QList<VisitAmendment> all = visits.amendments(v.meta.id);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().text, a.text);
        QCOMPARE(all.first().signedAt, a.signedAt);

        AmendmentRepository amendments(*m_store);
        VisitAmendment edited = a;
        edited.text = u"rewritten"_s;
        QCOMPARE(codeOf([&] { amendments.update(edited); }), StoreErrorCode::Immutable);
        QCOMPARE(codeOf([&] { amendments.remove(a.meta.id); }), StoreErrorCode::Immutable);
        QCOMPARE(amendments.find(a.meta.id)->text, a.text);
        QCOMPARE(codeOf([&] { visits.amend(newId(), u"x"_s); }), StoreErrorCode::NotFound);
    }

    void protectedIdentityVisitsKeepNoPosition()
    {
        Case hidden;
        hidden.caseNumber = u"2026-0099"_s;
        hidden.childName = u"Noa S"_s;
        hidden.protectedIdentity = true;
        const QString hiddenId = Repository<Case>(*m_store).create(hidden).meta.id;
        Visit v = draft();
        v.caseId = hiddenId;
        v.checkInLat = 59.33;
        v.checkInLon = 18.06;
        v.checkInAccuracy = 12;
        v.checkInAt = m_clock.now();
        VisitRepository visits(*m_store);
        const QString id = visits.create(v).meta.id;
        QVERIFY(!visits.find(id)->checkInLat);
        QCOMPARE(count(*m_store, "SELECT count(*) FROM visits WHERE check_in_lat IS NOT NULL"), 0);
        QVERIFY(!Outbox(*m_store).pending().last().payload.contains(u"check_in_lat")
            || Outbox(*m_store).pending().last().payload.value(u"check_in_lat").isNull());

        Visit open = v;
        open.caseId = m_caseId;
        const QString openId = visits.create(open).meta.id;
        QCOMPARE(*visits.find(openId)->checkInLat, 59.33);
    }

    void removeLeavesATombstoneAndADelete()
    {
        VisitRepository visits(*m_store);
        const Visit v = visits.create(draft());
        visits.remove(v.meta.id);
        QVERIFY(!visits.find(v.meta.id));
        QCOMPARE(count(*m_store, "SELECT deleted FROM visits"), 1);
        QCOMPARE(Outbox(*m_store).pending().last().op, u"delete"_s);
        QCOMPARE(codeOf([&] { visits.remove(v.meta.id); }), StoreErrorCode::NotFound);
    }

    void everyLocalEntityRoundTrips()
    {
        FosterHome home;
        home.name = u"Familjen Berg"_s;
        home.phone = u"+46 70-123 45 67"_s;
        const FosterHome h = Repository<FosterHome>(*m_store).create(home);
        QCOMPARE(Repository<FosterHome>(*m_store).find(h.meta.id)->phone, home.phone);

        ChildTime t;
        t.caseId = m_caseId;
        t.startsAt = m_clock.now();
        t.endsAt = m_clock.now().addSecs(1800);
        t.mode = u"in_person"_s;
        const ChildTime saved = Repository<ChildTime>(*m_store).create(t);
        QCOMPARE(Repository<ChildTime>(*m_store).find(saved.meta.id)->endsAt, t.endsAt);

        Contact c;
        c.fosterHomeId = h.meta.id;
        c.kind = u"supervision"_s;
        c.at = m_clock.now();
        c.durationMinutes = 90;
        c.nextFollowUp = QDate(2027, 1, 15);
        const Contact sc = Repository<Contact>(*m_store).create(c);
        QCOMPARE(Repository<Contact>(*m_store).find(sc.meta.id)->nextFollowUp, c.nextFollowUp);

        TimeEntry e;
        e.category = u"documentation"_s;
        e.startsAt = m_clock.now();
        e.endsAt = m_clock.now().addSecs(3600);
        const TimeEntry se = Repository<TimeEntry>(*m_store).create(e);
        QCOMPARE(Repository<TimeEntry>(*m_store).find(se.meta.id)->category, e.category);
        QCOMPARE(count(*m_store,
                     "SELECT count(*) FROM outbox WHERE entity IN "
                     "('foster_home', 'child_time', 'contact', 'time_entry')"),
            4);
    }

    void fullDiskKeepsEveryAcknowledgedRecord()
    {
        // max_page_count makes SQLite answer exactly as it does when the disk is full.
        m_store->connection().exec("PRAGMA max_page_count = 60");
        VisitRepository visits(*m_store);
        QStringList acknowledged;
        StoreErrorCode failure = StoreErrorCode::Internal;
        for (int i = 0; i < 5000; ++i) {
            try {
                acknowledged << visits.create(draft(QString(400, QChar(u'a' + i % 26)))).meta.id;
            } catch (const StoreError &e) {
                failure = e.code();
                break;
            }
        }
        QCOMPARE(failure, StoreErrorCode::DiskFull);
        QVERIFY(acknowledged.size() > 3);
        QCOMPARE(count(*m_store, "SELECT count(*) FROM visits"), acknowledged.size());
        QCOMPARE(count(*m_store, "SELECT count(*) FROM outbox WHERE entity = 'visit'"),
            acknowledged.size());
        for (const QString &id : std::as_const(acknowledged))
            QVERIFY(visits.find(id));
        QVERIFY(m_store->connection().integrityProblems().isEmpty());
    }

    void lockedStoreRefusesWrites()
    {
        m_store->lock();
        QCOMPARE(
            codeOf([&] { VisitRepository(*m_store).create(draft()); }), StoreErrorCode::Locked);
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
