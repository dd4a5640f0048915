// SPDX-License-Identifier: GPL-3.0-or-later
// Replays and races (DESIGN.md §6, issue 4): a replayed push answers duplicate with the first
// result and changes nothing, before and after a restart; a stale base_version is a conflict
// that overwrites nothing; twenty devices booking one slot through two server processes on one
// database get exactly one booking.
#include "domain/ids.h"
#include "records.h"
#include "serverharness.h"

#include <QJsonArray>
#include <QTest>

using namespace e2eserver;
namespace r = e2eserver::records;

namespace {

QString idOf(const QJsonObject &o)
{
    return o.value(QLatin1StringView("id")).toString();
}

QJsonObject draftOf(const Snapshot &s)
{
    for (const QJsonObject &v : s.all(QStringLiteral("visit"))) {
        if (v.value(QLatin1StringView("status")).toString() == u"draft")
            return v;
    }
    return {};
}

} // namespace

class TestServerIdempotency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void init() { E2E_SKIP_UNAVAILABLE_BACKEND(); }
    void cleanupTestCase() { TestDatabase::dropTemplates(); }

    void replayAnswersDuplicateAndChangesNothing();
    void staleBaseVersionIsAConflict();
    void twentyDevicesOneSlotOneBooking();
};

void TestServerIdempotency::replayAnswersDuplicateAndChangesNothing()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &w1 = f.device(QStringLiteral("worker1"));
    QVERIFY2(w1.isValid(), w1.login.describe());
    const Snapshot s1(pullAll(w1).changes);
    const Snapshot s4(pullAll(f.device(QStringLiteral("worker4"))).changes);
    const QJsonObject draft = draftOf(s1);
    QVERIFY(!draft.isEmpty());
    const QString caseId = barntid::newId();
    QList<QJsonObject> batch {
        r::upsert(QStringLiteral("case"), caseId, r::caseData(QStringLiteral("R-1"))),
        r::upsert(QStringLiteral("visit"), barntid::newId(), r::visit(caseId, QStringLiteral("a"))),
        r::upsert(QStringLiteral("visit"), barntid::newId(), r::visit(caseId, QStringLiteral("b"))),
        r::update(
            QStringLiteral("visit"), draft, {{QStringLiteral("note"), QStringLiteral("first")}}),
        r::upsert(QStringLiteral("visit"), barntid::newId(),
            r::visit(s4.ids(QStringLiteral("case")).first(), QStringLiteral("not mine"))),
    };
    const HttpResponse first = w1.push(batch);
    QCOMPARE(first.status, 200);
    QCOMPARE(outcomes(first),
        QStringList(
            {QStringLiteral("applied"), QStringLiteral("applied"), QStringLiteral("applied"),
                QStringLiteral("applied"), QStringLiteral("rejected:forbidden")}));
    const auto counts = f.db().counts();
    const QStringList versions = f.db().recordVersions();

    const auto checkReplay = [&](const HttpResponse &replay, const char *when) {
        QVERIFY2(replay.status == 200, replay.describe());
        const QJsonArray a = first.json().value(QLatin1StringView("results")).toArray();
        const QJsonArray b = replay.json().value(QLatin1StringView("results")).toArray();
        QCOMPARE(b.size(), a.size());
        for (int i = 0; i < a.size(); ++i) {
            QJsonObject expected = a.at(i).toObject();
            if (expected.value(QLatin1StringView("status")).toString() == u"applied")
                expected.insert(QStringLiteral("status"), QStringLiteral("duplicate"));
            QVERIFY2(b.at(i).toObject() == expected,
                qPrintable(QStringLiteral("%1, result %2: ").arg(QLatin1StringView(when)).arg(i)
                    + QString::fromUtf8(replay.body)));
        }
        QCOMPARE(f.db().counts(), counts);
        QCOMPARE(f.db().recordVersions(), versions);
    };
    checkReplay(w1.push(batch), "replay");
    if (QTest::currentTestFailed())
        return;
    // The same mutation ids with other content are still the first mutations.
    QList<QJsonObject> altered = batch;
    for (QJsonObject &m : altered) {
        if (m.value(QLatin1StringView("entity")).toString() != u"visit")
            continue;
        QJsonObject data = m.value(QLatin1StringView("data")).toObject();
        data.insert(QStringLiteral("note"), QStringLiteral("rewritten"));
        m.insert(QStringLiteral("data"), data);
    }
    checkReplay(w1.push(altered), "replay with other content");
    if (QTest::currentTestFailed())
        return;
    // The memory of mutations is in the database, not the process.
    f.server().kill();
    QVERIFY2(f.server().start(), qPrintable(f.server().error()));
    checkReplay(w1.push(batch), "replay after a restart");
    if (QTest::currentTestFailed())
        return;
    // A second device that pulls sees each record once, at the first version.
    Device other = f.newDevice(QStringLiteral("worker1"));
    const Snapshot seen(pullAll(other).changes);
    QCOMPARE(
        seen.get(QStringLiteral("visit"), idOf(draft)).value(QLatin1StringView("note")).toString(),
        QStringLiteral("first"));
}

