// SPDX-License-Identifier: GPL-3.0-or-later
// Push ingest: one device pushes visits in batches, against a raw multi-row INSERT of the same
// rows into a copy of the records table in the same database.
#include "benchdatabase.h"
#include "benchdevice.h"
#include "benchtiming.h"
#include "rawrecords.h"
#include "serverbench.h"
#include "visitmaker.h"

#include <vector>

namespace barntid::bench {

void benchPushIngest(const ServerBenchConfig &config, const ServerTarget &target)
{
    BenchDevice device(target.server);
    device.login(QStringLiteral("worker1"));
    VisitMaker maker(4711);
    const protocol::Mutation theCase = maker.newCase(device.userId(), device.deviceId());
    requireApplied(
        device.post(QStringLiteral("/v1/sync/push"), protocol::PushRequest {{theCase}}.toJson()),
        1);

    RawRecords raw(*target.database);
    raw.createTable();
    qint64 rawSeq = 0;
    const QString push = QStringLiteral("/v1/sync/push");
    std::vector<double> ours, baseline;
    for (int round = 0; round < config.rounds; ++round) {
        // Fresh ids every round; bodies and rows are made before the clocks start. The raw side
        // writes the very same rows (its own table, so the ids do not collide).
        QList<QByteArray> bodies;
        QList<int> sizes;
        QList<QList<QVariantList>> rowBatches;
        for (int at = 0; at < config.ingestVisits; at += config.batchSize) {
            protocol::PushRequest request;
            QList<QVariantList> rows;
            for (int i = at; i < qMin(at + config.batchSize, config.ingestVisits); ++i) {
                request.mutations.append(
                    maker.newVisit(theCase.id, device.userId(), device.deviceId()));
                rows.append(VisitMaker::storedRow(
                    request.mutations.last(), ++rawSeq, device.userId(), device.deviceId()));
            }
            bodies.append(request.toJson());
            sizes.append(int(request.mutations.size()));
            rowBatches.append(rows);
        }

        QList<HttpReply> replies;
        const double oursMs = elapsedMs([&] {
            for (const QByteArray &body : std::as_const(bodies))
                replies.append(device.post(push, body));
        });
        for (qsizetype i = 0; i < replies.size(); ++i)
            requireApplied(replies.at(i), sizes.at(i));
        const double rawMs = elapsedMs([&] {
            for (const QList<QVariantList> &rows : std::as_const(rowBatches))
                raw.insert(rows);
        });
        ours.push_back(config.ingestVisits / (oursMs / 1000.0));
        baseline.push_back(config.ingestVisits / (rawMs / 1000.0));
    }
    printRatio(qPrintable(QStringLiteral("push ingest (%1)").arg(target.name)), median(ours),
        median(baseline), "rows/s", "server", "raw INSERT");
}

} // namespace barntid::bench
