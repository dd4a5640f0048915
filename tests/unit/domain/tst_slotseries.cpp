// SPDX-License-Identifier: GPL-3.0-or-later
// The meeting domain: SlotSeries expansion in Stockholm wall-clock time (across both changes of
// summer time), its validation, Slot::overlaps, and Slot/Booking JSON and validation.
#include "domain/booking.h"
#include "domain/slot.h"
#include "domain/slotseries.h"
#include "testsupport.h"

#include <QTest>

using namespace barntid;
using namespace Qt::StringLiterals;
using fixture::problem;
using fixture::utc;

Q_DECLARE_METATYPE(barntid::SlotSeries)
Q_DECLARE_METATYPE(barntid::Slot)
Q_DECLARE_METATYPE(barntid::Booking)
Q_DECLARE_METATYPE(barntid::ValidationIssues)

namespace {

// Every Tuesday 17:00–20:00, 45-minute meetings with a 15-minute buffer.
SlotSeries tuesdays(QDate firstDay, int weeks)
{
    SlotSeries s;
    s.firstDay = firstDay;
    s.from = QTime(17, 0);
    s.until = QTime(20, 0);
    s.meetingMinutes = 45;
    s.bufferMinutes = 15;
    s.weeks = weeks;
    return s;
}

RecordMeta fullMeta()
{
    RecordMeta m;
    m.id = fixture::id1;
    m.version = 4;
    m.createdAt = utc(2026, 11, 2, 9, 15, 0, 250);
    m.updatedAt = utc(2026, 11, 3, 10, 0, 0, 1);
    m.authorId = fixture::id2;
    m.deviceId = fixture::id3;
    return m;
}

Slot validSlot()
{
    Slot s;
    s.meta.id = fixture::id1;
    s.ownerId = fixture::id2;
    s.startsAt = utc(2026, 12, 8, 16);
    s.endsAt = utc(2026, 12, 8, 16, 45);
    s.place = u"Socialkontoret, rum 3"_s;
    return s;
}

Slot at(const QDateTime &start, const QDateTime &end)
{
    Slot s = validSlot();
    s.startsAt = start;
    s.endsAt = end;
    return s;
}

Booking validBooking()
{
    Booking b;
    b.meta.id = fixture::id1;
    b.slotId = fixture::id2;
    b.purpose = u"Prata om jullovet"_s;
    b.status = u"requested"_s;
    return b;
}

} // namespace

class TestSlotSeries : public QObject
{
    Q_OBJECT

private slots:
    void fourTuesdayEveningsGiveTwelveMeetings()
    {
        // 2026-12-01 is a Tuesday in winter time: 17:00 Stockholm is 16:00 UTC.
        const QList<Interval> got = tuesdays(QDate(2026, 12, 1), 4).meetings();
        QList<Interval> want;
        for (int day : {1, 8, 15, 22}) {
            for (int hour : {16, 17, 18})
                want.append({utc(2026, 12, day, hour), utc(2026, 12, day, hour, 45)});
        }
        QCOMPARE(got, want);
        for (const Interval &i : got)
            QCOMPARE(i.start.secsTo(i.end), 45 * 60);
    }

    void autumnChangeKeepsTheWallClockTime()
    {
        // Summer time ends on Sunday 2026-10-25: 17:00 is 15:00 UTC before, 16:00 UTC after.
        const QList<Interval> got = tuesdays(QDate(2026, 10, 20), 3).meetings();
        QCOMPARE(got.size(), 9);
        QCOMPARE(got[0], (Interval {utc(2026, 10, 20, 15), utc(2026, 10, 20, 15, 45)}));
        QCOMPARE(got[2], (Interval {utc(2026, 10, 20, 17), utc(2026, 10, 20, 17, 45)}));
        QCOMPARE(got[3], (Interval {utc(2026, 10, 27, 16), utc(2026, 10, 27, 16, 45)}));
        QCOMPARE(got[6], (Interval {utc(2026, 11, 3, 16), utc(2026, 11, 3, 16, 45)}));
        QCOMPARE(got[8], (Interval {utc(2026, 11, 3, 18), utc(2026, 11, 3, 18, 45)}));
    }

