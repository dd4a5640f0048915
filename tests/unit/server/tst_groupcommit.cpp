// SPDX-License-Identifier: GPL-3.0-or-later
// Pushes from the threads of one process on SQLite commit together (GroupCommit), on a real
// database file: each push keeps its own result, one that fails half-way through is undone
// alone, and seq values stay in commit order. The threads are what `serve --workers` runs: each
// its own connection and SyncService; the HTTP path is e2e_serverpullconcurrency.
#include "accounts.h"
#include "database.h"
#include "demoseed.h"
#include "domain/clock.h"
#include "domain/ids.h"
#include "groupcommit.h"
#include "schema.h"
#include "servererror.h"
#include "syncservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <optional>
#include <vector>

using namespace barntid;
using namespace barntid::server;

namespace {

constexpr int pushers = 8;

/** One serving thread: its own connection and service, one push through the group. */
class Pusher : public QThread
{
public:
    Pusher(QString url, int index, GroupCommit &group, Caller caller, protocol::PushRequest request)
        : m_url(std::move(url))
        , m_index(index)
        , m_group(group)
        , m_caller(std::move(caller))
        , m_request(std::move(request))
    { }

    std::optional<protocol::PushResponse> response;
    QString error;

protected:
    void run() override
    {
        try {
            Database db(m_url, QStringLiteral("pusher-%1").arg(m_index));
            Accounts accounts(db, systemClock());
            SyncService sync(db, accounts, systemClock(), {}, &m_group);
            response = sync.push(m_caller, m_request);
        } catch (const ServerError &e) {
            error = e.code;
        }
    }

private:
    QString m_url;
    int m_index;
    GroupCommit &m_group;
    Caller m_caller;
    protocol::PushRequest m_request;
};

/** A new case with a visit; the case's mutation id is caseMutation. */
protocol::PushRequest newCaseWithVisit(
    const QString &caseId, const QString &caseMutation, const QString &number)
{
    const QJsonObject theCase {{QStringLiteral("mutation_id"), caseMutation},
        {QStringLiteral("entity"), QStringLiteral("case")},
        {QStringLiteral("op"), QStringLiteral("upsert")}, {QStringLiteral("id"), caseId},
        {QStringLiteral("base_version"), QJsonValue()},
        {QStringLiteral("data"),
            QJsonObject {{QStringLiteral("case_number"), number},
                {QStringLiteral("child_name"), QStringLiteral("Test T.")},
                {QStringLiteral("birth_year"), 2015},
                {QStringLiteral("protected_identity"), false}}}};
    const QJsonObject visit {{QStringLiteral("mutation_id"), newId()},
        {QStringLiteral("entity"), QStringLiteral("visit")},
        {QStringLiteral("op"), QStringLiteral("upsert")}, {QStringLiteral("id"), newId()},
        {QStringLiteral("base_version"), QJsonValue()},
        {QStringLiteral("data"),
            QJsonObject {{QStringLiteral("case_id"), caseId},
                {QStringLiteral("kind"), QStringLiteral("home")},
                {QStringLiteral("present"), QStringLiteral("child_alone")},
                {QStringLiteral("note"), QStringLiteral("Anteckning.")},
                {QStringLiteral("bbic"), QJsonArray()},
                {QStringLiteral("status"), QStringLiteral("draft")}}}};
    const QByteArray body
        = QJsonDocument(QJsonObject {{QStringLiteral("mutations"), QJsonArray {theCase, visit}}})
              .toJson(QJsonDocument::Compact);
    protocol::ProtocolError problem;
    protocol::PushRequest request = protocol::PushRequest::parse(body, problem);
    if (problem.isError())
        qFatal("the test's push does not parse: %s", qPrintable(problem.message));
    return request;
}

} // namespace

class TestGroupCommit : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void waitingPushesCommitTogetherAndFailAlone();

private:
    qint64 number(const QString &sql, const QVariantList &binds = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_url;
    std::unique_ptr<Database> m_db;
};

void TestGroupCommit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_url = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("server.db"));
    m_db = std::make_unique<Database>(m_url, QStringLiteral("test"));
    Schema::migrate(*m_db);
    QVERIFY(seedDemo(*m_db, systemClock()));
}

