// SPDX-License-Identifier: GPL-3.0-or-later
// (a), (b) and (d): every database gets the same rows in the same round, interleaved, so drift on
// a shared machine hits all of them alike.
#include "benchtiming.h"
#include "domain/case.h"
#include "domain/clock.h"
#include "rawvisitwriter.h"
#include "store/repository.h"
#include "store/securebytes.h"
#include "store/store.h"
#include "store/visitrepository.h"
#include "storebench.h"
#include "visitfixture.h"

#include <QDir>
#include <QTemporaryDir>

#include <stdexcept>

namespace barntid::bench {

namespace {

Case benchCase()
{
    Case c;
    c.caseNumber = QStringLiteral("BENCH-1");
    c.childName = QStringLiteral("Alva K");
    c.birthYear = 2015;
    return c;
}

/** The rounds of one contender; reported as the median per visit. */
struct Series
{
    std::vector<double> wall, cpu;

    void add(const Cost &cost)
    {
        wall.push_back(cost.wallMs);
        cpu.push_back(cost.cpuMs);
    }
    double wallUs(double visits) const { return median(wall) * 1000.0 / visits; }
    double cpuUs(double visits) const { return median(cpu) * 1000.0 / visits; }
};

} // namespace

void benchWritePath(const BenchConfig &config)
{
    QTemporaryDir dir(QDir(config.tempDir).filePath(QStringLiteral("write-XXXXXX")));
    if (!dir.isValid())
        throw std::runtime_error("no temporary directory");
    Store store(dir.filePath(QStringLiteral("store")), systemClock());
    store.initialize(benchPin);
    const Case c = Repository<Case>(store).create(benchCase());
    VisitRepository visits(store);
    const VisitFixture fixture(c.meta.id, store.deviceId());

    const SecureBytes key = SecureBytes::random(32);
    RawVisitWriter cipher(dir.filePath(QStringLiteral("cipher.db")), &key, {});
    RawVisitWriter plain(dir.filePath(QStringLiteral("plain.db")), nullptr, {});
    RawVisitWriter normal(dir.filePath(QStringLiteral("normal.db")), &key,
        {.memorySecurity = false, .synchronousFull = false});
    if (cipher.memorySecurityActive())
        throw std::runtime_error("cipher_memory_security is on in the main process");

    // One untimed round first: statement caches, page cache and the WAL files get set up.
    const int warmUp = std::max(20, config.visits / 10);
    for (int i = 0; i < warmUp; ++i)
        visits.create(fixture.visit(i));
    for (RawVisitWriter *w : {&cipher, &plain, &normal})
        w->writeEach(fixture.rawRows(warmUp));

    Series ours, raw, unencrypted, relaxed;
    for (int round = 0; round < config.rounds; ++round) {
        std::vector<Visit> input;
        for (int i = 0; i < config.visits; ++i)
            input.push_back(fixture.visit(round * config.visits + i));
        const std::vector<RawVisitRow> rows = fixture.rawRows(config.visits);
        ours.add(measure([&] {
            for (const Visit &v : input)
                visits.create(v);
        }));
        raw.add(measure([&] { cipher.writeEach(rows); }));
        unencrypted.add(measure([&] { plain.writeEach(rows); }));
        relaxed.add(measure([&] { normal.writeEach(rows); }));
    }
    const double n = config.visits;
    printRatio("store write (visit + outbox, 1 transaction each)", ours.wallUs(n), raw.wallUs(n),
        "us/visit", "ours", "raw sqlcipher", "; target <= 1.3");
    printRatio(
        "store write, cpu time", ours.cpuUs(n), raw.cpuUs(n), "us/visit", "ours", "raw sqlcipher");
    printRatio("sqlcipher vs plain sqlite (1 transaction per visit)", raw.wallUs(n),
        unencrypted.wallUs(n), "us/visit", "sqlcipher", "plain sqlite");
    printRatio("sqlcipher vs plain sqlite, cpu time", raw.cpuUs(n), unencrypted.cpuUs(n),
        "us/visit", "sqlcipher", "plain sqlite");
    printRatio("synchronous normal vs full (1 transaction per visit)", relaxed.wallUs(n),
        raw.wallUs(n), "us/visit", "normal", "full");

    std::vector<double> bulkCipher, bulkPlain;
    for (int round = 0; round < config.rounds; ++round) {
        const std::vector<RawVisitRow> rows = fixture.rawRows(config.bulkRows);
        bulkCipher.push_back(elapsedMs([&] { cipher.writeBulk(rows); }));
        bulkPlain.push_back(elapsedMs([&] { plain.writeBulk(rows); }));
    }
    const QByteArray name = QByteArray("sqlcipher vs plain sqlite (")
        + QByteArray::number(config.bulkRows) + " visits in 1 transaction)";
    printRatio(
        name.constData(), median(bulkCipher), median(bulkPlain), "ms", "sqlcipher", "plain sqlite");
}

} // namespace barntid::bench
