// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, the server decides: every booking rule with its code, through a real server on both
// databases, its time set by a clock file. After each refusal nothing is half-done: no record
// changed and no change row was written.
#include "bookingsupport.h"
#include "domain/ids.h"
#include "domain/timeformat.h"
#include "records.h"
#include "testclock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace e2eserver;
using namespace e2eserver::booking;
namespace r = e2eserver::records;

namespace {

const QString slotEntity = QStringLiteral("slot");
const QString bookingEntity = QStringLiteral("booking");

/** Pushes one mutation that must be refused with code; empty, or what went wrong. */
QString refused(ServerFixture &f, Device &d, const QJsonObject &mutation, const QString &code)
{
    const QStringList before = f.db().recordVersions();
    const qint64 seq = lastSeq(f);
    const HttpResponse push = d.push({mutation});
    if (outcomes(push) != QStringList {QStringLiteral("rejected:") + code})
        return QString::fromUtf8(push.describe());
    if (f.db().recordVersions() != before || lastSeq(f) != seq)
        return QStringLiteral("the refused push changed the database");
    return {};
}

QJsonObject withStatus(const QJsonObject &pulled, const QString &status, const QString &reason = {})
{
    QJsonObject changes {{QStringLiteral("status"), status}};
    if (!reason.isNull())
        changes.insert(QStringLiteral("cancel_reason"), reason);
    return r::update(bookingEntity, pulled, changes);
}

} // namespace

#define REFUSED(f, device, mutation, code)                                                         \
    do {                                                                                           \
        const QString why_ = refused(f, device, mutation, QStringLiteral(code));                   \
        QVERIFY2(why_.isEmpty(), qPrintable(why_));                                                \
    } while (false)

#define APPLIED(push)                                                                              \
    do {                                                                                           \
        const HttpResponse p_ = (push);                                                            \
        QVERIFY2(outcomes(p_) == QStringList {QStringLiteral("applied")}, p_.describe());          \
    } while (false)

class TestServerBooking : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void init() { E2E_SKIP_UNAVAILABLE_BACKEND(); }
    void cleanupTestCase() { TestDatabase::dropTemplates(); }

    void afterHoursFollowsTheConfiguration();
    void slotTimesAndLinks();
    void slotsOfOneWorkerDoNotOverlap();
    void bookedSlotStays();
    void bookingCreateRules();
    void cancelAndConfirm();
};

