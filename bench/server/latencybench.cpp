// SPDX-License-Identifier: GPL-3.0-or-later
// Push latency with many devices pushing at once (each waits for its answer before the next
// push, as the sync engine does) against the same pushes from one device, one after the other.
#include "benchdevice.h"
#include "benchtiming.h"
#include "serverbench.h"
#include "visitmaker.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <vector>

namespace barntid::bench {

namespace {

/** The push bodies of one phase: device d's push p carries sizes[d][p] new visits. */
QList<QList<QByteArray>> makeBodies(VisitMaker &maker, const QList<QList<int>> &sizes,
    const std::function<const BenchDevice &(int)> &deviceFor,
    const std::function<QString(int)> &caseFor)
{
    QList<QList<QByteArray>> bodies;
    for (int d = 0; d < sizes.size(); ++d) {
        const BenchDevice &device = deviceFor(d);
        QList<QByteArray> mine;
        for (const int n : sizes.at(d)) {
            protocol::PushRequest request;
            for (int i = 0; i < n; ++i)
                request.mutations.append(
                    maker.newVisit(caseFor(d), device.userId(), device.deviceId()));
            mine.append(request.toJson());
        }
        bodies.append(mine);
    }
    return bodies;
}

/** Every device sends its pushes one after the other, all devices at once. */
void runConcurrently(std::vector<std::unique_ptr<BenchDevice>> &devices,
    const QList<QList<QByteArray>> &bodies, const QList<QList<int>> &sizes,
    std::vector<double> &latencies)
{
    QEventLoop loop;
    int running = int(devices.size());
    std::function<void(int, int)> send = [&](int d, int p) {
        devices.at(d)->postAsync(
            QStringLiteral("/v1/sync/push"), bodies.at(d).at(p), [&, d, p](const HttpReply &reply) {
                requireApplied(reply, sizes.at(d).at(p));
                latencies.push_back(reply.ms);
                if (p + 1 < bodies.at(d).size())
                    send(d, p + 1);
                else if (--running == 0)
                    loop.quit();
            });
    };
    for (int d = 0; d < int(devices.size()); ++d)
        send(d, 0);
    loop.exec();
}

} // namespace

void benchPushLatency(const ServerBenchConfig &config, const ServerTarget &target)
{
    // Devices spread over the four workers, each pushing visits on a case of its worker.
    std::vector<std::unique_ptr<BenchDevice>> devices;
    for (int d = 0; d < config.devices; ++d) {
        devices.push_back(std::make_unique<BenchDevice>(target.server));
        devices.back()->login(demoWorkers().at(d % demoWorkers().size()));
    }
    VisitMaker maker(2024);
    QHash<QString, QString> caseOf; // user id → case id
    for (int w = 0; w < qMin(config.devices, int(demoWorkers().size())); ++w) {
        BenchDevice &owner = *devices.at(w);
        const protocol::Mutation c = maker.newCase(owner.userId(), owner.deviceId());
        requireApplied(
            owner.post(QStringLiteral("/v1/sync/push"), protocol::PushRequest {{c}}.toJson()), 1);
        caseOf.insert(owner.userId(), c.id);
    }
    BenchDevice single(target.server);
    single.login(demoWorkers().first());

    QRandomGenerator random(99);
    QList<QList<int>> sizes; // 1-5 visits a push
    for (int d = 0; d < config.devices; ++d) {
        QList<int> mine;
        for (int p = 0; p < config.pushesPerDevice; ++p)
            mine.append(1 + int(random.bounded(5)));
        sizes.append(mine);
    }

    std::vector<double> together, alone;
    double togetherMs = 0;
    for (int round = 0; round < config.latencyRounds; ++round) {
        const QList<QList<QByteArray>> bodies = makeBodies(
            maker, sizes, [&](int d) -> const BenchDevice & { return *devices.at(d); },
            [&](int d) { return caseOf.value(devices.at(d)->userId()); });
        togetherMs += elapsedMs([&] { runConcurrently(devices, bodies, sizes, together); });

        // The same pushes, sizes and order from one device of worker1, one at a time.
        const QList<QList<QByteArray>> mine = makeBodies(
            maker, sizes, [&](int) -> const BenchDevice & { return single; },
            [&](int) { return caseOf.value(single.userId()); });
        // Round robin over the devices' sequences, as the server sees them arrive together.
        int sent = 0;
        for (qsizetype p = 0; p < config.pushesPerDevice; ++p) {
            for (qsizetype d = 0; d < mine.size() && sent < config.singlePushes; ++d, ++sent) {
                const HttpReply reply
                    = single.post(QStringLiteral("/v1/sync/push"), mine.at(d).at(p));
                requireApplied(reply, sizes.at(d).at(p));
                alone.push_back(reply.ms);
            }
        }
    }
    const QByteArray name50
        = QStringLiteral("push p50, %1 devices (%2)").arg(config.devices).arg(target.name).toUtf8();
    const QByteArray name99
        = QStringLiteral("push p99, %1 devices (%2)").arg(config.devices).arg(target.name).toUtf8();
    const QByteArray note = QStringLiteral("; %1 pushes at %2 pushes/s together")
                                .arg(together.size())
                                .arg(double(together.size()) / (togetherMs / 1000.0), 0, 'f', 0)
                                .toUtf8();
    printRatio(name50.constData(), percentile(together, 0.50), percentile(alone, 0.50), "ms", "p50",
        "single-device p50");
    printRatio(name99.constData(), percentile(together, 0.99), percentile(alone, 0.99), "ms", "p99",
        "single-device p99", note.constData());
}

} // namespace barntid::bench