void TestGroupCommit::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestGroupCommit::number(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q = m_db->exec(sql, binds);
    return q.next() ? q.value(0).toLongLong() : -1;
}

void TestGroupCommit::waitingPushesCommitTogetherAndFailAlone()
{
    Accounts accounts(*m_db, systemClock());
    const Account worker = *accounts.byUsername(QStringLiteral("worker1"));
    const Caller caller {worker.id, worker.role, worker.teamId, {}, newId()};
    const qint64 seqBefore
        = number(QStringLiteral("SELECT value FROM counters WHERE name = 'seq'"));
    // A real SQLite failure half-way through one push: its case and visit are written, then its
    // mutation ledger row is refused.
    const QString failing = newId();
    m_db->exec(QStringLiteral("CREATE TRIGGER refuse_one BEFORE INSERT ON mutations "
                              "WHEN NEW.mutation_id = '%1' "
                              "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
                   .arg(failing));

    GroupCommit group;
    QStringList caseIds;
    QList<protocol::PushRequest> requests;
    std::vector<std::unique_ptr<Pusher>> threads;
    for (int i = 0; i < pushers; ++i) {
        caseIds << newId();
        requests << newCaseWithVisit(
            caseIds.last(), i == 3 ? failing : newId(), QStringLiteral("G-%1").arg(i));
        threads.push_back(std::make_unique<Pusher>(m_url, i, group, caller, requests.last()));
    }
    // The test holds the process's writer turn: the first push to arrive leads and waits for it,
    // so the other seven queue behind it and form the next group together.
    m_db->begin();
    for (auto &t : threads)
        t->start();
    QVERIFY(QTest::qWaitFor([&] { return group.waiting() == pushers - 1; }, 30'000));
    QCOMPARE(group.groups(), 0);
    m_db->commit();
    for (auto &t : threads)
        QVERIFY(t->wait(30'000));

    QCOMPARE(group.groups(), 2);
    for (int i = 0; i < pushers; ++i) {
        const Pusher &t = *threads.at(i);
        const qint64 rows
            = number(QStringLiteral("SELECT COUNT(*) FROM records WHERE id = ? OR case_id = ?"),
                {caseIds.at(i), caseIds.at(i)});
        if (i == 3) {
            QCOMPARE(t.error, QStringLiteral("internal"));
            QVERIFY(!t.response);
            QCOMPARE(rows, 0); // the case and visit it had written are gone with it
            continue;
        }
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
        QVERIFY(t.response);
        QCOMPARE(t.response->results.size(), 2);
        for (const protocol::MutationResult &r : t.response->results)
            QCOMPARE(r.status, protocol::MutationResult::Status::Applied);
        QCOMPARE(rows, 2);
    }
    // Seq values went to the 14 records kept, one each, none to the undone push.
    QCOMPARE(number(QStringLiteral("SELECT value FROM counters WHERE name = 'seq'")),
        seqBefore + 2 * (pushers - 1));
    QCOMPARE(number(QStringLiteral("SELECT COUNT(DISTINCT seq) FROM records WHERE seq > ?"),
                 {seqBefore}),
        2 * (pushers - 1));
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM mutations WHERE device_id = ?"),
                 {caller.deviceId}),
        2 * (pushers - 1));

    // Once the fault is gone the device's retry applies, through a group of one.
    m_db->exec(QStringLiteral("DROP TRIGGER refuse_one"));
    Pusher retry(m_url, 99, group, caller, requests.at(3));
    retry.start();
    QVERIFY(retry.wait(30'000));
    QVERIFY2(retry.error.isEmpty(), qPrintable(retry.error));
    QCOMPARE(retry.response->results.first().status, protocol::MutationResult::Status::Applied);
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM records WHERE id = ? OR case_id = ?"),
                 {caseIds.at(3), caseIds.at(3)}),
        2);
    QCOMPARE(group.groups(), 3);
}

QTEST_GUILESS_MAIN(TestGroupCommit)
#include "tst_groupcommit.moc"