void TestServerIdempotency::staleBaseVersionIsAConflict()
{
    ServerFixture f(currentBackend());
    E2E_START(f);
    Device &a = f.device(QStringLiteral("worker1"));
    Device b = f.newDevice(QStringLiteral("worker1"));
    QVERIFY2(a.isValid() && b.isValid(), b.login.describe());
    const QJsonObject draft = draftOf(Snapshot(pullAll(a).changes));
    const qint64 version = qint64(draft.value(QLatin1StringView("version")).toDouble());
    const HttpResponse won = a.push({r::update(
        QStringLiteral("visit"), draft, {{QStringLiteral("note"), QStringLiteral("A")}})});
    QCOMPARE(outcomes(won), QStringList {QStringLiteral("applied")});
    QCOMPARE(qint64(result(won, 0).value(QLatin1StringView("version")).toDouble()), version + 1);
    const qint64 conflictsBefore = f.db().number(QStringLiteral("SELECT COUNT(*) FROM conflicts"));
    const QJsonObject late = r::update(
        QStringLiteral("visit"), draft, {{QStringLiteral("note"), QStringLiteral("B")}});
    const HttpResponse lost = b.push({late});
    QCOMPARE(outcomes(lost), QStringList {QStringLiteral("conflict:stale_version")});
    QCOMPARE(qint64(result(lost, 0).value(QLatin1StringView("version")).toDouble()), version + 1);
    // The server copy is A's; B's version is kept, not dropped.
    const Snapshot after(pullAll(a).changes);
    QCOMPARE(
        after.get(QStringLiteral("visit"), idOf(draft)).value(QLatin1StringView("note")).toString(),
        QStringLiteral("A"));
    QCOMPARE(f.db().number(QStringLiteral("SELECT COUNT(*) FROM conflicts")), conflictsBefore + 1);
    const QList<QVariantList> kept = f.db().rows(
        QStringLiteral(
            "SELECT data, base_version, server_version FROM conflicts WHERE record_id = ?"),
        {idOf(draft)});
    QVERIFY2(kept.size() == 1, qPrintable(f.db().lastError()));
    QVERIFY(kept.first().at(0).toString().contains(QStringLiteral("\"note\":\"B\"")));
    QCOMPARE(kept.first().at(1).toLongLong(), version);
    QCOMPARE(kept.first().at(2).toLongLong(), version + 1);
    // Replaying the losing mutation answers the same and keeps no second copy.
    QCOMPARE(outcomes(b.push({late})), QStringList {QStringLiteral("conflict:stale_version")});
    QCOMPARE(f.db().number(QStringLiteral("SELECT COUNT(*) FROM conflicts")), conflictsBefore + 1);
    // A delete on a stale version is a conflict too.
    QCOMPARE(outcomes(b.push({r::remove(QStringLiteral("visit"), idOf(draft), version)})),
        QStringList {QStringLiteral("conflict:stale_version")});
    QCOMPARE(f.db().number(
                 QStringLiteral("SELECT deleted FROM records WHERE entity = 'visit' AND id = ?"),
                 {idOf(draft)}),
        0);
}

void TestServerIdempotency::twentyDevicesOneSlotOneBooking()
{
    ServerFixture f(currentBackend());
    E2E_START(f, 2);
    // Both homes see worker1's open slots once worker1 is assigned to foster2's home too.
    const QString home2 = f.db().text(
        QStringLiteral("SELECT foster_home_id FROM users WHERE username = 'foster2'"));
    QVERIFY(!home2.isEmpty());
    const CliRun assign = f.cli({QStringLiteral("foster-home"), QStringLiteral("assign"),
        QStringLiteral("--id"), home2, QStringLiteral("--worker"), QStringLiteral("worker1")});
    QVERIFY2(assign.ok(), qPrintable(assign.describe()));

    std::vector<Device> devices;
    for (int i = 0; i < 20; ++i) {
        devices.push_back(
            signIn(f.url(i % 2), i < 10 ? QStringLiteral("foster1") : QStringLiteral("foster2")));
        QVERIFY2(devices.back().isValid(), devices.back().login.describe());
    }
    const QStringList open1
        = Snapshot(pullAll(devices.front()).changes).ids(QStringLiteral("slot"));
    const QStringList open2 = Snapshot(pullAll(devices.back()).changes).ids(QStringLiteral("slot"));
    QCOMPARE(open1.size(), 12);
    QCOMPARE(open2.size(), 24); // worker4's and worker1's
    for (int round = 0; round < 3; ++round) {
        const QString slot = open1.at(round);
        QVERIFY(open2.contains(slot));
        QList<QNetworkReply *> replies;
        for (Device &d : devices)
            replies << d.startPush(
                {r::upsert(QStringLiteral("booking"), barntid::newId(), r::booking(slot))});
        const QList<HttpResponse> answers = HttpClient::finishAll(replies);
        QStringList all;
        int applied = 0, winner = -1;
        for (int i = 0; i < answers.size(); ++i) {
            QVERIFY2(answers.at(i).status == 200, answers.at(i).describe());
            const QStringList o = outcomes(answers.at(i));
            all << o;
            if (o == QStringList {QStringLiteral("applied")}) {
                ++applied;
                winner = i;
            } else {
                QCOMPARE(o, QStringList {QStringLiteral("rejected:slot_taken")});
            }
        }
        QVERIFY2(applied == 1, qPrintable(all.join(u',')));
        QCOMPARE(
            f.db().number(QStringLiteral("SELECT COUNT(*) FROM records WHERE entity = 'booking' "
                                         "AND parent_id = ? AND deleted = 0"),
                {slot}),
            1);
        // The losing home no longer sees the slot; the winner sees it with its booking.
        const Snapshot won(pullAll(devices.at(size_t(winner))).changes);
        const Snapshot lost(pullAll(devices.at(winner < 10 ? 19 : 0)).changes);
        QVERIFY(won.has(QStringLiteral("slot"), slot));
        QVERIFY(!lost.has(QStringLiteral("slot"), slot));
    }
}

QTEST_GUILESS_MAIN(TestServerIdempotency)
#include "tst_serveridempotency.moc"
