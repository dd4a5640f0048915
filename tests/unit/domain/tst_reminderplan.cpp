// SPDX-License-Identifier: GPL-3.0-or-later
// ReminderPlan at fixed instants around a meeting on Tuesday 2026-12-08 17:00 Stockholm
// (16:00 UTC): the 24 h and 1 h moments, a device that was off, a moved or cancelled booking.
#include "domain/reminderplan.h"
#include "testsupport.h"

#include <QTest>

using namespace barntid;
using namespace Qt::StringLiterals;
using fixture::id1;
using fixture::id2;
using fixture::utc;
using Kind = ReminderPlan::Kind;

namespace {

const QDateTime start = utc(2026, 12, 8, 16, 0);

QJsonObject booking(const QString &id, qint64 version, const QString &status,
    const QDateTime &startsAt = start, bool deleted = false)
{
    return {{u"id"_s, id}, {u"version"_s, version}, {u"status"_s, status},
        {u"starts_at"_s, startsAt.toUTC().toString(Qt::ISODate)}, {u"deleted"_s, deleted},
        {u"video"_s, false}};
}

QStringList dueIds(const ReminderPlan::Result &r)
{
    QStringList out;
    for (const ReminderPlan::Reminder &reminder : r.due)
        out << reminder.bookingId;
    return out;
}

} // namespace

class TestReminderPlan : public QObject
{
    Q_OBJECT

private slots:
    void nothingBeforeTheDayBeforeMoment()
    {
        const auto r = ReminderPlan::run(
            {booking(id1, 3, u"confirmed"_s)}, start.addSecs(-24 * 3600 - 1), {});
        QVERIFY(r.due.isEmpty());
        QVERIFY(r.withdraw.isEmpty());
        QVERIFY(r.given.isEmpty());
    }

    void theDayBeforeReminderOnceAtItsMoment()
    {
        const QList<QJsonObject> bookings {booking(id1, 3, u"confirmed"_s)};
        const auto r = ReminderPlan::run(bookings, start.addSecs(-24 * 3600), {});
        QCOMPARE(dueIds(r), QStringList {id1});
        QCOMPARE(r.due[0].kind, Kind::DayBefore);
        QCOMPARE(r.due[0].startsAt, start);
        QVERIFY(!r.due[0].late);
        QCOMPARE(r.given, QSet<QString> {ReminderPlan::key(id1, 3, Kind::DayBefore)});
        // A minute later, with what was given remembered: nothing again.
        const auto again = ReminderPlan::run(bookings, start.addSecs(-24 * 3600 + 60), r.given);
        QVERIFY(again.due.isEmpty());
        QVERIFY(again.withdraw.isEmpty());
        QCOMPARE(again.given, r.given);
    }

    void theHourBeforeReminderAfterTheDayBeforeOne()
    {
        const QList<QJsonObject> bookings {booking(id1, 3, u"confirmed"_s)};
        const QSet<QString> day {ReminderPlan::key(id1, 3, Kind::DayBefore)};
        QVERIFY(ReminderPlan::run(bookings, start.addSecs(-3601), day).due.isEmpty());
        const auto r = ReminderPlan::run(bookings, start.addSecs(-3600), day);
        QCOMPARE(dueIds(r), QStringList {id1});
        QCOMPARE(r.due[0].kind, Kind::HourBefore);
        QVERIFY(!r.due[0].late);
        QCOMPARE(r.given,
            (QSet<QString> {ReminderPlan::key(id1, 3, Kind::DayBefore),
                ReminderPlan::key(id1, 3, Kind::HourBefore)}));
        QVERIFY(ReminderPlan::run(bookings, start.addSecs(-60), r.given).due.isEmpty());
    }

    void onlyConfirmedBookingsAreReminded()
    {
        const QDateTime now = start.addSecs(-1800);
        const auto r
            = ReminderPlan::run({booking(id1, 1, u"requested"_s), booking(id2, 2, u"cancelled"_s),
                                    booking(fixture::id3, 2, u"confirmed"_s, start, true)},
                now, {});
        QVERIFY(r.due.isEmpty());
        QVERIFY(r.given.isEmpty());
    }

    void aDeviceThatWasOffGivesOneLateReminderBeforeTheMeeting()
    {
        // Off from two days before until 20 minutes before: only the hour reminder, late, and
        // the day-before one counts as given so it never comes after it.
        const QList<QJsonObject> bookings {booking(id1, 3, u"confirmed"_s)};
        const auto r = ReminderPlan::run(bookings, start.addSecs(-20 * 60), {});
        QCOMPARE(r.due.size(), 1);
        QCOMPARE(r.due[0].kind, Kind::HourBefore);
        QVERIFY(r.due[0].late);
        QVERIFY(r.given.contains(ReminderPlan::key(id1, 3, Kind::DayBefore)));
        QVERIFY(ReminderPlan::run(bookings, start.addSecs(-10 * 60), r.given).due.isEmpty());
        // Off from 30 hours until 5 hours before: the day-before reminder, late.
        const auto day = ReminderPlan::run(bookings, start.addSecs(-5 * 3600), {});
        QCOMPARE(day.due.size(), 1);
        QCOMPARE(day.due[0].kind, Kind::DayBefore);
        QVERIFY(day.due[0].late);
    }

