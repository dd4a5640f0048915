// SPDX-License-Identifier: GPL-3.0-or-later
// Pull of a whole scope by a fresh device, page by page, against one SELECT of the same rows.
#include "benchdatabase.h"
#include "benchdevice.h"
#include "benchtiming.h"
#include "rawrecords.h"
#include "serverbench.h"
#include "visitmaker.h"

#include <cstdio>
#include <stdexcept>
#include <vector>

namespace barntid::bench {

void pushCaseWithVisits(BenchDevice &device, int records, quint32 seed, int batchSize)
{
    VisitMaker maker(seed);
    const protocol::Mutation theCase = maker.newCase(device.userId(), device.deviceId());
    QList<protocol::Mutation> pending {theCase};
    for (int i = 1; i < records; ++i)
        pending.append(maker.newVisit(theCase.id, device.userId(), device.deviceId()));
    for (qsizetype at = 0; at < pending.size(); at += batchSize) {
        const protocol::PushRequest request {pending.mid(at, batchSize)};
        requireApplied(device.post(QStringLiteral("/v1/sync/push"), request.toJson()),
            int(request.mutations.size()));
    }
}

namespace {

/** Tops worker3's scope (the demo cases and visits) up to exactly `records` with one new case
 *  and its visits. */
void fillScope(const ServerBenchConfig &config, const ServerTarget &target)
{
    BenchDevice filler(target.server);
    filler.login(QStringLiteral("worker3"));
    const int missing = config.pullRecords - filler.pullAll(config.pullLimit).changes;
    if (missing >= 1)
        pushCaseWithVisits(filler, missing, 1789, config.batchSize);
}

} // namespace

void benchPull(const ServerBenchConfig &config, const ServerTarget &target)
{
    fillScope(config, target);
    RawRecords raw(*target.database);
    std::vector<double> pullMs, requestMs, selectMs;
    qint64 bytes = 0;
    for (int round = 0; round < config.rounds; ++round) {
        BenchDevice device(target.server); // a fresh device; its login is not timed
        device.login(QStringLiteral("worker3"));
        PullTotals totals;
        pullMs.push_back(elapsedMs([&] { totals = device.pullAll(config.pullLimit); }));
        requestMs.push_back(totals.requestMs);
        int rows = 0;
        selectMs.push_back(elapsedMs(
            [&] { rows = raw.selectScope(QStringLiteral("user:") + device.userId(), nullptr); }));
        if (totals.changes != config.pullRecords || rows != config.pullRecords)
            throw std::runtime_error(qPrintable(
                QStringLiteral("pull brought %1 changes and the SELECT %2 rows; expected %3")
                    .arg(totals.changes)
                    .arg(rows)
                    .arg(config.pullRecords)));
        bytes = totals.bytes;
    }
    // Two figures: the server's (each page from request to last byte, what the target is about)
    // and the device's (the same plus parsing every page, which no server change can shorten).
    const double served = median(requestMs);
    const double ours = median(pullMs);
    const double base = median(selectMs);
    std::printf("pull %d (%s): ratio %.2f (server %.*f ms, %lld bytes; raw select %.*f ms)\n",
        config.pullRecords, qPrintable(target.name), base > 0 ? served / base : 0.0,
        decimalsFor(served), served, static_cast<long long>(bytes), decimalsFor(base), base);
    std::printf("pull %d, parsed by the device (%s): ratio %.2f (%.*f ms; raw select %.*f ms)\n",
        config.pullRecords, qPrintable(target.name), base > 0 ? ours / base : 0.0,
        decimalsFor(ours), ours, decimalsFor(base), base);
    std::fflush(stdout);
}

} // namespace barntid::bench
