// SPDX-License-Identifier: GPL-3.0-or-later
// GET /v1/bookings/<id>/calendar through the real server: the family and the worker whose slot
// it is get the .ics; everyone else gets the answer an unknown id gets. Confirming bumps
// SEQUENCE, cancelling makes it a CANCEL. Never the purpose or the reason.
#include "domain/ids.h"
#include "records.h"
#include "serverharness.h"

#include <QTest>

using namespace e2eserver;
namespace r = e2eserver::records;

namespace {

const QString purpose = QStringLiteral("HEMLIGT-SYFTE om Kalle, ärende 2026-0042");

QByteArray valueOf(const QByteArray &ics, const QByteArray &name)
{
    QByteArray joined = ics;
    joined.replace("\r\n ", "");
    for (const QByteArray &line : joined.split('\n')) {
        if (line.startsWith(name + ':'))
            return line.mid(name.size() + 1).chopped(line.endsWith('\r') ? 1 : 0);
    }
    return "<absent>";
}

/** The ics without its DTSTAMP (the moment it was made). */
QByteArray withoutStamp(QByteArray ics)
{
    const qsizetype at = ics.indexOf("DTSTAMP:");
    if (at >= 0)
        ics.remove(at, ics.indexOf("\r\n", at) + 2 - at);
    return ics;
}

QJsonObject pulled(Device &device, const QString &entity, const QString &id)
{
    const PullLog log = pullAll(device);
    Snapshot snapshot(log.changes);
    return snapshot.get(entity, id);
}

/** An open slot of foster1's worker from the demo data, as foster1 pulls it. */
QString openDemoSlot(Device &foster)
{
    const Snapshot snapshot(pullAll(foster).changes);
    const QList<QJsonObject> open = snapshot.all(QStringLiteral("slot"));
    return open.isEmpty() ? QString() : open.first().value(QLatin1StringView("id")).toString();
}

HttpResponse calendar(Device &device, const QString &bookingId)
{
    return device.http->send(
        "GET", QStringLiteral("/v1/bookings/%1/calendar").arg(bookingId), {}, device.auth());
}

QStringList push(
    Device &device, const QString &entity, const QJsonObject &record, const QJsonObject &changes)
{
    return outcomes(device.push({r::update(entity, record, changes)}));
}

} // namespace

class TestServerCalendar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void init() { E2E_SKIP_UNAVAILABLE_BACKEND(); }
    void cleanupTestCase() { TestDatabase::dropTemplates(); }

    void familyAndWorkerGetTheCalendar();
};

void TestServerCalendar::familyAndWorkerGetTheCalendar()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &foster = f.device(QStringLiteral("foster1"));
    Device &worker = f.device(QStringLiteral("worker1"));
    const QString slotId = openDemoSlot(foster);
    QVERIFY2(!slotId.isEmpty(), "the demo data has open slots for foster1's worker");
    const QString bookingId = barntid::newId();
    QJsonObject booking = r::booking(slotId);
    booking.insert(QStringLiteral("purpose"), purpose);
    QCOMPARE(outcomes(foster.push({r::upsert(QStringLiteral("booking"), bookingId, booking)})),
        QStringList {QStringLiteral("applied")});

    const HttpResponse mine = calendar(foster, bookingId);
    QCOMPARE(mine.status, 200);
    QCOMPARE(mine.contentType, QByteArray("text/calendar; charset=utf-8"));
    QCOMPARE(mine.contentDisposition, QByteArray("attachment; filename=\"mote.ics\""));
    QCOMPARE(valueOf(mine.body, "UID"), (bookingId + QStringLiteral("@barntid")).toUtf8());
    QCOMPARE(valueOf(mine.body, "SEQUENCE"), QByteArray("0"));
    QCOMPARE(valueOf(mine.body, "STATUS"), QByteArray("TENTATIVE"));
    QCOMPARE(valueOf(mine.body, "METHOD"), QByteArray("PUBLISH"));
    QVERIFY(valueOf(mine.body, "DTSTART;TZID=Europe/Stockholm").startsWith("20"));
    QVERIFY(valueOf(mine.body, "SUMMARY").startsWith("Möte med "));
    QVERIFY(!mine.body.contains("HEMLIGT") && !mine.body.contains("Kalle"));
    const HttpResponse owners = calendar(worker, bookingId);
    QCOMPARE(owners.status, 200);
    QCOMPARE(withoutStamp(owners.body), withoutStamp(mine.body));

    // Another family, a worker of another team, a supervisor: exactly the unknown id's answer.
    const QString unknown = barntid::newId();
    for (const char *name : {"foster2", "worker4", "worker2", "supervisor1", "admin"}) {
        Device &other = f.device(QString::fromLatin1(name));
        const HttpResponse theirs = calendar(other, bookingId);
        const HttpResponse none = calendar(other, unknown);
        QCOMPARE(theirs.status, 404);
        QCOMPARE(theirs.errorCode(), QStringLiteral("not_found"));
        QCOMPARE(theirs.body, none.body);
        QCOMPARE(theirs.contentType, none.contentType);
    }
    QCOMPARE(calendar(foster, QStringLiteral("not-an-id")).body, calendar(foster, unknown).body);
    QCOMPARE(
        foster.http->send("GET", QStringLiteral("/v1/bookings/%1/calendar").arg(bookingId)).status,
        401);

    QCOMPARE(push(worker, QStringLiteral("booking"),
                 pulled(worker, QStringLiteral("booking"), bookingId),
                 {{QStringLiteral("status"), QStringLiteral("confirmed")}}),
        QStringList {QStringLiteral("applied")});
    const HttpResponse confirmed = calendar(foster, bookingId);
    QCOMPARE(valueOf(confirmed.body, "SEQUENCE"), QByteArray("1"));
    QCOMPARE(valueOf(confirmed.body, "STATUS"), QByteArray("CONFIRMED"));
    QCOMPARE(valueOf(confirmed.body, "UID"), valueOf(mine.body, "UID"));

    QCOMPARE(push(worker, QStringLiteral("booking"),
                 pulled(worker, QStringLiteral("booking"), bookingId),
                 {{QStringLiteral("status"), QStringLiteral("cancelled")},
                     {QStringLiteral("cancel_reason"), QStringLiteral("ORSAK-SJUK")}}),
        QStringList {QStringLiteral("applied")});
    const HttpResponse cancelled = calendar(foster, bookingId);
    QCOMPARE(valueOf(cancelled.body, "METHOD"), QByteArray("CANCEL"));
    QCOMPARE(valueOf(cancelled.body, "STATUS"), QByteArray("CANCELLED"));
    QCOMPARE(valueOf(cancelled.body, "SEQUENCE"), QByteArray("2"));
    QVERIFY(!cancelled.body.contains("ORSAK") && !cancelled.body.contains("HEMLIGT"));

    // Every answer is in the audit log, the refusals included.
    QCOMPARE(f.db().number(QStringLiteral("SELECT COUNT(*) FROM audit WHERE entity = 'booking' "
                                          "AND record_id = ? AND outcome = 'calendar'"),
                 {bookingId}),
        4);
    QCOMPARE(f.db().number(QStringLiteral("SELECT COUNT(*) FROM audit WHERE entity = 'booking' "
                                          "AND record_id = ? AND outcome = 'not_found'"),
                 {bookingId}),
        5);
}

QTEST_GUILESS_MAIN(TestServerCalendar)
#include "tst_servercalendar.moc"
