// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, "who may read and change what" (docs/booking.md): a written list of what foster1 of
// the demo municipality tries, each refused or absent, and never an answer that tells another
// family's booking from no booking at all.
#include "bookingsupport.h"
#include "domain/ids.h"
#include "records.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace e2eserver;
using namespace e2eserver::booking;
namespace r = e2eserver::records;

namespace {

const QString slotEntity = QStringLiteral("slot");
const QString bookingEntity = QStringLiteral("booking");

/** A push answer without its mutation id, to compare two answers. */
QString neutral(const HttpResponse &push)
{
    QJsonObject o = result(push, 0);
    o.remove(QStringLiteral("mutation_id"));
    return QString::number(push.status) + u' '
        + QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString neutral(const HttpResponse &get, int)
{
    return QString::number(get.status) + u' ' + QString::fromUtf8(get.body);
}

} // namespace

class TestServerBookingPrivacy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void init() { E2E_SKIP_UNAVAILABLE_BACKEND(); }
    void cleanupTestCase() { TestDatabase::dropTemplates(); }

    void fosterParentSeesOnlyTheirOwn();
};

void TestServerBookingPrivacy::fosterParentSeesOnlyTheirOwn()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &worker1 = f.device(QStringLiteral("worker1"));
    Device &worker4 = f.device(QStringLiteral("worker4"));
    Device &foster1 = f.device(QStringLiteral("foster1"));
    Device &foster2 = f.device(QStringLiteral("foster2"));
    // A second home of worker1's, whose family takes one of worker1's times.
    const QString home9 = barntid::newId();
    QCOMPARE(outcomes(worker1.push({r::upsert(QStringLiteral("foster_home"), home9,
                 r::fosterHome(QStringLiteral("Familjehem Nio")))})),
        QStringList {QStringLiteral("applied")});
    const CliRun add = f.cli(
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--username"),
            QStringLiteral("foster9"), QStringLiteral("--role"), QStringLiteral("foster_parent"),
            QStringLiteral("--foster-home"), home9, QStringLiteral("--display-name"),
            QStringLiteral("Familjen Nio"), QStringLiteral("--password-stdin")},
        "barntid-demo\n");
    QVERIFY2(add.ok(), qPrintable(add.describe()));
    Device foster9 = signIn(f.url(), QStringLiteral("foster9"));
    QVERIFY2(foster9.isValid(), foster9.login.describe());

    const QString link = QStringLiteral("https://meet.kommun.se/hemlig");
    const QString open = barntid::newId(), taken = barntid::newId(), elsewhere = barntid::newId();
    QJsonObject video = r::slot(2);
    video.insert(QStringLiteral("video"), true);
    video.insert(QStringLiteral("video_link"), link);
    QCOMPARE(outcomes(worker1.push(
                 {r::upsert(slotEntity, open, video), r::upsert(slotEntity, taken, r::slot(3))})),
        QStringList({QStringLiteral("applied"), QStringLiteral("applied")}));
    QCOMPARE(outcomes(worker4.push({r::upsert(slotEntity, elsewhere, r::slot(2))})),
        QStringList {QStringLiteral("applied")});
    const QString theirs = barntid::newId(), theirsElsewhere = barntid::newId();
    QCOMPARE(outcomes(foster9.push({r::upsert(bookingEntity, theirs, bookingOf(taken))})),
        QStringList {QStringLiteral("applied")});
    QCOMPARE(
        outcomes(foster2.push({r::upsert(bookingEntity, theirsElsewhere, bookingOf(elsewhere))})),
        QStringList {QStringLiteral("applied")});
    const QString mine = barntid::newId();
    QCOMPARE(outcomes(foster1.push({r::upsert(bookingEntity, mine, bookingOf(open))})),
        QStringList {QStringLiteral("applied")});

    // 1-5: the pull holds the own limited home, open slots of the own workers without links,
    // the own booking (with its link), nothing else.
    const PullLog log = pullAll(foster1);
    QVERIFY2(log.error.isEmpty(), qPrintable(log.error));
    const Snapshot seen(log.changes);
    for (const QString &entity : seen.entities())
        QVERIFY2(QStringList({QStringLiteral("foster_home"), slotEntity, bookingEntity})
                     .contains(entity),
            qPrintable(entity));
    QVERIFY(!seen.has(slotEntity, elsewhere));
    QVERIFY(!seen.has(slotEntity, taken));
    QCOMPARE(seen.ids(bookingEntity), QStringList {mine});
    for (const QJsonObject &slot : seen.all(slotEntity))
        QVERIFY(!slot.contains(QLatin1StringView("video_link")));
    QCOMPARE(text(seen.get(bookingEntity, mine), "video_link"), link);
    for (const char *field : {"case_id", "case_number", "child_name", "placed_case_ids", "note",
             "child_words", "bbic", "worker_ids", "foster_parent_ids", "phone", "device_id"})
        QVERIFY2(!log.bodies.contains(QByteArray("\"") + field + '"'), field);
    // The taken time was open to foster1 once: it leaves as a delete notice, nothing more.
    for (const QString &other : {theirs, theirsElsewhere, elsewhere, home9, foster2.homeId(),
             foster9.userId(), foster2.userId()})
        QVERIFY2(!log.bodies.contains(other.toUtf8()), qPrintable(other));
    QVERIFY(seen.wasDeleted(slotEntity, taken) || !log.bodies.contains(taken.toUtf8()));

    // 6: another home's booking reads exactly as a random id.
    QStringList reads;
    for (const QString &id : {barntid::newId(), theirs, theirsElsewhere})
        reads << neutral(foster1.http->send("GET", QStringLiteral("/v1/records/booking/") + id, {},
                             foster1.auth()),
            0);
    QCOMPARE(reads.at(0).left(4), QStringLiteral("404 "));
    QCOMPARE(reads.at(1), reads.at(0));
    QCOMPARE(reads.at(2), reads.at(0));

    // 7: another worker's slot, a taken slot and no slot answer alike.
    QStringList books;
    for (const QString &slotId : {barntid::newId(), elsewhere, taken})
        books << neutral(
            foster1.push({r::upsert(bookingEntity, barntid::newId(), bookingOf(slotId))}));
    QVERIFY2(books.at(0).contains(QStringLiteral("slot_taken")), qPrintable(books.at(0)));
    QCOMPARE(books.at(1), books.at(0));
    QCOMPARE(books.at(2), books.at(0));

    // 8: cancelling or deleting another home's booking answers as for an id that does not exist.
    QJsonObject cancel = bookingOf(taken);
    cancel.insert(QStringLiteral("status"), QStringLiteral("cancelled"));
    QStringList cancels, deletes;
    for (const QString &id : {barntid::newId(), theirs}) {
        cancels << neutral(foster1.push({r::upsert(bookingEntity, id, cancel, 1)}));
        deletes << neutral(foster1.push({r::remove(bookingEntity, id, 1)}));
    }
    QVERIFY2(cancels.at(0).contains(QStringLiteral("forbidden")), qPrintable(cancels.at(0)));
    QCOMPARE(cancels.at(1), cancels.at(0));
    QVERIFY2(deletes.at(0).contains(QStringLiteral("forbidden")), qPrintable(deletes.at(0)));
    QCOMPARE(deletes.at(1), deletes.at(0));
    QCOMPARE(
        text(pulledRecord(foster9, bookingEntity, theirs), "status"), QStringLiteral("requested"));

    // 9: a family does not confirm, not even their own booking.
    const HttpResponse confirm = foster1.push({r::update(bookingEntity,
        seen.get(bookingEntity, mine), {{QStringLiteral("status"), QStringLiteral("confirmed")}})});
    QCOMPARE(outcomes(confirm), QStringList {QStringLiteral("rejected:forbidden")});

    // 10: no refusal names anyone or carries an id.
    static const QRegularExpression uuid(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-"));
    for (const QString &answer : books + cancels + deletes + reads) {
        const QString message = answer.section(u' ', 1);
        QVERIFY2(!message.contains(uuid), qPrintable(message));
        for (const char *name : {"Nio", "Ahmadi", "Maria", "Berg", "Lindqvist"})
            QVERIFY2(!message.contains(QLatin1String(name)), qPrintable(message));
    }
    QVERIFY(!errorMessage(confirm).contains(uuid));
}

QTEST_GUILESS_MAIN(TestServerBookingPrivacy)
#include "tst_serverbookingprivacy.moc"
