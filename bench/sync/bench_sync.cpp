// SPDX-License-Identifier: GPL-3.0-or-later
// bench_sync: the client's sync against the real barntid-server over real HTTP (issue 5), each
// figure a ratio to curl moving the same bytes in the same run (see bench/README.md).
#include "serverprocess.h"
#include "syncbench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <cstdio>
#include <exception>

using namespace barntid::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Client sync benchmarks; every line is a ratio to a baseline of the same run."));
    parser.addHelpOption();
    const QCommandLineOption quick(
        QStringLiteral("quick"), QStringLiteral("Small sizes, for a smoke test."));
    const QCommandLineOption only(QStringLiteral("only"),
        QStringLiteral("Comma-separated subset: initial, upload."), QStringLiteral("names"));
    const QCommandLineOption tempDir(QStringLiteral("temp-dir"),
        QStringLiteral("Where the server's database, the stores and curl's files go (default: "
                       "TMPDIR)."),
        QStringLiteral("dir"));
    const QCommandLineOption server(QStringLiteral("server"),
        QStringLiteral("The barntid-server executable (default: the one built with this)."),
        QStringLiteral("path"));
    parser.addOptions({quick, only, tempDir, server});
    parser.process(app);

    SyncBenchConfig config;
    if (parser.isSet(quick)) {
        config.rounds = 1;
        config.scopeRecords = 1'000;
        config.uploadVisits = 1'000;
    }
    const QStringList selected = parser.isSet(only)
        ? parser.value(only).split(u',')
        : QStringList {QStringLiteral("initial"), QStringLiteral("upload")};
    for (const QString &name : selected) {
        if (name != u"initial" && name != u"upload") {
            std::fprintf(stderr, "bench_sync: unknown benchmark %s\n", qPrintable(name));
            return 2;
        }
    }
    QTemporaryDir dir(QDir(parser.isSet(tempDir) ? parser.value(tempDir) : QDir::tempPath())
                          .filePath(QStringLiteral("bench-sync-XXXXXX")));
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_sync: no temporary directory\n");
        return 1;
    }
    config.tempDir = dir.path();
    const QString executable
        = parser.isSet(server) ? parser.value(server) : QStringLiteral(BARNTID_SERVER_PATH);
    try {
        // The server on SQLite, seeded with the demo municipality; its log stays beside the
        // temporary folder so a failure can be read.
        ServerProcess process(executable,
            QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.db")),
            dir.filePath(QStringLiteral("bench-sync-server.log")));
        process.seedDemo();
        process.start();
        for (const QString &bench : selected) {
            if (bench == u"initial")
                benchInitialSync(config, process.url());
            else
                benchUpload(config, process.url());
        }
        process.stop();
    } catch (const std::exception &e) {
        dir.setAutoRemove(false);
        std::fprintf(
            stderr, "bench_sync: %s (files kept in %s)\n", e.what(), qPrintable(dir.path()));
        return 1;
    }
    return 0;
}
