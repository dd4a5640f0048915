// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace barntid::bench {

/** Sizes of one bench_store run; --quick shrinks them for a smoke test. */
struct BenchConfig
{
    QString tempDir; ///< every database goes below it
    int rounds = 9; ///< the median of this many interleaved rounds is reported
    int visits = 200; ///< visits per round, one transaction each
    int bulkRows = 10'000; ///< rows of the single-transaction figures
    int listRows = 10'000;
    int unlockRounds = 5;
};

/** A PIN that passes PinVault::checkPinStrength. */
inline const QString benchPin = QStringLiteral("482915");

/** (a) store vs raw SQLCipher, (b) SQLCipher vs plain SQLite, (d) synchronous NORMAL vs FULL. */
void benchWritePath(const BenchConfig &config);
/** (c) cipher_memory_security ON vs OFF, each side in its own worker process. */
void benchMemorySecurity(const BenchConfig &config);
/** The worker side of benchMemorySecurity; returns the process exit code. */
int runMemorySecurityWorker(const QStringList &arguments);
/** (e) Store::unlock vs the Argon2id derivation alone. */
void benchUnlock(const BenchConfig &config);
/** (f) VisitRepository::list vs stepping the same rows with the C API. */
void benchListLoad(const BenchConfig &config);

} // namespace barntid::bench