void TestServerBooking::afterHoursFollowsTheConfiguration()
{
    TestClock clock(QDateTime::currentDateTimeUtc());
    const int wed = daysUntil(clock.now(), Qt::Wednesday, 2);
    const QDateTime closed = local(clock.now(), wed, 9);
    QTemporaryDir dir;
    QFile config(dir.filePath(QStringLiteral("barntid.json")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QJsonDocument(
        QJsonObject {{QStringLiteral("opening_hours"),
            QJsonObject {{QStringLiteral("closed_days"),
                QJsonArray {
                    closed.toTimeZone(barntid::stockholm()).date().toString(Qt::ISODate)}}}}})
                     .toJson());
    config.close();
    ServerFixture f(currentBackend());
    E2E_START(
        f, 1, clock.serveArgs() + QStringList {QStringLiteral("--config"), config.fileName()});
    Device &worker = f.device(QStringLiteral("worker1"));
    const struct
    {
        const char *what;
        QDateTime start;
        int minutes;
        bool afterHours;
    } cases[] = {
        {"a closed day's morning", closed, 60, true},
        {"an open day's morning", local(clock.now(), wed + 1, 9), 60, false},
        {"across lunch", local(clock.now(), wed + 1, 11, 30), 60, true},
        {"an evening", local(clock.now(), wed + 1, 18), 60, true},
    };
    for (const auto &c : cases) {
        const QString id = barntid::newId();
        QJsonObject data = slotAt(c.start, c.minutes);
        data.insert(QStringLiteral("after_hours"), !c.afterHours); // the device's word counts not
        APPLIED(worker.push({r::upsert(slotEntity, id, data)}));
        const QJsonObject slot = pulledRecord(worker, slotEntity, id);
        QVERIFY2(slot.value(QLatin1StringView("after_hours")).toBool() == c.afterHours, c.what);
        QCOMPARE(text(slot, "owner_name"), QStringLiteral("Anna Lindqvist"));
        QCOMPARE(text(slot, "owner_id"), worker.userId());
    }
}

void TestServerBooking::slotTimesAndLinks()
{
    TestClock clock(QDateTime::currentDateTimeUtc());
    ServerFixture f(currentBackend());
    E2E_START(f, 1, clock.serveArgs());
    Device &worker = f.device(QStringLiteral("worker1"));
    const QDateTime past = clock.now().addSecs(-3600);
    REFUSED(f, worker, r::upsert(slotEntity, barntid::newId(), slotAt(past, 30)), "invalid");
    const QDateTime start = local(clock.now(), 2, 9);
    REFUSED(f, worker, r::upsert(slotEntity, barntid::newId(), slotAt(start, -30)), "invalid");
    REFUSED(f, worker, r::upsert(slotEntity, barntid::newId(), slotAt(start, 0)), "invalid");
    const QString link = QStringLiteral("https://meet.kommun.se/abc");
    REFUSED(f, worker,
        r::upsert(
            slotEntity, barntid::newId(), slotAt(start, 30, QStringLiteral("x"), false, link)),
        "invalid");
    const HttpResponse pastPush
        = worker.push({r::upsert(slotEntity, barntid::newId(), slotAt(past, 30))});
    QCOMPARE(errorMessage(pastPush), QStringLiteral("starts_at: in the past"));

    // A video meeting with its link: the worker sees the link, the family does not.
    const QString video = barntid::newId();
    APPLIED(worker.push(
        {r::upsert(slotEntity, video, slotAt(start, 30, QStringLiteral("Video"), true, link))}));
    QCOMPARE(text(pulledRecord(worker, slotEntity, video), "video_link"), link);
    const QJsonObject seen = pulledRecord(f.device(QStringLiteral("foster1")), slotEntity, video);
    QVERIFY(!seen.isEmpty());
    QVERIFY(!seen.contains(QLatin1StringView("video_link")));

    // A past slot may still get a new place (the time is not moved).
    clock.set(start.addSecs(3600));
    APPLIED(worker.push({r::update(slotEntity, pulledRecord(worker, slotEntity, video),
        {{QStringLiteral("place"), QStringLiteral("Rum 2")}})}));
}

void TestServerBooking::slotsOfOneWorkerDoNotOverlap()
{
    TestClock clock(QDateTime::currentDateTimeUtc());
    ServerFixture f(currentBackend());
    E2E_START(f, 1, clock.serveArgs());
    Device &worker = f.device(QStringLiteral("worker1"));
    const QDateTime one = local(clock.now(), 2, 13);
    const QString first = barntid::newId();
    APPLIED(worker.push({r::upsert(slotEntity, first, slotAt(one, 60))}));
    REFUSED(f, worker, r::upsert(slotEntity, barntid::newId(), slotAt(one.addSecs(1800), 60)),
        "overlap");
    REFUSED(f, worker, r::upsert(slotEntity, barntid::newId(), slotAt(one.addSecs(-1800), 60)),
        "overlap");
    // Touching is not overlapping; another worker's time is theirs.
    const QString second = barntid::newId();
    APPLIED(worker.push({r::upsert(slotEntity, second, slotAt(one.addSecs(3600), 60))}));
    APPLIED(f.device(QStringLiteral("worker2"))
                .push({r::upsert(slotEntity, barntid::newId(), slotAt(one, 60))}));
    // Moving a slot onto another is an overlap too; moving it in its own place is not.
    REFUSED(f, worker,
        r::update(
            slotEntity, pulledRecord(worker, slotEntity, second), slotAt(one.addSecs(1800), 60)),
        "overlap");
    APPLIED(worker.push({r::update(
        slotEntity, pulledRecord(worker, slotEntity, first), slotAt(one.addSecs(-900), 75))}));

    // Within one push: the second of two overlapping new slots is refused.
    const QDateTime three = local(clock.now(), 3, 13);
    const QString a = barntid::newId(), b = barntid::newId();
    const HttpResponse batch = worker.push(
        {r::upsert(slotEntity, a, slotAt(three, 60)), r::upsert(slotEntity, b, slotAt(three, 30))});
    QCOMPARE(outcomes(batch),
        QStringList({QStringLiteral("applied"), QStringLiteral("rejected:overlap")}));
    const Snapshot mine(pullAll(worker).changes);
    QVERIFY(mine.has(slotEntity, a));
    QVERIFY(!mine.has(slotEntity, b));
    // A withdrawn slot frees its time.
    APPLIED(worker.push({r::remove(slotEntity, a, 1)}));
    APPLIED(worker.push({r::upsert(slotEntity, barntid::newId(), slotAt(three, 30))}));
}

void TestServerBooking::bookedSlotStays()
{
    TestClock clock(QDateTime::currentDateTimeUtc());
    ServerFixture f(currentBackend());
    E2E_START(f, 1, clock.serveArgs());
    Device &worker = f.device(QStringLiteral("worker1"));
    Device &foster = f.device(QStringLiteral("foster1"));
    const QDateTime start = local(clock.now(), 3, 10);
    const QString slotId = barntid::newId(), bookingId = barntid::newId();
    APPLIED(
        worker.push({r::upsert(slotEntity, slotId, slotAt(start, 45, QStringLiteral("Rum 1")))}));
    APPLIED(foster.push({r::upsert(bookingEntity, bookingId, bookingOf(slotId))}));

    // The server's copy of what was booked.
    const QJsonObject booked = pulledRecord(foster, bookingEntity, bookingId);
    QCOMPARE(text(booked, "starts_at"), barntid::toRfc3339(start));
    QCOMPARE(text(booked, "ends_at"), barntid::toRfc3339(start.addSecs(45 * 60)));
    QCOMPARE(text(booked, "place"), QStringLiteral("Rum 1"));
    QCOMPARE(text(booked, "owner_name"), QStringLiteral("Anna Lindqvist"));
    QCOMPARE(text(booked, "cancel_until"), barntid::toRfc3339(start.addSecs(-24 * 3600)));
    QCOMPARE(text(booked, "foster_home_id"), foster.homeId());
    QCOMPARE(text(booked, "booked_by"), foster.userId());
    QVERIFY(booked.contains(QLatin1StringView("after_hours")));

    const QJsonObject slot = pulledRecord(worker, slotEntity, slotId);
    REFUSED(f, worker, r::remove(slotEntity, slotId, qint64(slot["version"].toDouble())), "booked");
    REFUSED(f, worker, r::update(slotEntity, slot, slotAt(start.addSecs(3600), 45)), "booked");
    REFUSED(f, worker, r::update(slotEntity, slot, {{QStringLiteral("video"), true}}), "booked");

    // A new place is allowed, and the family's booking follows as a new version.
    APPLIED(worker.push(
        {r::update(slotEntity, slot, {{QStringLiteral("place"), QStringLiteral("Rum 7")}})}));
    const QJsonObject moved = pulledRecord(foster, bookingEntity, bookingId);
    QCOMPARE(text(moved, "place"), QStringLiteral("Rum 7"));
    QCOMPARE(moved["version"].toInteger(), booked["version"].toInteger() + 1);
    QCOMPARE(text(moved, "starts_at"), text(booked, "starts_at"));
}

void TestServerBooking::bookingCreateRules()
{
    TestClock clock(QDateTime::currentDateTimeUtc());
    ServerFixture f(currentBackend());
    E2E_START(f, 1, clock.serveArgs());
    Device &worker = f.device(QStringLiteral("worker1"));
    Device &foster = f.device(QStringLiteral("foster1"));
    const QString otherHome = f.device(QStringLiteral("foster2")).homeId();
    const QString open = barntid::newId();
    APPLIED(worker.push({r::upsert(slotEntity, open, slotAt(local(clock.now(), 2, 9), 60))}));

    REFUSED(f, foster,
        r::upsert(bookingEntity, barntid::newId(), bookingOf(open, QStringLiteral(" \n "))),
        "invalid");
    REFUSED(f, foster,
        r::upsert(bookingEntity, barntid::newId(), bookingOf(open, QString(501, u'a'))), "invalid");
    QJsonObject forOther = bookingOf(open);
    forOther.insert(QStringLiteral("foster_home_id"), otherHome);
    REFUSED(f, foster, r::upsert(bookingEntity, barntid::newId(), forOther), "forbidden");

    // A withdrawn slot is the one neutral answer.
    const QString withdrawn = barntid::newId();
    APPLIED(worker.push({r::upsert(slotEntity, withdrawn, slotAt(local(clock.now(), 2, 11), 30))}));
    APPLIED(worker.push({r::remove(slotEntity, withdrawn, 1)}));
    REFUSED(
        f, foster, r::upsert(bookingEntity, barntid::newId(), bookingOf(withdrawn)), "slot_taken");

    // A slot that has begun (the server's clock moved past its start) is too late.
    const QDateTime soon = clock.now().addSecs(2 * 3600);
    const QString begun = barntid::newId();
    APPLIED(worker.push({r::upsert(slotEntity, begun, slotAt(soon, 60))}));
    clock.set(soon.addSecs(60));
    REFUSED(f, foster, r::upsert(bookingEntity, barntid::newId(), bookingOf(begun)), "too_late");
    clock.set(soon.addSecs(3 * 3600));
    REFUSED(f, foster, r::upsert(bookingEntity, barntid::newId(), bookingOf(begun)), "too_late");

    // 500 characters and the own home named are fine.
    QJsonObject own = bookingOf(open, QString(500, u'a'));
    own.insert(QStringLiteral("foster_home_id"), foster.homeId());
    APPLIED(foster.push({r::upsert(bookingEntity, barntid::newId(), own)}));
}

void TestServerBooking::cancelAndConfirm()
{
    TestClock clock(QDateTime::currentDateTimeUtc());
    ServerFixture f(currentBackend());
    E2E_START(f, 1, clock.serveArgs());
    Device &worker = f.device(QStringLiteral("worker1"));
    Device &foster = f.device(QStringLiteral("foster1"));
    const QDateTime start = local(clock.now(), 3, 10);
    const QString slotId = barntid::newId(), bookingId = barntid::newId();
    APPLIED(worker.push({r::upsert(slotEntity, slotId, slotAt(start, 60))}));
    APPLIED(foster.push({r::upsert(bookingEntity, bookingId, bookingOf(slotId))}));
    const QJsonObject requested = pulledRecord(worker, bookingEntity, bookingId);

    // Confirm, then confirm again from a device that missed the answer (stale base).
    APPLIED(worker.push({withStatus(requested, QStringLiteral("confirmed"))}));
    const qint64 seq = lastSeq(f);
    const QStringList versions = f.db().recordVersions();
    const HttpResponse again = worker.push({withStatus(requested, QStringLiteral("confirmed"))});
    QCOMPARE(outcomes(again), QStringList {QStringLiteral("applied")});
    QCOMPARE(versionOf(again), 2);
    QCOMPARE(lastSeq(f), seq);
    QCOMPARE(f.db().recordVersions(), versions);

    // The worker says why; blank is no reason.
    const QJsonObject confirmed = pulledRecord(worker, bookingEntity, bookingId);
    REFUSED(f, worker, withStatus(confirmed, QStringLiteral("cancelled")), "invalid");
    REFUSED(f, worker, withStatus(confirmed, QStringLiteral("cancelled"), QStringLiteral("  ")),
        "invalid");

    // Within the cut-off the family can no longer cancel here.
    clock.set(start.addSecs(-23 * 3600));
    const QJsonObject familyCopy = pulledRecord(foster, bookingEntity, bookingId);
    REFUSED(f, foster, withStatus(familyCopy, QStringLiteral("cancelled")), "cutoff_passed");
    APPLIED(worker.push(
        {withStatus(confirmed, QStringLiteral("cancelled"), QStringLiteral("Sjuk personal"))}));
    const QJsonObject cancelled = pulledRecord(foster, bookingEntity, bookingId);
    QCOMPARE(text(cancelled, "status"), QStringLiteral("cancelled"));
    QCOMPARE(text(cancelled, "cancel_reason"), QStringLiteral("Sjuk personal"));

    // Cancelling a cancelled booking, by either side and from stale copies: nothing new.
    const qint64 seqAfter = lastSeq(f);
    const QStringList versionsAfter = f.db().recordVersions();
    for (Device *d : {&worker, &foster}) {
        const HttpResponse repeat = d->push({withStatus(requested, QStringLiteral("cancelled"))});
        QCOMPARE(outcomes(repeat), QStringList {QStringLiteral("applied")});
        QCOMPARE(versionOf(repeat), cancelled["version"].toInteger());
    }
    QCOMPARE(lastSeq(f), seqAfter);
    QCOMPARE(f.db().recordVersions(), versionsAfter);

    // Before the cut-off the family cancels, and needs no reason.
    const QString later = barntid::newId(), second = barntid::newId();
    APPLIED(worker.push({r::upsert(slotEntity, later, slotAt(local(clock.now(), 5, 10), 60))}));
    APPLIED(foster.push({r::upsert(bookingEntity, second, bookingOf(later))}));
    APPLIED(foster.push(
        {withStatus(pulledRecord(foster, bookingEntity, second), QStringLiteral("cancelled"))}));
    const QJsonObject own = pulledRecord(foster, bookingEntity, second);
    QCOMPARE(text(own, "status"), QStringLiteral("cancelled"));
    QVERIFY(own.value(QLatin1StringView("cancel_reason")).isNull());
}

QTEST_GUILESS_MAIN(TestServerBooking)
#include "tst_serverbooking.moc"
