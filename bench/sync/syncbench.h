// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace barntid::bench {

/** Sizes of one bench_sync run; --quick shrinks them for a smoke test. */
struct SyncBenchConfig
{
    int rounds = 3; ///< the median of this many interleaved rounds is reported
    int scopeRecords = 5'000; ///< the initial sync's scope (worker2)
    int uploadVisits = 10'000; ///< pending visits of the upload figure (worker1)
    int pushBatch = 200; ///< the engine's default, and the curl baseline's batch size
    int pullLimit = 500; ///< the engine's default page size
    QString tempDir; ///< stores, raw databases and curl's files go below this
};

/** A fresh device's first sync of a whole scope vs curl of the same pages + raw inserts. */
void benchInitialSync(const SyncBenchConfig &config, const QUrl &server);
/** A device pushing its pending visits vs curl POSTing the same mutations in the same batches. */
void benchUpload(const SyncBenchConfig &config, const QUrl &server);

} // namespace barntid::bench
