// SPDX-License-Identifier: GPL-3.0-or-later
// bench_store: the encrypted store against hand-written SQLCipher, each figure a ratio to a
// baseline measured in the same run (see bench/README.md).
#include "store/storeerror.h"
#include "storebench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <cstdio>
#include <exception>
#include <sodium.h>

using namespace barntid::bench;

int main(int argc, char *argv[])
{
    // The worker reads its own fixed arguments; it must not see the parser's options.
    const QStringList raw = [&] {
        QStringList list;
        for (int i = 1; i < argc; ++i)
            list << QString::fromLocal8Bit(argv[i]);
        return list;
    }();
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0)
        return 1;
    try {
        if (raw.value(0) == u"--memory-security-worker")
            return runMemorySecurityWorker(raw);

        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral(
            "Store benchmarks; every line is a ratio to a baseline of the same run."));
        parser.addHelpOption();
        const QCommandLineOption quick(
            QStringLiteral("quick"), QStringLiteral("Small sizes, for a smoke test."));
        const QCommandLineOption only(QStringLiteral("only"),
            QStringLiteral("Comma-separated subset: write, memsec, unlock, list."),
            QStringLiteral("names"));
        const QCommandLineOption tempDir(QStringLiteral("temp-dir"),
            QStringLiteral("Where the databases go (default: TMPDIR)."), QStringLiteral("dir"));
        parser.addOptions({quick, only, tempDir});
        parser.process(app);

        BenchConfig config;
        config.tempDir = parser.isSet(tempDir) ? parser.value(tempDir) : QDir::tempPath();
        if (parser.isSet(quick)) {
            config.rounds = 3;
            config.visits = 50;
            config.bulkRows = 1000;
            config.listRows = 1000;
            config.unlockRounds = 2;
        }
        const QStringList selected = parser.isSet(only)
            ? parser.value(only).split(u',')
            : QStringList {QStringLiteral("write"), QStringLiteral("memsec"),
                QStringLiteral("unlock"), QStringLiteral("list")};
        for (const QString &name : selected) {
            if (name == u"write")
                benchWritePath(config);
            else if (name == u"memsec")
                benchMemorySecurity(config);
            else if (name == u"unlock")
                benchUnlock(config);
            else if (name == u"list")
                benchListLoad(config);
            else {
                std::fprintf(stderr, "bench_store: unknown benchmark %s\n", qPrintable(name));
                return 2;
            }
        }
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_store: %s\n", e.what());
        return 1;
    }
    return 0;
}
