// SPDX-License-Identifier: GPL-3.0-or-later
// bench_server: the real barntid-server over real HTTP, on SQLite and on PostgreSQL, each figure
// a ratio to raw SQL on the same database in the same run (see bench/README.md).
#include "benchdatabase.h"
#include "serverbench.h"
#include "serverprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <cstdio>
#include <exception>
#include <memory>

using namespace barntid::bench;

namespace {

/** The figures on the demo municipality: seed, serve, measure, stop. */
void runDemoFigures(const QString &name, std::unique_ptr<BenchDatabase> database,
    const QString &executable, const QString &tempDir, const ServerBenchConfig &config,
    const QStringList &selected)
{
    ServerProcess server(executable, database->url(),
        QDir(tempDir).filePath(QStringLiteral("bench-server-%1.log").arg(name)), config.serveArgs);
    server.seedDemo();
    server.start();
    database->open();
    const ServerTarget target {name, server.url(), database.get()};
    for (const QString &bench : selected) {
        if (bench == u"ingest")
            benchPushIngest(config, target);
        else if (bench == u"pull")
            benchPull(config, target);
        else if (bench == u"latency")
            benchPushLatency(config, target);
        else if (bench == u"load")
            benchLoad(config, target, executable, tempDir);
        else if (bench == u"journal")
            benchJournalExport(config, target, executable, tempDir);
    }
    server.stop();
}

const QStringList allBenches {QStringLiteral("ingest"), QStringLiteral("pull"),
    QStringLiteral("latency"), QStringLiteral("load"), QStringLiteral("journal"),
    QStringLiteral("size")};

/** The selected figures on one kind of database: the demo ones on a fresh database of their own,
 *  then the size figure on two more of its own; PostgreSQL's are dropped again as they go. */
void runOn(const QString &name, const DatabaseMaker &make, const QString &executable,
    const QString &tempDir, const ServerBenchConfig &config, const QStringList &selected)
{
    if (selected != QStringList {QStringLiteral("size")})
        runDemoFigures(name, make(), executable, tempDir, config, selected);
    if (selected.contains(u"size"))
        benchSize(config, name, make, executable, tempDir);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Sync server benchmarks; every line is a ratio to a baseline of the same run."));
    parser.addHelpOption();
    const QCommandLineOption quick(
        QStringLiteral("quick"), QStringLiteral("Small sizes, for a smoke test."));
    const QCommandLineOption only(QStringLiteral("only"),
        QStringLiteral("Comma-separated subset: ingest, pull, latency, load, journal, size."),
        QStringLiteral("names"));
    const QCommandLineOption databases(QStringLiteral("databases"),
        QStringLiteral("Comma-separated: sqlite, postgresql (default: both; postgresql needs "
                       "--postgres)."),
        QStringLiteral("names"));
    const QCommandLineOption postgres(QStringLiteral("postgres"),
        QStringLiteral("A PostgreSQL cluster (postgresql://user@host:port/db) in which a fresh "
                       "database is created and dropped again."),
        QStringLiteral("url"));
    const QCommandLineOption tempDir(QStringLiteral("temp-dir"),
        QStringLiteral("Where the SQLite database and the server logs go (default: TMPDIR)."),
        QStringLiteral("dir"));
    const QCommandLineOption server(QStringLiteral("server"),
        QStringLiteral("The barntid-server executable (default: the one built with this)."),
        QStringLiteral("path"));
    const QCommandLineOption explain(QStringLiteral("explain"),
        QStringLiteral("Print the plans of the server's hot queries on the size figure's large "
                       "database."));
    const QCommandLineOption sizeRecords(QStringLiteral("size-records"),
        QStringLiteral("Records in the size figure's large database (default 1000000, 150000 on "
                       "SQLite; 50000 with "
                       "--quick)."),
        QStringLiteral("n"));
    const QCommandLineOption workers(QStringLiteral("workers"),
        QStringLiteral("Serving threads of every barntid-server (serve --workers; default: "
                       "the server's own)."),
        QStringLiteral("n"));
    parser.addOptions(
        {quick, only, databases, postgres, tempDir, server, explain, sizeRecords, workers});
    parser.process(app);

    ServerBenchConfig config;
    if (parser.isSet(quick)) {
        config.rounds = 3;
        config.ingestVisits = 1'000;
        config.pullRecords = 500;
        config.devices = 10;
        config.singlePushes = 50;
        config.journalVisits = 100;
        config.loadDevices = 30;
        config.loadSeconds = 5;
        config.loadProcesses = {1, 2};
        config.sizeRecords = config.sizeRecordsSqlite = 50'000;
        config.sizeScope = 1'000;
        config.sizeYears = 1;
    }
    config.explain = parser.isSet(explain);
    // 300 tablets on one process need more than the default 256 connections, as they would in
    // a municipality; the cap itself is e2e_serverlimits' business.
    config.serveArgs = {QStringLiteral("--max-connections"), QStringLiteral("1024")};
    if (parser.isSet(workers))
        config.serveArgs << QStringLiteral("--workers") << parser.value(workers);
    if (parser.isSet(sizeRecords))
        config.sizeRecords = config.sizeRecordsSqlite = parser.value(sizeRecords).toInt();
    const QString dir = parser.isSet(tempDir) ? parser.value(tempDir) : QDir::tempPath();
    const QString executable
        = parser.isSet(server) ? parser.value(server) : QStringLiteral(BARNTID_SERVER_PATH);
    const QStringList selected = parser.isSet(only) ? parser.value(only).split(u',') : allBenches;
    for (const QString &name : selected) {
        if (!allBenches.contains(name)) {
            std::fprintf(stderr, "bench_server: unknown benchmark %s\n", qPrintable(name));
            return 2;
        }
    }
    const QStringList targets = parser.isSet(databases)
        ? parser.value(databases).split(u',')
        : QStringList {QStringLiteral("sqlite"), QStringLiteral("postgresql")};
    try {
        for (const QString &name : targets) {
            if (name == u"sqlite") {
                runOn(
                    name, [&] { return BenchDatabase::sqlite(dir); }, executable, dir, config,
                    selected);
            } else if (name == u"postgresql") {
                if (!parser.isSet(postgres)) {
                    std::fprintf(
                        stderr, "bench_server: no --postgres cluster given; PostgreSQL skipped\n");
                    continue;
                }
                const QString cluster = parser.value(postgres);
                runOn(
                    name, [&] { return BenchDatabase::postgres(cluster); }, executable, dir, config,
                    selected);
            } else {
                std::fprintf(stderr, "bench_server: unknown database %s\n", qPrintable(name));
                return 2;
            }
        }
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_server: %s\n", e.what());
        return 1;
    }
    return 0;
}
