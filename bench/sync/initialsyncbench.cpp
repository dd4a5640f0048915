// SPDX-License-Identifier: GPL-3.0-or-later
// A fresh device's first sync of a whole scope, against curl fetching the same pages (same
// since/limit sequence, same token) plus raw SQLCipher inserts of the same rows.
#include "benchdevice.h"
#include "benchtiming.h"
#include "curlbatch.h"
#include "domain/clock.h"
#include "engine/syncclient.h"
#include "engine/syncengine.h"
#include "engine/syncsession.h"
#include "rawpagewriter.h"
#include "recordingnetwork.h"
#include "store/securebytes.h"
#include "store/store.h"
#include "syncbench.h"
#include "visitmaker.h"

#include <QDir>
#include <QTemporaryDir>

#include <cstdio>
#include <stdexcept>
#include <vector>

namespace barntid::bench {

namespace {

const QString worker = QStringLiteral("worker2");

/** Tops worker2's scope up to exactly `records` with one new case and its visits, pushed as
 *  worker2 (so the server keeps them as that worker's). */
void fillScope(const SyncBenchConfig &config, const QUrl &server)
{
    BenchDevice filler(server);
    filler.login(worker);
    const int missing = config.scopeRecords - filler.pullAll(1000).changes;
    if (missing < 1)
        return;
    VisitMaker maker(4711);
    const protocol::Mutation theCase = maker.newCase(filler.userId(), filler.deviceId());
    QList<protocol::Mutation> pending {theCase};
    for (int i = 1; i < missing; ++i)
        pending.append(maker.newVisit(theCase.id, filler.userId(), filler.deviceId()));
    for (qsizetype at = 0; at < pending.size(); at += 500) {
        const protocol::PushRequest request {pending.mid(at, 500)};
        requireApplied(filler.post(QStringLiteral("/v1/sync/push"), request.toJson()),
            int(request.mutations.size()));
    }
}

struct DeviceRun
{
    double ms = 0;
    double waitMs = 0;
    QList<QUrl> urls;
    QString token;
};

DeviceRun runDevice(const SyncBenchConfig &config, const QUrl &server, const QString &dir)
{
    Store store(dir, systemClock());
    store.initialize(QStringLiteral("482915"));
    RecordingNetwork network;
    sync::SyncClient client(network, server);
    if (const sync::SyncError e = sync::SyncSession(store).login(
            client, worker, QStringLiteral("barntid-demo"), QStringLiteral("bench tablet"));
        e.isError())
        throw std::runtime_error("device login: " + e.describe().toStdString());
    network.clear();
    sync::SyncOptions options;
    options.pullLimit = config.pullLimit;
    sync::SyncEngine engine(store, client, options);
    sync::SyncReport report;
    DeviceRun run;
    run.ms = elapsedMs([&] { report = engine.run(); });
    if (report.error.isError() || !report.complete || report.pulled != config.scopeRecords
        || report.unusable != 0)
        throw std::runtime_error(
            qPrintable(QStringLiteral("device sync: %1 changes of %2 (%3 unusable) %4")
                           .arg(report.pulled)
                           .arg(config.scopeRecords)
                           .arg(report.unusable)
                           .arg(report.error.describe())));
    run.waitMs = network.waitMs;
    run.urls = network.urls;
    run.token = client.token();
    return run;
}

struct BaselineRun
{
    double fetchMs = 0;
    double insertMs = 0;
};

BaselineRun runBaseline(const DeviceRun &device, const QString &dir)
{
    CurlBatch curl(QDir(dir).filePath(QStringLiteral("curl")), device.token);
    for (const QUrl &url : device.urls)
        curl.get(url);
    const SecureBytes key = SecureBytes::random(32);
    RawPageWriter writer(QDir(dir).filePath(QStringLiteral("raw.db")), key);
    BaselineRun run;
    run.fetchMs = elapsedMs([&] { curl.run(); });
    int rows = 0;
    run.insertMs = elapsedMs([&] {
        for (qsizetype i = 0; i < curl.size(); ++i)
            rows += writer.writePage(curl.answer(i));
    });
    Q_UNUSED(rows);
    return run;
}

} // namespace

void benchInitialSync(const SyncBenchConfig &config, const QUrl &server)
{
    fillScope(config, server);
    std::vector<double> deviceMs, waitMs, baseMs, fetchMs, insertMs;
    qsizetype pages = 0;
    for (int round = 0; round < config.rounds; ++round) {
        QTemporaryDir dir(QDir(config.tempDir).filePath(QStringLiteral("initial-XXXXXX")));
        if (!dir.isValid())
            throw std::runtime_error("no temporary directory");
        // The baseline replays the device's requests, so the device goes first; the disk and
        // the server's caches are warm for both after the first round.
        const DeviceRun device = runDevice(config, server, dir.filePath(QStringLiteral("device")));
        const BaselineRun base = runBaseline(device, dir.filePath(QStringLiteral("baseline")));
        deviceMs.push_back(device.ms);
        waitMs.push_back(device.waitMs);
        fetchMs.push_back(base.fetchMs);
        insertMs.push_back(base.insertMs);
        baseMs.push_back(base.fetchMs + base.insertMs);
        pages = device.urls.size();
    }
    const double ours = median(deviceMs), base = median(baseMs);
    std::printf("initial sync %d: ratio %.2f (device %.*f ms, curl + raw inserts %.*f ms); "
                "%lld pages; device waiting for HTTP %.*f ms, curl %.*f ms, raw inserts %.*f ms\n",
        config.scopeRecords, base > 0 ? ours / base : 0.0, decimalsFor(ours), ours,
        decimalsFor(base), base, static_cast<long long>(pages), decimalsFor(median(waitMs)),
        median(waitMs), decimalsFor(median(fetchMs)), median(fetchMs),
        decimalsFor(median(insertMs)), median(insertMs));
    std::fflush(stdout);
}

} // namespace barntid::bench
