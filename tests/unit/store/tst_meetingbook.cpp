// SPDX-License-Identifier: GPL-3.0-or-later
// MeetingBook on a real encrypted store: every refusal writes nothing (records and outbox counted
// before and after), each accepted write is its records plus outbox rows. The server's side is
// played with the sync engine's own PushLedger (answers to a push) and PageApplier (pulled
// records), as the app does it. Also: a nested Transaction rolled back inside a committed one.
#include "domain/case.h"
#include "domain/clock.h"
#include "domain/ids.h"
#include "domain/timeformat.h"
#include "engine/pageapplier.h"
#include "engine/pushledger.h"
#include "store/meetingbook.h"
#include "store/outbox.h"
#include "store/repository.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace barntid;
using namespace Qt::StringLiterals;

namespace {

const QString worker = u"0193a1b2-0000-7000-8000-00000000a001"_s;
const QString family = u"0193a1b2-0000-7000-8000-00000000f001"_s;
const QString home = u"0193a1b2-0000-7000-8000-00000000f0f0"_s;

QDateTime utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, minute), Qt::UTC);
}

// A 45-minute meeting in December 2026.
Interval meeting(int day, int hour, int minute = 0)
{
    const QDateTime start = utc(day, hour, minute);
    return {start, start.addSecs(45 * 60)};
}

/** "field/code" of the refusal f throws; anything else is named so a comparison shows it. */
QString refusal(const std::function<void()> &f)
{
    try {
        f();
    } catch (const StoreError &e) {
        if (e.code() != StoreErrorCode::Invalid)
            return u"StoreError %1"_s.arg(int(e.code()));
        if (e.issues.isEmpty())
            return u"no issue"_s;
        return e.issues.first().field + u'/' + e.issues.first().code;
    }
    return u"accepted"_s;
}

} // namespace

class TestMeetingBook : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    // A Tuesday morning; the meetings below are on the evening a week later.
    ManualClock m_clock {utc(1, 9)};
    std::unique_ptr<Store> m_store;
    qint64 m_seq = 0;

    MeetingBook meetings() { return MeetingBook(*m_store); }
    void signInAs(const QString &user) { m_store->setSetting(u"user_id"_s, user); }

    qint64 count(const char *sql)
    {
        Statement s = m_store->connection().prepare(sql);
        return s.step() ? s.integer(0) : -1;
    }
    /** Slot rows, booking rows (tombstones included) and outbox rows: what any write changes. */
    QList<qint64> written()
    {
        return {count("SELECT count(*) FROM slots"), count("SELECT count(*) FROM bookings"),
            count("SELECT count(*) FROM outbox")};
    }
    qint64 outboxRows() { return count("SELECT count(*) FROM outbox"); }

    /** A record as a pull delivers it. */
    void pull(QLatin1StringView entity, const QJsonObject &data, qint64 version)
    {
        protocol::PullPage page;
        page.changes << protocol::Change {++m_seq, QString(entity), data.value(u"id").toString(),
            protocol::Op::Upsert, version, data, {}};
        page.next = m_seq;
        const auto outcome = sync::PageApplier(*m_store).apply(page);
        QCOMPARE(outcome.applied, 1);
    }
    Slot pullSlot(const Interval &t, const QString &owner = worker)
    {
        Slot s;
        s.meta.id = newId();
        s.meta.version = 1;
        s.meta.createdAt = s.meta.updatedAt = m_clock.now();
        s.meta.authorId = owner;
        s.ownerId = owner;
        s.ownerName = u"Sara Lind"_s;
        s.startsAt = t.start;
        s.endsAt = t.end;
        s.place = u"Socialkontoret, rum 3"_s;
        s.afterHours = true;
        pull(Slot::entity, s.toJson(), 1);
        return s;
    }
    /** The family's request for slot as the worker's device receives it. */
    Booking pullBooking(const Slot &slot, const QString &status, qint64 version = 1)
    {
        Booking b;
        b.meta.id = newId();
        b.meta.version = version;
        b.meta.createdAt = b.meta.updatedAt = m_clock.now();
        b.meta.authorId = family;
        b.slotId = slot.meta.id;
        b.fosterHomeId = home;
        b.bookedBy = family;
        b.purpose = u"Prata om jullovet"_s;
        b.status = status;
        b.startsAt = slot.startsAt;
        b.endsAt = slot.endsAt;
        b.place = slot.place;
        b.ownerName = slot.ownerName;
        pull(Booking::entity, b.toJson(), version);
        return b;
    }
    /** The server takes every outbox row: each record gets version. */
    void acknowledgeAll(qint64 version)
    {
        answerAll(protocol::MutationResult::Status::Applied, version, {});
        QCOMPARE(outboxRows(), 0);
    }
    void rejectAll(const QString &code)
    {
        answerAll(protocol::MutationResult::Status::Rejected, 0, code);
    }
    void answerAll(protocol::MutationResult::Status status, qint64 version, const QString &code)
    {
        sync::PushLedger ledger(*m_store);
        const QList<Mutation> rows = ledger.take(100);
        protocol::PushResponse response;
        for (const Mutation &m : rows) {
            protocol::MutationResult r;
            r.mutationId = m.mutationId;
            r.status = status;
            r.version = version;
            r.errorCode = code;
            r.errorMessage = code.isEmpty() ? QString() : u"refused by the server"_s;
            response.results << r;
        }
        ledger.apply(rows, response);
    }

