// SPDX-License-Identifier: GPL-3.0-or-later
// A device pushing its pending visits (made through the store's repositories, so the outbox is
// real), against curl POSTing the same mutations in the same batch sizes.
#include "benchtiming.h"
#include "curlbatch.h"
#include "domain/case.h"
#include "domain/clock.h"
#include "domain/ids.h"
#include "domain/visit.h"
#include "engine/pageapplier.h"
#include "engine/pushledger.h"
#include "engine/syncclient.h"
#include "engine/syncengine.h"
#include "engine/syncsession.h"
#include "recordingnetwork.h"
#include "store/outbox.h"
#include "store/repository.h"
#include "store/store.h"
#include "store/visitrepository.h"
#include "syncbench.h"
#include "visitmaker.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>
#include <stdexcept>
#include <vector>

namespace barntid::bench {

namespace {

const QString worker = QStringLiteral("worker1");
const QString password = QStringLiteral("barntid-demo");

[[noreturn]] void fail(const QString &what, const sync::SyncError &e)
{
    throw std::runtime_error(qPrintable(what + QStringLiteral(": ") + e.describe()));
}

/** A device that has synced before: logged in, its case on the server, its cursor at the
 *  server's checkpoint (so the timed run pulls only what the upload itself changes), then
 *  `visits` pending visits on that case. */
QString prepareDevice(Store &store, sync::SyncClient &client, int visits)
{
    store.initialize(QStringLiteral("482915"));
    if (const sync::SyncError e
        = sync::SyncSession(store).login(client, worker, password, QStringLiteral("bench tablet"));
        e.isError())
        fail(QStringLiteral("device login"), e);
    Case c;
    c.caseNumber = QStringLiteral("UPLOAD-%1").arg(newId().left(8));
    c.childName = QStringLiteral("Bench B.");
    c.birthYear = 2015;
    const QString caseId = Repository<Case>(store).create(c).meta.id;
    sync::PushLedger ledger(store);
    const QList<Mutation> rows = ledger.take(1);
    protocol::PushResponse response;
    if (const sync::SyncError e = client.push(sync::PushLedger::request(rows), response);
        e.isError())
        fail(QStringLiteral("case push"), e);
    ledger.apply(rows, response);
    sync::PageApplier(store).setCursor(response.checkpoint);

    // Setup only: each create is its own transaction, so skip the fsyncs while filling.
    store.connection().exec("PRAGMA synchronous = OFF");
    VisitMaker maker(2024);
    VisitRepository repository(store);
    for (int i = 0; i < visits; ++i) {
        Visit v = Visit::fromJson(maker.newVisit(caseId, {}, {}).data);
        v.meta = {};
        repository.create(v);
    }
    store.connection().exec("PRAGMA synchronous = FULL");
    return caseId;
}

/** The same mutations as the device's outbox, with fresh ids (the server would answer the
 *  device's own ids as duplicates), in the engine's batch size. */
QList<QByteArray> baselineBodies(Store &store, int visits, int batch)
{
    QList<Mutation> rows = Outbox(store).pending(visits);
    for (Mutation &m : rows) {
        m.mutationId = newId();
        m.recordId = newId();
        m.payload.insert(QStringLiteral("id"), m.recordId);
    }
    QList<QByteArray> bodies;
    for (qsizetype at = 0; at < rows.size(); at += batch)
        bodies.append(sync::PushLedger::request(rows.mid(at, batch)).toJson());
    return bodies;
}

int appliedIn(const QByteArray &answer)
{
    int applied = 0;
    const QJsonArray results
        = QJsonDocument::fromJson(answer).object().value(QLatin1StringView("results")).toArray();
    for (const QJsonValue &r : results)
        applied += r.toObject().value(QLatin1StringView("status")).toString() == u"applied";
    return applied;
}

struct Round
{
    double pushMs = 0; ///< run start until the last push answer is applied locally
    int pushRequests = 0;
    double pushWaitMs = 0; ///< of pushMs, waiting for the server's answers
    double runMs = 0; ///< the whole run, with the pull of the server's echoes
    int runRequests = 0;
    double curlMs = 0;
};

Round runRound(
    const SyncBenchConfig &config, const QUrl &server, const QString &dir, bool curlFirst)
{
    Store store(QDir(dir).filePath(QStringLiteral("device")), systemClock());
    RecordingNetwork network;
    sync::SyncClient client(network, server);
    prepareDevice(store, client, config.uploadVisits);

    // The baseline's token: another device of the same worker.
    sync::SyncClient curlLogin(network, server);
    sync::LoginResult login;
    if (const sync::SyncError e
        = curlLogin.login({worker, password, newId(), QStringLiteral("bench curl")}, login);
        e.isError())
        fail(QStringLiteral("curl login"), e);
    CurlBatch curl(QDir(dir).filePath(QStringLiteral("curl")), login.token);
    const QUrl push = server.resolved(QUrl(QStringLiteral("/v1/sync/push")));
    for (const QByteArray &body : baselineBodies(store, config.uploadVisits, config.pushBatch))
        curl.post(push, body);

    Round round;
    const auto runCurl = [&] {
        round.curlMs = elapsedMs([&] { curl.run(); });
        int applied = 0;
        for (qsizetype i = 0; i < curl.size(); ++i)
            applied += appliedIn(curl.answer(i));
        if (applied != config.uploadVisits)
            throw std::runtime_error("curl: not every mutation was applied");
    };
    if (curlFirst)
        runCurl();

    sync::SyncOptions options;
    options.pushBatch = config.pushBatch;
    options.pullLimit = config.pullLimit;
    sync::SyncEngine engine(store, client, options);
    const int before = client.requestCount();
    network.clear();
    QElapsedTimer timer;
    engine.setProgressHandler([&](const sync::SyncReport &r) {
        if (round.pushMs == 0 && r.pushed >= config.uploadVisits) {
            round.pushMs = double(timer.nsecsElapsed()) / 1e6;
            round.pushRequests = client.requestCount() - before;
            round.pushWaitMs = network.waitMs;
        }
    });
    timer.start();
    const sync::SyncReport report = engine.run();
    round.runMs = double(timer.nsecsElapsed()) / 1e6;
    round.runRequests = client.requestCount() - before;
    if (report.error.isError() || report.applied != config.uploadVisits || !report.safeToLeave)
        throw std::runtime_error(qPrintable(QStringLiteral("device upload: %1 of %2 applied %3")
                                                .arg(report.applied)
                                                .arg(config.uploadVisits)
                                                .arg(report.error.describe())));

    if (!curlFirst)
        runCurl();
    return round;
}

} // namespace

void benchUpload(const SyncBenchConfig &config, const QUrl &server)
{
    std::vector<double> pushMs, waitMs, runMs, curlMs;
    int pushRequests = 0, runRequests = 0;
    for (int i = 0; i < config.rounds; ++i) {
        QTemporaryDir dir(QDir(config.tempDir).filePath(QStringLiteral("upload-XXXXXX")));
        if (!dir.isValid())
            throw std::runtime_error("no temporary directory");
        const Round r = runRound(config, server, dir.path(), i % 2 == 1);
        pushMs.push_back(r.pushMs);
        waitMs.push_back(r.pushWaitMs);
        runMs.push_back(r.runMs);
        curlMs.push_back(r.curlMs);
        pushRequests = r.pushRequests;
        runRequests = r.runRequests;
    }
    const double ours = median(pushMs), base = median(curlMs), whole = median(runMs);
    const double wait = median(waitMs);
    std::printf("upload %d: ratio %.2f (device %.*f ms in %d requests, curl %.*f ms); "
                "device waiting for HTTP %.*f ms; whole run with the pull of the server's echoes "
                "%.*f ms in %d requests\n",
        config.uploadVisits, base > 0 ? ours / base : 0.0, decimalsFor(ours), ours, pushRequests,
        decimalsFor(base), base, decimalsFor(wait), wait, decimalsFor(whole), whole, runRequests);
    std::fflush(stdout);
}

} // namespace barntid::bench
