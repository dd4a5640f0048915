// SPDX-License-Identifier: GPL-3.0-or-later
// crashwriter: creates visits in a loop so that a test can kill it in the middle of a transaction.
//
//   crashwriter --data DIR --case ID [--paced] [--seed N] [--note TEXT] [--child-words TEXT]
//               [--die-at-io N [--io-of db|wal] [--torn]]
//
// The PIN comes from BARNTID_PIN. It prints "ready" once the store is open, then for every visit
// "begin" before VisitRepository::create and "ack <id>" after it returned, flushing each line.
// It never stops by itself: the test kills it (or closes stdin in --paced mode).
//   --paced        waits for one line on stdin before each visit; end of input closes cleanly
//   --die-at-io N  SIGKILLs itself instead of doing the N-th write, sync or truncate of a
//                  database file after "ready" (with --io-of: of the main file or the WAL only)
//   --torn         the fatal write is first done in part, cut at a random length: what a power
//                  cut can leave, which a killed process cannot
#include "domain/clock.h"
#include "domain/visit.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "store/visitrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>

#include <csignal>
#include <cstdio>
#include <sqlcipher/sqlite3.h>
#include <sys/types.h>
#include <unistd.h>

using namespace barntid;
using namespace Qt::StringLiterals;

namespace {

// A VFS that forwards to the default one and counts the operations that change files.
sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_shim;
sqlite3_io_methods g_methods;
bool g_armed = false;
qint64 g_ops = 0;
qint64 g_dieAt = 0;
const char *g_onlyFile = nullptr; // count only files whose name ends with this
bool g_torn = false;
QRandomGenerator g_ioRng;

struct ShimFile
{
    sqlite3_file base;
    sqlite3_file *real;
    const char *name; // SQLite keeps it valid while the file is open
};

sqlite3_file *real(sqlite3_file *f)
{
    return reinterpret_cast<ShimFile *>(f)->real;
}

void countIo(const char *what, sqlite3_file *f, const void *data, int size, sqlite3_int64 at)
{
    const auto *shim = reinterpret_cast<ShimFile *>(f);
    if (!g_armed || (g_onlyFile && !QByteArray(shim->name).endsWith(g_onlyFile))
        || ++g_ops < g_dieAt)
        return;
    const int cut = g_torn && size > 1 ? int(g_ioRng.bounded(1, size)) : 0;
    std::fprintf(stderr, "crashwriter: killing myself at i/o %lld: %s of %s, %d of %d bytes\n",
        static_cast<long long>(g_ops), what, shim->name ? shim->name : "?", cut, size);
    if (cut > 0)
        shim->real->pMethods->xWrite(shim->real, data, cut, at);
    ::kill(::getpid(), SIGKILL);
}

int shimClose(sqlite3_file *f)
{
    return real(f)->pMethods->xClose(real(f));
}
int shimRead(sqlite3_file *f, void *data, int size, sqlite3_int64 at)
{
    return real(f)->pMethods->xRead(real(f), data, size, at);
}
int shimWrite(sqlite3_file *f, const void *data, int size, sqlite3_int64 at)
{
    countIo("write", f, data, size, at);
    return real(f)->pMethods->xWrite(real(f), data, size, at);
}
int shimTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    countIo("truncate", f, nullptr, 0, 0);
    return real(f)->pMethods->xTruncate(real(f), size);
}
int shimSync(sqlite3_file *f, int flags)
{
    countIo("sync", f, nullptr, 0, 0);
    return real(f)->pMethods->xSync(real(f), flags);
}
int shimFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int shimLock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xLock(real(f), level);
}
int shimUnlock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xUnlock(real(f), level);
}
int shimCheckReservedLock(sqlite3_file *f, int *out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int shimFileControl(sqlite3_file *f, int op, void *arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int shimSectorSize(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int shimDeviceCharacteristics(sqlite3_file *f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int shimShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    return real(f)->pMethods->xShmMap(real(f), region, size, extend, out);
}
int shimShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void shimShmBarrier(sqlite3_file *f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int shimShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int shimFetch(sqlite3_file *f, sqlite3_int64 at, int size, void **out)
{
    return real(f)->pMethods->xFetch(real(f), at, size, out);
}
int shimUnfetch(sqlite3_file *f, sqlite3_int64 at, void *page)
{
    return real(f)->pMethods->xUnfetch(real(f), at, page);
}

int shimOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *shim = reinterpret_cast<ShimFile *>(file);
    shim->real = reinterpret_cast<sqlite3_file *>(shim + 1);
    shim->real->pMethods = nullptr;
    shim->name = name;
    const int rc = g_real->xOpen(g_real, name, shim->real, flags, outFlags);
    // SQLite closes a file whose pMethods is set even when the open failed.
    shim->base.pMethods = shim->real->pMethods ? &g_methods : nullptr;
    return rc;
}

/** Makes the counting VFS the default; the unix VFS has io methods version 3. */
void installShim(qint64 dieAt, const char *onlyFile, bool torn, quint32 seed)
{
    g_dieAt = dieAt;
    g_onlyFile = onlyFile;
    g_torn = torn;
    g_ioRng.seed(seed);
    g_real = sqlite3_vfs_find(nullptr);
    g_shim = *g_real;
    g_shim.zName = "crashwriter";
    g_shim.szOsFile = int(sizeof(ShimFile)) + g_real->szOsFile;
    g_shim.xOpen = shimOpen;
    g_methods = sqlite3_io_methods {3, shimClose, shimRead, shimWrite, shimTruncate, shimSync,
        shimFileSize, shimLock, shimUnlock, shimCheckReservedLock, shimFileControl, shimSectorSize,
        shimDeviceCharacteristics, shimShmMap, shimShmLock, shimShmBarrier, shimShmUnmap, shimFetch,
        shimUnfetch};
    sqlite3_vfs_register(&g_shim, 1);
}

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, std::size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption data(u"data"_s, u"data folder"_s, u"DIR"_s);
    const QCommandLineOption caseId(u"case"_s, u"case id of the visits"_s, u"ID"_s);
    const QCommandLineOption paced(u"paced"_s, u"one visit per line on stdin"_s);
    const QCommandLineOption seed(u"seed"_s, u"seed for note lengths"_s, u"N"_s, u"1"_s);
    const QCommandLineOption note(u"note"_s, u"fixed note"_s, u"TEXT"_s);
    const QCommandLineOption childWords(u"child-words"_s, u"fixed child's words"_s, u"TEXT"_s);
    const QCommandLineOption dieAt(u"die-at-io"_s, u"kill at this i/o operation"_s, u"N"_s);
    const QCommandLineOption ioOf(u"io-of"_s, u"count i/o of this file only"_s, u"db|wal"_s);
    const QCommandLineOption torn(u"torn"_s, u"cut the fatal write short"_s);
    parser.addOptions({data, caseId, paced, seed, note, childWords, dieAt, ioOf, torn});
    parser.process(app);
    if (!parser.isSet(data) || !parser.isSet(caseId)) {
        std::fputs("crashwriter: --data and --case are required\n", stderr);
        return 2;
    }
    QRandomGenerator rng(parser.value(seed).toUInt());
    if (parser.isSet(dieAt)) {
        const QString file = parser.value(ioOf);
        installShim(parser.value(dieAt).toLongLong(),
            file == u"db"        ? "barntid.db"
                : file == u"wal" ? "barntid.db-wal"
                                 : nullptr,
            parser.isSet(torn), rng.generate());
    }

    try {
        StoreOptions options;
        options.integrityCheck = StoreOptions::IntegrityCheck::Always;
        Store store(parser.value(data), systemClock(), options);
        store.unlock(qEnvironmentVariable("BARNTID_PIN"));
        VisitRepository visits(store);
        say("ready");
        g_armed = true;
        for (;;) {
            if (parser.isSet(paced)) {
                char line[64];
                if (!std::fgets(line, sizeof line, stdin))
                    return 0;
            }
            Visit v;
            v.caseId = parser.value(caseId);
            v.kind = u"home"_s;
            // Notes of 1 to 6000 characters make a transaction span one to several pages.
            v.note = parser.isSet(note) ? parser.value(note)
                                        : QString(int(rng.bounded(1, 6000)), u'n');
            v.childWords = parser.isSet(childWords) ? parser.value(childWords) : QString();
            say("begin");
            const Visit created = visits.create(v);
            say("ack " + created.meta.id.toLatin1());
        }
    } catch (const StoreError &e) {
        std::fprintf(stderr, "crashwriter: %s\n", qPrintable(e.detail()));
        return 1;
    }
}