private slots:
    void init()
    {
        m_clock.set(utc(1, 9));
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<Store>(m_dir->path(), m_clock);
        m_store->initialize(u"482915"_s);
        signInAs(worker); // as a sign-in stores it
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    // --- publish ---

    void publishWritesEachSlotWithItsOutboxRow()
    {
        const QList<Slot> made
            = meetings().publish({meeting(8, 16), meeting(8, 17), meeting(8, 18)},
                u"  Socialkontoret, rum 3 "_s, false, u"https://ignored.example"_s);
        QCOMPARE(made.size(), 3);
        QCOMPARE(written(), (QList<qint64> {3, 0, 3}));
        QCOMPARE(count("SELECT count(*) FROM outbox WHERE entity = 'slot' AND op = 'upsert' "
                       "AND base_version IS NULL"),
            3);
        const QList<Slot> stored = meetings().slotsBetween(utc(8, 0), utc(9, 0));
        QCOMPARE(stored, made);
        for (const Slot &s : stored) {
            QCOMPARE(s.ownerId, worker);
            QCOMPARE(s.meta.authorId, worker);
            QCOMPARE(s.place, u"Socialkontoret, rum 3"_s);
            QVERIFY(s.videoLink.isEmpty()); // a link only goes with a video meeting
        }
        QCOMPARE(stored[1].startsAt, utc(8, 17));
    }

    void overlapWithAStoredSlotWritesNothingOfTheBatch()
    {
        meetings().publish({meeting(8, 16), meeting(8, 17), meeting(8, 18)}, u"Rum 3"_s, false, {});
        const QList<qint64> before = written();
        // The first time is free: it must not stay behind when the second is refused.
        QCOMPARE(refusal([&] {
            meetings().publish({meeting(8, 19), meeting(8, 17, 30)}, u"Rum 3"_s, false, {});
        }),
            u"starts_at/overlap"_s);
        QCOMPARE(written(), before);
        QCOMPARE(meetings().slotsBetween(utc(8, 19), utc(9, 0)), QList<Slot> {});
    }

    void seriesOverlappingItselfWritesNothing()
    {
        QCOMPARE(refusal([&] {
            meetings().publish({meeting(8, 16), meeting(8, 16, 30)}, u"Rum 3"_s, false, {});
        }),
            u"starts_at/overlap"_s);
        QCOMPARE(written(), (QList<qint64> {0, 0, 0}));
    }

    void pastSlotIsRefusedWithItsBatch()
    {
        m_clock.set(utc(8, 16, 1));
        QCOMPARE(refusal([&] {
            meetings().publish({meeting(8, 17), meeting(8, 16)}, u"Rum 3"_s, false, {});
        }),
            u"starts_at/in_past"_s);
        QCOMPARE(written(), (QList<qint64> {0, 0, 0}));
    }

    void touchingSlotsAreFine()
    {
        const Interval a {utc(8, 16), utc(8, 16, 45)};
        const Interval b {utc(8, 16, 45), utc(8, 17, 30)};
        meetings().publish({a, b}, u"Rum 3"_s, false, {});
        meetings().publish({{utc(8, 15, 15), utc(8, 16)}}, u"Rum 3"_s, false, {});
        meetings().publish({{utc(8, 17, 30), utc(8, 18, 15)}}, u"Rum 3"_s, false, {});
        QCOMPARE(written(), (QList<qint64> {4, 0, 4}));
    }

    void otherWorkersSlotsDoNotBlock()
    {
        pullSlot(meeting(8, 16), newId()); // a team member's, on a supervisor's device say
        meetings().publish({meeting(8, 16)}, u"Rum 3"_s, false, {});
        QCOMPARE(meetings().slotsBetween(utc(8, 0), utc(9, 0)).size(), 2);
    }

    void videoSlotKeepsItsLink()
    {
        const Slot s = meetings()
                           .publish({meeting(8, 16)}, {}, true, u" https://meet.example.se/sara "_s)
                           .first();
        QCOMPARE(s.videoLink, u"https://meet.example.se/sara"_s);
        QCOMPARE(refusal([&] {
            meetings().publish({meeting(8, 17)}, {}, true, u"http://meet.example.se"_s);
        }),
            u"video_link/invalid"_s);
        QCOMPARE(refusal([&] { meetings().publish({meeting(8, 18)}, u" "_s, false, {}); }),
            u"place/required"_s);
        QCOMPARE(written(), (QList<qint64> {1, 0, 1}));
    }

    // --- withdraw ---

    void withdrawLeavesATombstoneAndADelete()
    {
        const Slot s = meetings().publish({meeting(8, 16)}, u"Rum 3"_s, false, {}).first();
        acknowledgeAll(1);
        meetings().withdraw(s.meta.id);
        QCOMPARE(count("SELECT count(*) FROM slots WHERE deleted = 1"), 1);
        QCOMPARE(count("SELECT count(*) FROM outbox WHERE entity = 'slot' AND op = 'delete' "
                       "AND base_version = 1"),
            1);
        QCOMPARE(outboxRows(), 1);
        QCOMPARE(meetings().slotsBetween(utc(8, 0), utc(9, 0)), QList<Slot> {});

        meetings().withdraw(s.meta.id); // gone already: nothing to send
        QCOMPARE(outboxRows(), 1);
        // The time is free again.
        meetings().publish({meeting(8, 16)}, u"Rum 3"_s, false, {});
        QCOMPARE(meetings().slotsBetween(utc(8, 0), utc(9, 0)).size(), 1);
    }

    void withdrawOfABookedSlotIsRefused()
    {
        const Slot s = meetings().publish({meeting(8, 16)}, u"Rum 3"_s, false, {}).first();
        acknowledgeAll(1);
        const Booking b = pullBooking(s, u"requested"_s);
        QCOMPARE(refusal([&] { meetings().withdraw(s.meta.id); }), u"slot_id/booked"_s);
        QCOMPARE(outboxRows(), 0);
        QCOMPARE(meetings().slotsBetween(utc(8, 0), utc(9, 0)).size(), 1);

        // The family cancelled (the server's copy arrives): now it may go.
        Booking cancelled = b;
        cancelled.status = u"cancelled"_s;
        pull(Booking::entity, cancelled.toJson(), 2);
        meetings().withdraw(s.meta.id);
        QCOMPARE(meetings().slotsBetween(utc(8, 0), utc(9, 0)), QList<Slot> {});
    }

    // --- book (the family's device) ---

    void bookRefusesBadRequestsAndWritesNothing()
    {
        signInAs(family);
        const Slot s = pullSlot(meeting(8, 16));
        const QList<qint64> before = written();
        const auto bookWith = [&](const QString &purpose, const QString &email) {
            return refusal([&] { meetings().book(s.meta.id, purpose, email); });
        };
        QCOMPARE(bookWith(u" \n "_s, {}), u"purpose/required"_s);
        QCOMPARE(bookWith(QString(501, u'x'), {}), u"purpose/too_long"_s);
        for (const QString &email : {u"anna"_s, u"anna@example"_s, u"anna@@example.se"_s,
                 u"anna @example.se"_s, u"@example.se"_s, u"anna@example.se."_s}) {
            QCOMPARE(bookWith(u"Jullovet"_s, email), u"notify_email/invalid"_s);
        }
        QCOMPARE(
            refusal([&] { meetings().book(newId(), u"Jullovet"_s, {}); }), u"slot_id/slot_taken"_s);
        QCOMPARE(written(), before);
    }

    void bookCopiesWhatWasBooked()
    {
        signInAs(family);
        const Slot s = pullSlot(meeting(8, 16));
        const Booking b
            = meetings().book(s.meta.id, u"  Prata om jullovet "_s, u" anna@example.se "_s);
        QCOMPARE(b.slotId, s.meta.id);
        QCOMPARE(b.purpose, u"Prata om jullovet"_s);
        QCOMPARE(b.notifyEmail, u"anna@example.se"_s);
        QCOMPARE(b.status, u"requested"_s);
        QCOMPARE(b.startsAt, s.startsAt);
        QCOMPARE(b.endsAt, s.endsAt);
        QCOMPARE(b.place, s.place);
        QCOMPARE(b.ownerName, u"Sara Lind"_s);
        QVERIFY(b.afterHours);
        QCOMPARE(b.meta.authorId, family);
        QCOMPARE(meetings().bookings(), QList<Booking> {b});
        QCOMPARE(meetings().activeBookingOf(s.meta.id), std::optional<Booking>(b));
        QCOMPARE(
            count("SELECT count(*) FROM outbox WHERE entity = 'booking' AND op = 'upsert'"), 1);
        QCOMPARE(outboxRows(), 1);

        const Slot other = pullSlot(meeting(8, 17));
        QCOMPARE(meetings().book(other.meta.id, QString(500, u'x'), {}).purpose.size(), 500);
    }

    void aSlotHoldsOneBooking()
    {
        signInAs(family);
        const Slot s = pullSlot(meeting(8, 16));
        const Booking first = meetings().book(s.meta.id, u"Jullovet"_s, {});
        const QList<qint64> before = written();
        QCOMPARE(
            refusal([&] { meetings().book(s.meta.id, u"Skolan"_s, {}); }), u"slot_id/slot_taken"_s);
        QCOMPARE(written(), before);
        // A cancelled booking lets the slot go.
        meetings().cancelAsFamily(first.meta.id);
        QCOMPARE(meetings().book(s.meta.id, u"Skolan"_s, {}).status, u"requested"_s);
    }

    void aBegunSlotCannotBeBooked()
    {
        signInAs(family);
        const Slot s = pullSlot(meeting(8, 16));
        for (const QDateTime &now : {s.startsAt, s.startsAt.addSecs(60)}) {
            m_clock.set(now);
            QCOMPARE(refusal([&] { meetings().book(s.meta.id, u"Jullovet"_s, {}); }),
                u"slot_id/too_late"_s);
        }
        QCOMPARE(written(), (QList<qint64> {1, 0, 0}));
        m_clock.set(s.startsAt.addMSecs(-1));
        meetings().book(s.meta.id, u"Jullovet"_s, {});
    }

    // --- answers to a booking ---

    void familyCannotCancelAfterTheCutoff()
    {
        signInAs(family);
        const Slot s = pullSlot(meeting(8, 16));
        const Booking mine = meetings().book(s.meta.id, u"Jullovet"_s, {});
        acknowledgeAll(1);
        // The server's copy: it filled in the home, who booked and the last moment to cancel.
        Booking server = mine;
        server.meta.version = 2;
        server.fosterHomeId = home;
        server.bookedBy = family;
        server.cancelUntil = s.startsAt.addSecs(-24 * 3600);
        pull(Booking::entity, server.toJson(), 2);
        QCOMPARE(meetings().bookings().first().cancelUntil, server.cancelUntil);

        m_clock.set(server.cancelUntil->addSecs(1));
        QCOMPARE(
            refusal([&] { meetings().cancelAsFamily(mine.meta.id); }), u"status/cutoff_passed"_s);
        QCOMPARE(outboxRows(), 0);
        QCOMPARE(meetings().bookings().first().status, u"requested"_s);

        m_clock.set(*server.cancelUntil); // the last moment still counts
        const Booking cancelled = meetings().cancelAsFamily(mine.meta.id);
        QCOMPARE(cancelled.status, u"cancelled"_s);
        QCOMPARE(outboxRows(), 1);
        QCOMPARE(cancelled.meta.version, 2);
    }

    void familyCancelsOnce()
    {
        signInAs(family);
        const Slot s = pullSlot(meeting(8, 16));
        const Booking b = meetings().book(s.meta.id, u"Jullovet"_s, {});
        acknowledgeAll(1);
        const Booking cancelled = meetings().cancelAsFamily(b.meta.id);
        QCOMPARE(outboxRows(), 1);
        acknowledgeAll(2);
        m_clock.advance(60 * 1000);
        const Booking stored = meetings().bookings().first();
        QCOMPARE(meetings().cancelAsFamily(b.meta.id), stored);
        QCOMPARE(outboxRows(), 0);
        QCOMPARE(stored.meta.updatedAt, cancelled.meta.updatedAt);
    }

    void confirmTwiceIsOneChange()
    {
        const Slot s = pullSlot(meeting(8, 16), worker);
        const Booking b = pullBooking(s, u"requested"_s);
        const Booking confirmed = meetings().confirm(b.meta.id);
        QCOMPARE(confirmed.status, u"confirmed"_s);
        QCOMPARE(
            count("SELECT count(*) FROM outbox WHERE entity = 'booking' AND base_version = 1"), 1);
        acknowledgeAll(2);
        m_clock.advance(60 * 1000);
        const Booking again = meetings().confirm(b.meta.id);
        QCOMPARE(outboxRows(), 0);
        QCOMPARE(again.meta.updatedAt, confirmed.meta.updatedAt);
        QCOMPARE(again.status, u"confirmed"_s);
    }

    void workerCancelsWithAReasonAndThatHolds()
    {
        const Slot s = pullSlot(meeting(8, 16), worker);
        const Booking b = pullBooking(s, u"requested"_s);
        for (const QString &reason : {QString(), u"  "_s}) {
            QCOMPARE(refusal([&] { meetings().cancelAsWorker(b.meta.id, reason); }),
                u"cancel_reason/required"_s);
        }
        QCOMPARE(outboxRows(), 0);
        const Booking cancelled = meetings().cancelAsWorker(b.meta.id, u" Sjuk "_s);
        QCOMPARE(cancelled.status, u"cancelled"_s);
        QCOMPARE(cancelled.cancelReason, u"Sjuk"_s);
        QCOMPARE(outboxRows(), 1);
        QCOMPARE(refusal([&] { meetings().confirm(b.meta.id); }), u"status/invalid"_s);
        QCOMPARE(meetings().bookings().first().status, u"cancelled"_s);
        QVERIFY(!meetings().activeBookingOf(s.meta.id));
    }

    // --- refused by the server ---

    void dismissRefusedForgetsOnlyALostRace()
    {
        signInAs(family);
        const Slot s = pullSlot(meeting(8, 16));
        const Booking b = meetings().book(s.meta.id, u"Jullovet"_s, {});
        QVERIFY(!meetings().dismissRefused(b.meta.id)); // still waiting for the server
        QCOMPARE(written(), (QList<qint64> {1, 1, 1}));

        rejectAll(u"slot_taken"_s);
        QCOMPARE(count("SELECT count(*) FROM outbox WHERE state = 'rejected'"), 1);
        QVERIFY(meetings().dismissRefused(b.meta.id));
        QCOMPARE(written(), (QList<qint64> {1, 0, 0}));
        QVERIFY(!meetings().dismissRefused(b.meta.id));
    }

    void dismissRefusedKeepsAHeldBooking()
    {
        signInAs(family);
        const Slot s = pullSlot(meeting(8, 16));
        const Booking b = meetings().book(s.meta.id, u"Jullovet"_s, {});
        acknowledgeAll(1);
        meetings().cancelAsFamily(b.meta.id);
        rejectAll(u"cutoff_passed"_s);
        // The server holds this booking: only its cancellation was refused.
        QVERIFY(!meetings().dismissRefused(b.meta.id));
        QCOMPARE(written(), (QList<qint64> {1, 1, 1}));
    }

    void unsentListsStateAndCode()
    {
        const QList<Slot> made
            = meetings().publish({meeting(8, 16), meeting(8, 17)}, u"Rum 3"_s, false, {});
        rejectAll(u"overlap"_s);
        const Slot later = meetings().publish({meeting(8, 18)}, u"Rum 3"_s, false, {}).first();
        const QHash<QString, UnsentChange> unsent = Outbox(*m_store).unsentByRecord(u"slot"_s);
        QCOMPARE(unsent.size(), 3);
        for (const Slot &s : made) {
            QCOMPARE(unsent.value(s.meta.id).state, u"rejected"_s);
            QCOMPARE(unsent.value(s.meta.id).code, u"overlap"_s); // not the message after ':'
        }
        QCOMPARE(unsent.value(later.meta.id).state, u"pending"_s);
        QCOMPARE(unsent.value(later.meta.id).code, QString());
        QVERIFY(Outbox(*m_store).unsentByRecord(u"booking"_s).isEmpty());
    }

    // --- Transaction nesting ---

    void innerRollbackKeepsTheOuterWrites()
    {
        StoreChangeList told;
        connect(&m_store->changes(), &StoreChanges::committed, this,
            [&](const StoreChangeList &changes) { told += changes; });
        Repository<Case> cases(*m_store);
        const auto newCase = [&](const QString &number) {
            Case c;
            c.caseNumber = number;
            c.childName = u"Alva K"_s;
            return cases.create(c).meta.id;
        };
        QString before, inner, after;
        {
            Transaction outer(m_store->connection());
            before = newCase(u"2026-0001"_s);
            try {
                Transaction nested(m_store->connection());
                inner = newCase(u"2026-0002"_s);
                throw StoreError(StoreErrorCode::Invalid, u"refused halfway"_s);
            } catch (const StoreError &) { }
            after = newCase(u"2026-0003"_s);
            QVERIFY(told.isEmpty()); // nothing is told before the outer commit
            outer.commit();
        }
        QVERIFY(cases.find(before));
        QVERIFY(!cases.find(inner));
        QVERIFY(cases.find(after));
        QCOMPARE(count("SELECT count(*) FROM cases"), 2);
        QCOMPARE(count("SELECT count(*) FROM outbox WHERE entity = 'case'"), 2);
        QStringList toldIds;
        for (const StoreChange &c : std::as_const(told)) {
            if (c.entity == u"case")
                toldIds += c.ids;
        }
        toldIds.sort();
        QStringList want {before, after};
        want.sort();
        QCOMPARE(toldIds, want); // the rolled-back record is not told either
    }

    void outerRollbackUndoesACommittedInner()
    {
        {
            Transaction outer(m_store->connection());
            Transaction nested(m_store->connection());
            meetings().publish({meeting(8, 16)}, u"Rum 3"_s, false, {});
            nested.commit();
        }
        QCOMPARE(written(), (QList<qint64> {0, 0, 0}));
    }
};

QTEST_GUILESS_MAIN(TestMeetingBook)
#include "tst_meetingbook.moc"