    void nothingOnceTheMeetingBegan()
    {
        const QList<QJsonObject> bookings {booking(id1, 3, u"confirmed"_s)};
        QVERIFY(ReminderPlan::run(bookings, start, {}).due.isEmpty());
        QVERIFY(ReminderPlan::run(bookings, start.addSecs(3600), {}).due.isEmpty());
        // A reminder on show is taken away when the meeting begins, and forgotten.
        const QSet<QString> given {ReminderPlan::key(id1, 3, Kind::DayBefore),
            ReminderPlan::key(id1, 3, Kind::HourBefore)};
        const auto r = ReminderPlan::run(bookings, start, given);
        QCOMPARE(r.withdraw, QStringList {id1});
        QVERIFY(r.given.isEmpty());
    }

    void aNewVersionGetsItsRemindersAgain()
    {
        // Given at 24 h for version 3; the worker moves the meeting one hour later (version 4).
        const QSet<QString> given {ReminderPlan::key(id1, 3, Kind::DayBefore)};
        const QDateTime now = start.addSecs(-23 * 3600);
        const auto r
            = ReminderPlan::run({booking(id1, 4, u"confirmed"_s, start.addSecs(3600))}, now, given);
        QCOMPARE(dueIds(r), QStringList {id1}); // shown under the same id: it replaces the old
        QCOMPARE(r.due[0].startsAt, start.addSecs(3600));
        QVERIFY(!r.given.contains(ReminderPlan::key(id1, 3, Kind::DayBefore)));
        QVERIFY(r.given.contains(ReminderPlan::key(id1, 4, Kind::DayBefore)));
    }

    void aMeetingMovedFurtherAwayWithdrawsItsStaleReminder()
    {
        const QSet<QString> given {ReminderPlan::key(id1, 3, Kind::DayBefore)};
        const QDateTime now = start.addSecs(-23 * 3600);
        const auto r = ReminderPlan::run(
            {booking(id1, 4, u"confirmed"_s, start.addSecs(7 * 24 * 3600))}, now, given);
        QVERIFY(r.due.isEmpty());
        QCOMPARE(r.withdraw, QStringList {id1});
        QVERIFY(r.given.isEmpty());
    }

    void cancelledDeletedOrGoneWithdraws()
    {
        const QSet<QString> given {ReminderPlan::key(id1, 3, Kind::DayBefore),
            ReminderPlan::key(id2, 5, Kind::DayBefore),
            ReminderPlan::key(fixture::id3, 1, Kind::HourBefore)};
        const QDateTime now = start.addSecs(-20 * 3600);
        const auto r = ReminderPlan::run(
            {booking(id1, 4, u"cancelled"_s), booking(id2, 6, u"confirmed"_s, start, true)}, now,
            given); // id3 is no longer on the device
        QVERIFY(r.due.isEmpty());
        QStringList withdrawn = r.withdraw;
        withdrawn.sort();
        QStringList expected {id1, id2, fixture::id3};
        expected.sort();
        QCOMPARE(withdrawn, expected);
        QVERIFY(r.given.isEmpty());
    }

    void twoBookingsAreRemindedEachOnItsOwn()
    {
        const QList<QJsonObject> bookings {booking(id1, 1, u"confirmed"_s),
            booking(id2, 1, u"confirmed"_s, start.addSecs(2 * 3600))};
        const auto r = ReminderPlan::run(bookings, start.addSecs(-3600), {});
        QStringList ids = dueIds(r);
        ids.sort();
        QStringList expected {id1, id2};
        expected.sort();
        QCOMPARE(ids, expected);
        QCOMPARE(r.due[dueIds(r).indexOf(id1)].kind, Kind::HourBefore);
        QCOMPARE(r.due[dueIds(r).indexOf(id2)].kind, Kind::DayBefore);
    }

    void anUnreadableStartIsSkipped()
    {
        QJsonObject b = booking(id1, 1, u"confirmed"_s);
        b.insert(u"starts_at"_s, u"tisdag kväll"_s);
        QVERIFY(ReminderPlan::run({b}, start.addSecs(-3600), {}).due.isEmpty());
    }

    void aGivenReminderIsStillDueUntilTheMeetingBegins()
    {
        const QString dayKey = ReminderPlan::key(id1, 3, Kind::DayBefore);
        const auto r = ReminderPlan::stillDue(
            dayKey, booking(id1, 3, u"confirmed"_s), start.addSecs(-20 * 3600));
        QVERIFY(r);
        QCOMPARE(r->kind, Kind::DayBefore);
        QCOMPARE(r->key, dayKey);
        QVERIFY(r->late);
        QVERIFY(!ReminderPlan::stillDue(dayKey, booking(id1, 3, u"confirmed"_s), start));
        QVERIFY(!ReminderPlan::stillDue(
            dayKey, booking(id1, 4, u"confirmed"_s), start.addSecs(-20 * 3600))); // moved
        QVERIFY(!ReminderPlan::stillDue(
            dayKey, booking(id1, 3, u"cancelled"_s), start.addSecs(-20 * 3600)));
        QVERIFY(!ReminderPlan::stillDue(
            dayKey, booking(id1, 3, u"confirmed"_s), start.addSecs(-25 * 3600))); // not yet
    }

    void keysNameTheBookingAndVersion()
    {
        QCOMPARE(ReminderPlan::key(id1, 7, Kind::DayBefore), id1 + u"/7/24h"_s);
        QCOMPARE(ReminderPlan::key(id1, 7, Kind::HourBefore), id1 + u"/7/1h"_s);
        QCOMPARE(ReminderPlan::bookingOf(ReminderPlan::key(id1, 7, Kind::HourBefore)), id1);
    }
};

QTEST_APPLESS_MAIN(TestReminderPlan)
#include "tst_reminderplan.moc"
