// SPDX-License-Identifier: GPL-3.0-or-later
// (c): SQLCipher 4.6 keeps cipher_memory_security on for the rest of the process once any
// connection has turned it on (a later OFF is ignored), so each side runs in a fresh worker
// process and the rounds alternate between them.
#include "benchtiming.h"
#include "domain/ids.h"
#include "rawvisitwriter.h"
#include "store/securebytes.h"
#include "storebench.h"
#include "visitfixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <stdexcept>

namespace barntid::bench {

namespace {

constexpr auto workerFlag = "--memory-security-worker";

struct WorkerResult
{
    double eachUs = 0; ///< per visit, one transaction each
    double eachCpuUs = 0;
    double bulkMs = 0; ///< all bulk rows in one transaction
};

WorkerResult runWorker(const BenchConfig &config, const QString &dir, bool on, int round)
{
    QProcess worker;
    worker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    worker.start(QCoreApplication::applicationFilePath(),
        {QLatin1StringView(workerFlag), on ? QStringLiteral("on") : QStringLiteral("off"),
            QDir(dir).filePath(QStringLiteral("memsec-%1-%2.db")
                                   .arg(on ? QStringLiteral("on") : QStringLiteral("off"))
                                   .arg(round)),
            QString::number(config.visits), QString::number(config.bulkRows)});
    if (!worker.waitForFinished(10 * 60 * 1000) || worker.exitStatus() != QProcess::NormalExit
        || worker.exitCode() != 0)
        throw std::runtime_error("the memory-security worker failed");
    WorkerResult result;
    const QList<QByteArray> lines = worker.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() != 2)
            continue;
        if (parts[0] == "each_us")
            result.eachUs = parts[1].toDouble();
        else if (parts[0] == "each_cpu_us")
            result.eachCpuUs = parts[1].toDouble();
        else if (parts[0] == "bulk_ms")
            result.bulkMs = parts[1].toDouble();
    }
    if (result.eachUs <= 0 || result.bulkMs <= 0)
        throw std::runtime_error("the memory-security worker printed no figures");
    return result;
}

} // namespace

void benchMemorySecurity(const BenchConfig &config)
{
    QTemporaryDir dir(QDir(config.tempDir).filePath(QStringLiteral("memsec-XXXXXX")));
    if (!dir.isValid())
        throw std::runtime_error("no temporary directory");
    std::vector<double> eachOn, eachOff, cpuOn, cpuOff, bulkOn, bulkOff;
    for (int round = 0; round < config.rounds; ++round) {
        // Alternate which side goes first, so neither always meets a colder or warmer machine.
        for (const bool on : {round % 2 == 0, round % 2 != 0}) {
            const WorkerResult r = runWorker(config, dir.path(), on, round);
            (on ? eachOn : eachOff).push_back(r.eachUs);
            (on ? cpuOn : cpuOff).push_back(r.eachCpuUs);
            (on ? bulkOn : bulkOff).push_back(r.bulkMs);
        }
    }
    printRatio("cipher_memory_security on vs off (1 transaction per visit)", median(eachOn),
        median(eachOff), "us/visit", "on", "off");
    printRatio("cipher_memory_security on vs off, cpu time", median(cpuOn), median(cpuOff),
        "us/visit", "on", "off");
    const QByteArray name = QByteArray("cipher_memory_security on vs off (")
        + QByteArray::number(config.bulkRows) + " visits in 1 transaction)";
    printRatio(name.constData(), median(bulkOn), median(bulkOff), "ms", "on", "off");
}

int runMemorySecurityWorker(const QStringList &arguments)
{
    // arguments: --memory-security-worker on|off DATABASE VISITS BULK_ROWS
    if (arguments.size() != 5 || arguments[0] != QLatin1StringView(workerFlag))
        return 2;
    const bool on = arguments[1] == u"on";
    const int visits = arguments[3].toInt();
    const int bulkRows = arguments[4].toInt();
    const VisitFixture fixture(newId(), newId());
    const std::vector<RawVisitRow> warmUp = fixture.rawRows(std::max(20, visits / 10));
    const std::vector<RawVisitRow> each = fixture.rawRows(visits);
    const std::vector<RawVisitRow> bulk = fixture.rawRows(bulkRows);

    const SecureBytes key = SecureBytes::random(32);
    RawVisitWriter writer(arguments[2], &key, {.memorySecurity = on, .synchronousFull = true});
    if (writer.memorySecurityActive() != on) {
        std::fprintf(stderr, "bench_store: cipher_memory_security did not take\n");
        return 1;
    }
    writer.writeEach(warmUp);
    const Cost eachCost = measure([&] { writer.writeEach(each); });
    const double bulkMs = elapsedMs([&] { writer.writeBulk(bulk); });
    const double perVisit = 1000.0 / double(each.size());
    std::printf("each_us %.6f\neach_cpu_us %.6f\nbulk_ms %.6f\n", eachCost.wallMs * perVisit,
        eachCost.cpuMs * perVisit, bulkMs);
    return 0;
}

} // namespace barntid::bench
