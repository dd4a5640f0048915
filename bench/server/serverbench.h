// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace barntid::bench {

class BenchDatabase;

/** The demo municipality's social workers, whose devices the figures spread over. */
inline const QStringList &demoWorkers()
{
    static const QStringList workers {QStringLiteral("worker1"), QStringLiteral("worker2"),
        QStringLiteral("worker3"), QStringLiteral("worker4")};
    return workers;
}

/** Sizes of one bench_server run; --quick shrinks them for a smoke test. */
struct ServerBenchConfig
{
    int rounds = 5; ///< the median of this many interleaved rounds is reported
    int ingestVisits = 10'000; ///< visits per ingest round
    int batchSize = 500; ///< mutations per push, rows per raw INSERT
    int pullRecords = 5'000; ///< records in the pulled scope
    int pullLimit = 1'000;
    int devices = 50; ///< concurrent devices of the latency figure
    int pushesPerDevice = 10;
    /** Pushes of the single-device baseline: the first this many of the same sequence. Every
     *  SQLite push waits for an fsync, on shared disks up to 200 ms. */
    int singlePushes = 200;
    int latencyRounds = 1; ///< concurrent and single-device phases alternate this often
    int journalVisits = 1'000; ///< signed notes of the journal export figure
    int loadDevices = 300; ///< tablets of the load figure, all at once
    int loadSeconds = 30; ///< how long they think, push and pull
    QList<int> loadProcesses {1, 2, 4}; ///< server processes on the one database
};

/** What every figure works on: a running server and the bench's own connection to the same
 *  database, for the baselines. */
struct ServerTarget
{
    QString name; ///< "sqlite" or "postgresql", as printed
    QUrl server;
    BenchDatabase *database = nullptr;
};

/** Visits pushed in batches vs a raw multi-row INSERT of the same rows. */
void benchPushIngest(const ServerBenchConfig &config, const ServerTarget &target);
/** A fresh device pulling a whole scope vs one SELECT of the same rows. */
void benchPull(const ServerBenchConfig &config, const ServerTarget &target);
/** Push latency with many devices at once vs the same pushes from one device. */
void benchPushLatency(const ServerBenchConfig &config, const ServerTarget &target);
/** Many tablets signing in, pushing and pulling against 1, 2, 4 processes vs one tablet alone. */
void benchLoad(const ServerBenchConfig &config, const ServerTarget &target,
    const QString &executable, const QString &tempDir);
/** `barntid-server export` of the signed notes vs a raw loop writing the same files. */
void benchJournalExport(const ServerBenchConfig &config, const ServerTarget &target,
    const QString &executable, const QString &tempDir);

} // namespace barntid::bench