    void springChangeKeepsTheWallClockTime()
    {
        // Summer time starts on Sunday 2027-03-28: 17:00 is 16:00 UTC before, 15:00 UTC after.
        const QList<Interval> got = tuesdays(QDate(2027, 3, 23), 2).meetings();
        QCOMPARE(got.size(), 6);
        QCOMPARE(got[0], (Interval {utc(2027, 3, 23, 16), utc(2027, 3, 23, 16, 45)}));
        QCOMPARE(got[3], (Interval {utc(2027, 3, 30, 15), utc(2027, 3, 30, 15, 45)}));
        QCOMPARE(got[5], (Interval {utc(2027, 3, 30, 17), utc(2027, 3, 30, 17, 45)}));
    }

    void noBufferMeetingsTouch()
    {
        SlotSeries s = tuesdays(QDate(2026, 12, 1), 1);
        s.bufferMinutes = 0;
        s.until = QTime(18, 30);
        const QList<Interval> got = s.meetings();
        QCOMPARE(got.size(), 2);
        QCOMPARE(got[0].end, got[1].start);
        QCOMPARE(got[1], (Interval {utc(2026, 12, 1, 16, 45), utc(2026, 12, 1, 17, 30)}));
    }

    void invalidSeries_data()
    {
        QTest::addColumn<SlotSeries>("series");
        QTest::addColumn<ValidationIssues>("issues");
        const SlotSeries ok = tuesdays(QDate(2026, 12, 1), 4);

        SlotSeries s = ok;
        s.until = QTime(17, 30);
        QTest::newRow("window shorter than a meeting")
            << s << ValidationIssues {problem("meeting_minutes", "out_of_range")};
        s = ok;
        s.until = QTime(17, 0);
        QTest::newRow("until equals from")
            << s << ValidationIssues {problem("until", "end_before_start")};
        s.until = QTime(16, 0);
        QTest::newRow("until before from")
            << s << ValidationIssues {problem("until", "end_before_start")};
        s = ok;
        s.weeks = 0;
        QTest::newRow("no weeks") << s << ValidationIssues {problem("weeks", "out_of_range")};
        s.weeks = 27;
        QTest::newRow("27 weeks") << s << ValidationIssues {problem("weeks", "out_of_range")};
        s = ok;
        s.firstDay = QDate();
        QTest::newRow("no first day") << s << ValidationIssues {problem("first_day", "required")};
    }

    void invalidSeries()
    {
        QFETCH(SlotSeries, series);
        QFETCH(ValidationIssues, issues);
        QCOMPARE(series.validate(), issues);
        QVERIFY(series.meetings().isEmpty());
    }

    void longestSeriesIsValid()
    {
        SlotSeries s = tuesdays(QDate(2026, 12, 1), SlotSeries::maxWeeks);
        QCOMPARE(s.validate(), ValidationIssues {});
        QCOMPARE(s.meetings().size(), 3 * 26);
    }

    void overlaps_data()
    {
        QTest::addColumn<Slot>("other");
        QTest::addColumn<bool>("overlaps");
        // Against 17:00–17:45 UTC on 2026-12-08.
        const auto t = [](int h, int m) { return utc(2026, 12, 8, h, m); };
        QTest::newRow("touching after") << at(t(17, 45), t(18, 30)) << false;
        QTest::newRow("touching before") << at(t(16, 15), t(17, 0)) << false;
        QTest::newRow("apart") << at(t(19, 0), t(19, 45)) << false;
        QTest::newRow("same") << at(t(17, 0), t(17, 45)) << true;
        QTest::newRow("contained") << at(t(17, 10), t(17, 20)) << true;
        QTest::newRow("containing") << at(t(16, 0), t(18, 0)) << true;
        QTest::newRow("partial start") << at(t(16, 30), t(17, 1)) << true;
        QTest::newRow("partial end") << at(t(17, 44), t(18, 30)) << true;
    }

    void overlaps()
    {
        QFETCH(Slot, other);
        QFETCH(bool, overlaps);
        const Slot s = at(utc(2026, 12, 8, 17), utc(2026, 12, 8, 17, 45));
        QCOMPARE(s.overlaps(other), overlaps);
        QCOMPARE(other.overlaps(s), overlaps);
    }

