// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13: twenty families, each in their own foster home with the same social worker, book the
// same evening time at once, through two server processes on PostgreSQL (one on SQLite). Exactly
// one gets it; the rest get the neutral slot_taken, and the time leaves their view.
#include "bookingsupport.h"
#include "domain/ids.h"
#include "records.h"

#include <QTest>

using namespace e2eserver;
using namespace e2eserver::booking;
namespace r = e2eserver::records;

class TestServerBookingRace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void init() { E2E_SKIP_UNAVAILABLE_BACKEND(); }
    void cleanupTestCase() { TestDatabase::dropTemplates(); }

    void twentyHomesOneSlot();
};

void TestServerBookingRace::twentyHomesOneSlot()
{
    constexpr int families = 20;
    const int processes = currentBackend() == Backend::Postgres ? 2 : 1;
    ServerFixture f(currentBackend());
    E2E_START(f, processes);
    Device &worker = f.device(QStringLiteral("worker1"));
    QList<QJsonObject> homes;
    QStringList homeIds;
    for (int i = 0; i < families; ++i) {
        homeIds << barntid::newId();
        homes << r::upsert(QStringLiteral("foster_home"), homeIds.last(),
            r::fosterHome(QStringLiteral("Familjehem %1").arg(i + 1)));
    }
    QCOMPARE(outcomes(worker.push(homes)), QStringList(families, QStringLiteral("applied")));
    std::vector<Device> devices;
    for (int i = 0; i < families; ++i) {
        const QString username = QStringLiteral("race%1").arg(i + 1);
        const CliRun add = f.cli(
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--username"), username,
                QStringLiteral("--role"), QStringLiteral("foster_parent"),
                QStringLiteral("--foster-home"), homeIds.at(i), QStringLiteral("--password-stdin")},
            "barntid-demo\n");
        QVERIFY2(add.ok(), qPrintable(add.describe()));
        devices.push_back(signIn(f.url(i % processes), username));
        QVERIFY2(devices.back().isValid(), devices.back().login.describe());
    }
    const QString slotId = barntid::newId();
    QCOMPARE(outcomes(worker.push({r::upsert(QStringLiteral("slot"), slotId, r::slot(2))})),
        QStringList {QStringLiteral("applied")});
    for (Device &d : devices)
        QVERIFY(Snapshot(pullAll(d).changes).has(QStringLiteral("slot"), slotId));

    // Every request is on its way before the first answer is read.
    QList<QJsonObject> mutations;
    QList<QNetworkReply *> replies;
    for (Device &d : devices) {
        mutations << r::upsert(QStringLiteral("booking"), barntid::newId(), bookingOf(slotId));
        replies << d.startPush({mutations.last()});
    }
    const QList<HttpResponse> answers = HttpClient::finishAll(replies);
    int winner = -1;
    QStringList all;
    for (int i = 0; i < answers.size(); ++i) {
        QVERIFY2(answers.at(i).status == 200, answers.at(i).describe());
        const QStringList o = outcomes(answers.at(i));
        all << o;
        if (o == QStringList {QStringLiteral("applied")}) {
            QVERIFY2(winner < 0, qPrintable(all.join(u',')));
            winner = i;
        } else {
            QCOMPARE(o, QStringList {QStringLiteral("rejected:slot_taken")});
        }
    }
    QVERIFY2(winner >= 0, qPrintable(all.join(u',')));

    // The winner's device missed the answer and sends the same request again.
    Device &won = devices.at(size_t(winner));
    QCOMPARE(outcomes(won.push({mutations.at(winner)})), QStringList {QStringLiteral("duplicate")});
    QCOMPARE(f.db().number(QStringLiteral("SELECT COUNT(*) FROM records WHERE entity = 'booking' "
                                          "AND parent_id = ? AND deleted = 0"),
                 {slotId}),
        1);
    QVERIFY(Snapshot(pullAll(won).changes).has(QStringLiteral("slot"), slotId));
    for (int i = 0; i < families; ++i) {
        if (i == winner)
            continue;
        const PullLog log = pullAll(devices.at(size_t(i)));
        QVERIFY2(log.error.isEmpty(), qPrintable(log.error));
        QVERIFY2(!Snapshot(log.changes).has(QStringLiteral("slot"), slotId),
            qPrintable(QStringLiteral("family %1 still sees the taken time").arg(i + 1)));
    }
}

QTEST_GUILESS_MAIN(TestServerBookingRace)
#include "tst_serverbookingrace.moc"
