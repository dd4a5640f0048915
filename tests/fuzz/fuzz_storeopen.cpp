// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a damaged store, as after a torn write, a bad flash block or someone editing a stolen
// tablet's files: every outcome is an open store or a StoreError, never a crash, a hang or
// anything else thrown. Argon2id runs at its minimum cost here so each input costs milliseconds.
#include "domain/clock.h"
#include "fuzzcheck.h"
#include "store/connection.h"
#include "store/keyfile.h"
#include "store/migrations.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <fuzzer/FuzzedDataProvider.h>
#include <memory>

using namespace barntid;

namespace {

const QString pin = QStringLiteral("482915");

struct Templates
{
    QTemporaryDir dir;
    QByteArray keyFile;
    QByteArray encrypted; ///< a store at the latest version, locked (its WAL checkpointed)
    QByteArray plainLatest; ///< the same schema without a key: damage then reaches the b-trees
    QByteArray plainFirst; ///< schema version 1, so damage meets the migrations too
    QString deviceId;
};

StoreOptions fastOptions()
{
    StoreOptions o;
    o.kdf = KdfParams {1, 8192};
    return o;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(bytes);
}

QByteArray plainDatabase(const QString &path, int version)
{
    {
        ConnectionOptions options;
        options.create = true;
        Connection c(path, nullptr, options);
        Migrations::migrate(c, version);
        c.exec("INSERT INTO settings(key, value) VALUES ('device_id', 'fuzz')");
        c.checkpoint();
    }
    return readAll(path);
}

Templates &templates()
{
    static Templates *t = [] {
        auto *t = new Templates;
        const QString storeDir = t->dir.filePath(QStringLiteral("template"));
        {
            Store store(storeDir, systemClock(), fastOptions());
            store.initialize(pin);
            store.audit(QStringLiteral("fuzz"), QStringLiteral("visit"), QStringLiteral("x"));
            t->deviceId = store.deviceId();
            store.lock();
        }
        t->keyFile = readAll(QDir(storeDir).filePath(QStringLiteral("key.json")));
        t->encrypted = readAll(QDir(storeDir).filePath(QStringLiteral("barntid.db")));
        t->plainLatest = plainDatabase(
            t->dir.filePath(QStringLiteral("latest.db")), Migrations::latestVersion);
        t->plainFirst = plainDatabase(t->dir.filePath(QStringLiteral("first.db")), 1);
        return t;
    }();
    return *t;
}

/** Overwrites a few runs of bytes and perhaps cuts the file short, as the input says. */
QByteArray damaged(QByteArray file, FuzzedDataProvider &in)
{
    const int patches = in.ConsumeIntegralInRange(0, 8);
    for (int i = 0; i < patches && !file.isEmpty(); ++i) {
        const qsizetype at = in.ConsumeIntegralInRange<qsizetype>(0, file.size() - 1);
        const std::string bytes = in.ConsumeRandomLengthString(16);
        for (std::size_t j = 0; j < bytes.size() && at + qsizetype(j) < file.size(); ++j)
            file[at + qsizetype(j)] = bytes[j];
    }
    if (in.ConsumeBool())
        file.truncate(in.ConsumeIntegralInRange<qsizetype>(0, file.size()));
    return file;
}

void clearFolder(const QString &dir)
{
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
}

void openStore(FuzzedDataProvider &in, bool damageKey)
{
    Templates &t = templates();
    const QString dir = t.dir.filePath(QStringLiteral("work"));
    clearFolder(dir);
    const bool unclean = in.ConsumeBool();
    if (damageKey) {
        const std::string key = in.ConsumeRemainingBytesAsString();
        writeAll(QDir(dir).filePath(QStringLiteral("key.json")),
            QByteArray(key.data(), qsizetype(key.size())));
        writeAll(QDir(dir).filePath(QStringLiteral("barntid.db")), t.encrypted);
        try {
            // A PIN derivation at the file's own cost: inputs asking for more are not worth a
            // fuzzer's second (the cost bounds themselves are checked by KeyFile::read).
            const std::optional<KeyFile> k
                = KeyFile::read(QDir(dir).filePath(QStringLiteral("key.json")));
            if (k && (k->kdf.memlimit > (1u << 20) || k->kdf.opslimit > 4))
                return;
        } catch (const StoreError &) { }
    } else {
        writeAll(QDir(dir).filePath(QStringLiteral("key.json")), t.keyFile);
        writeAll(QDir(dir).filePath(QStringLiteral("barntid.db")), damaged(t.encrypted, in));
    }
    if (unclean)
        writeAll(QDir(dir).filePath(QStringLiteral("barntid.open")), {});
    Store store(dir, systemClock(), fastOptions());
    try {
        store.unlock(pin);
        // SQLCipher authenticates every page it reads: what opens is what was written, and a
        // damaged page met later (here, writing) is a StoreError too.
        FUZZ_REQUIRE(
            damageKey || store.deviceId() == t.deviceId, "a damaged page was read as data");
        store.audit(QStringLiteral("fuzz"));
    } catch (const StoreError &) { }
    store.lock();
}

void openPlain(FuzzedDataProvider &in)
{
    Templates &t = templates();
    const QString dir = t.dir.filePath(QStringLiteral("plain"));
    clearFolder(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("plain.db"));
    writeAll(path, damaged(in.ConsumeBool() ? t.plainLatest : t.plainFirst, in));
    try {
        Connection c(path, nullptr, ConnectionOptions {});
        const QStringList problems = c.integrityProblems();
        Q_UNUSED(problems);
        Migrations::migrate(c);
        FUZZ_REQUIRE(c.userVersion() == Migrations::latestVersion, "migrated to another version");
    } catch (const StoreError &) { }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    FuzzedDataProvider in(data, size);
    switch (in.ConsumeIntegralInRange(0, 2)) {
    case 0:
        openStore(in, false);
        break;
    case 1:
        openStore(in, true);
        break;
    default:
        openPlain(in);
        break;
    }
    return 0;
}