    void slotRoundTrip()
    {
        Slot s = validSlot();
        s.meta = fullMeta();
        s.ownerName = u"Sara Lind"_s;
        s.video = true;
        s.videoLink = u"https://meet.example.se/abc"_s;
        s.afterHours = true;
        const QJsonObject o = s.toJson();
        QCOMPARE(o.value(u"starts_at").toString(), u"2026-12-08T16:00:00.000Z"_s);
        QCOMPARE(o.value(u"video_link").toString(), s.videoLink);
        QCOMPARE(Slot::fromJson(o), s);
        QCOMPARE(s.validate(), ValidationIssues {});

        const Slot bare = validSlot();
        QVERIFY(bare.toJson().value(u"video_link").isNull());
        QCOMPARE(Slot::fromJson(bare.toJson()), bare);
    }

    void slotValidation_data()
    {
        QTest::addColumn<Slot>("slot");
        QTest::addColumn<ValidationIssues>("issues");
        Slot s = validSlot();
        s.place.clear();
        QTest::newRow("no place, no video") << s << ValidationIssues {problem("place", "required")};
        s.place = u"   "_s;
        QTest::newRow("blank place") << s << ValidationIssues {problem("place", "required")};
        s.video = true;
        QTest::newRow("video needs no place") << s << ValidationIssues {};
        s.videoLink = u"http://meet.example.se/abc"_s;
        QTest::newRow("plain http link")
            << s << ValidationIssues {problem("video_link", "invalid")};
        s = validSlot();
        s.videoLink = u"https://meet.example.se/abc"_s;
        QTest::newRow("link without video")
            << s << ValidationIssues {problem("video_link", "invalid")};
        s = validSlot();
        s.endsAt = s.startsAt;
        QTest::newRow("empty span")
            << s << ValidationIssues {problem("ends_at", "end_before_start")};
    }

    void slotValidation()
    {
        QFETCH(Slot, slot);
        QFETCH(ValidationIssues, issues);
        QCOMPARE(slot.validate(), issues);
    }

    void bookingRoundTrip()
    {
        Booking b = validBooking();
        b.meta = fullMeta();
        b.fosterHomeId = fixture::id3;
        b.bookedBy = fixture::id4;
        b.status = u"cancelled"_s;
        b.cancelReason = u"Sjuk"_s;
        b.notifyEmail = u"familjen@example.se"_s;
        b.startsAt = utc(2026, 12, 8, 16);
        b.endsAt = utc(2026, 12, 8, 16, 45);
        b.place = u"Socialkontoret"_s;
        b.video = true;
        b.videoLink = u"https://meet.example.se/abc"_s;
        b.afterHours = true;
        b.ownerName = u"Sara Lind"_s;
        b.cancelUntil = utc(2026, 12, 7, 16);
        const QJsonObject o = b.toJson();
        QCOMPARE(o.value(u"cancel_until").toString(), u"2026-12-07T16:00:00.000Z"_s);
        QCOMPARE(Booking::fromJson(o), b);
        QCOMPARE(b.validate(), ValidationIssues {});

        b.cancelUntil.reset();
        QVERIFY(b.toJson().value(u"cancel_until").isNull());
        const Booking back = Booking::fromJson(b.toJson());
        QVERIFY(!back.cancelUntil);
        QCOMPARE(back, b);
    }

    void bookingValidation_data()
    {
        QTest::addColumn<Booking>("booking");
        QTest::addColumn<ValidationIssues>("issues");
        Booking b = validBooking();
        b.purpose = QString(500, u'x');
        QTest::newRow("purpose of 500") << b << ValidationIssues {};
        b.purpose = QString(501, u'x');
        QTest::newRow("purpose of 501") << b << ValidationIssues {problem("purpose", "too_long")};
        b = validBooking();
        b.status = u"maybe"_s;
        QTest::newRow("unknown status") << b << ValidationIssues {problem("status", "invalid")};
        b = validBooking();
        b.slotId.clear();
        QTest::newRow("no slot") << b << ValidationIssues {problem("slot_id", "required")};
    }

    void bookingValidation()
    {
        QFETCH(Booking, booking);
        QFETCH(ValidationIssues, issues);
        QCOMPARE(booking.validate(), issues);
    }
};

QTEST_GUILESS_MAIN(TestSlotSeries)
#include "tst_slotseries.moc"
