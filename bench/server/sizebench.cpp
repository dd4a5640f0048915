// SPDX-License-Identifier: GPL-3.0-or-later
// A server database of 1,000,000 records against one of a single team (issue 15, item 5): the
// same worker's first pull and the same supervisor's team queries on both, over real HTTP.
#include "benchdatabase.h"
#include "benchdevice.h"
#include "benchtiming.h"
#include "municipalitygenerator.h"
#include "queryplans.h"
#include "serverbench.h"
#include "serverprocess.h"

#include <QDir>

#include <cstdio>
#include <stdexcept>
#include <vector>

namespace barntid::bench {

namespace {

constexpr quint32 seed = 1515;
constexpr int teamQueriesPerRound = 5; ///< each a few ms: several per round steady the median

/** One database of the figure: generated, served, its worker's scope topped up. */
struct Sized
{
    std::unique_ptr<BenchDatabase> database;
    std::unique_ptr<ServerProcess> server;
    std::unique_ptr<BenchDevice> supervisor; ///< signed in once; its requests are timed
    qint64 records = 0;
    std::vector<double> pullMs, teamMs, logMs;
};

/** Tops t0.w0's scope up to exactly `records` with one new case and its visits, as the pull
 *  figure does, so both databases serve the very same number; returns the records added. */
int topUp(const ServerBenchConfig &config, const QUrl &server)
{
    BenchDevice filler(server);
    filler.login(MunicipalityGenerator::workerName(0, 0));
    const int missing = config.sizeScope - filler.pullAll(config.pullLimit).changes;
    if (missing < 2)
        throw std::runtime_error(qPrintable(
            QStringLiteral("the generated scope is larger than %1 records").arg(config.sizeScope)));
    pushCaseWithVisits(filler, missing, seed, config.batchSize);
    return missing;
}

void prepare(Sized &s, const ServerBenchConfig &config, const QString &label,
    const QString &tempDir, const QString &executable, qint64 records)
{
    {
        MunicipalityGenerator generator(s.database->url(), seed);
        generator.generate(MunicipalityGenerator::teamSize, config.sizeYears, records);
        s.records = generator.records();
    }
    s.server = std::make_unique<ServerProcess>(executable, s.database->url(),
        QDir(tempDir).filePath(label + QStringLiteral(".log")), config.serveArgs);
    s.server->start();
    s.records += topUp(config, s.server->url());
    s.supervisor = std::make_unique<BenchDevice>(s.server->url());
    s.supervisor->login(MunicipalityGenerator::supervisorName(0));
}

void get(BenchDevice &device, const QString &path, std::vector<double> &into)
{
    HttpReply reply;
    into.push_back(elapsedMs([&] { reply = device.get(path); }));
    if (reply.status != 200)
        throw std::runtime_error(qPrintable(
            QStringLiteral("GET %1: HTTP %2 %3").arg(path).arg(reply.status).arg(reply.error)));
}

void measureRound(Sized &s, const ServerBenchConfig &config)
{
    BenchDevice device(s.server->url()); // a fresh device; its login is not timed
    device.login(MunicipalityGenerator::workerName(0, 0));
    PullTotals totals;
    s.pullMs.push_back(elapsedMs([&] { totals = device.pullAll(config.pullLimit); }));
    if (totals.changes != config.sizeScope)
        throw std::runtime_error(qPrintable(QStringLiteral("the pull brought %1 of %2 records")
                                                .arg(totals.changes)
                                                .arg(config.sizeScope)));
    for (int i = 0; i < teamQueriesPerRound; ++i) {
        get(*s.supervisor, QStringLiteral("/v1/team"), s.teamMs);
        get(*s.supervisor, QStringLiteral("/v1/access-log"), s.logMs);
    }
}

void printLine(const QString &what, const QString &db, const std::vector<double> &large,
    const std::vector<double> &small, const Sized &l, const Sized &s)
{
    const double a = median(large);
    const double b = median(small);
    std::printf("size: %s (%s): ratio %.2f (large %.*f ms, small %.*f ms) (target <= 2; large "
                "%lld records, small %lld)\n",
        qPrintable(what), qPrintable(db), b > 0 ? a / b : 0.0, decimalsFor(a), a, decimalsFor(b), b,
        static_cast<long long>(l.records), static_cast<long long>(s.records));
    std::fflush(stdout);
}

} // namespace

void benchSize(const ServerBenchConfig &config, const QString &name, const DatabaseMaker &make,
    const QString &executable, const QString &tempDir)
{
    const int records = name == u"sqlite" ? config.sizeRecordsSqlite : config.sizeRecords;
    Sized small, large;
    small.database = make();
    large.database = make();
    prepare(small, config, QStringLiteral("bench-size-small-") + name, tempDir, executable, 0);
    prepare(
        large, config, QStringLiteral("bench-size-large-") + name, tempDir, executable, records);
    if (config.explain) {
        large.database->open();
        QueryPlans(*large.database).print(name, MunicipalityGenerator::workerName(0, 0));
    }
    for (int r = 0; r < config.rounds; ++r) {
        // Interleaved, and the order alternates, so a slow minute of the machine hits both.
        measureRound(r % 2 == 0 ? small : large, config);
        measureRound(r % 2 == 0 ? large : small, config);
    }
    const QString size = QStringLiteral("%1 records").arg(records);
    printLine(QStringLiteral("first pull %1 of ").arg(config.sizeScope) + size, name, large.pullMs,
        small.pullMs, large, small);
    printLine(QStringLiteral("supervisor GET /v1/team, ") + size, name, large.teamMs, small.teamMs,
        large, small);
    printLine(QStringLiteral("supervisor GET /v1/access-log, ") + size, name, large.logMs,
        small.logMs, large, small);
    large.supervisor.reset();
    small.supervisor.reset();
    large.server->stop();
    small.server->stop();
}

} // namespace barntid::bench
