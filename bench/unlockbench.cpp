// SPDX-License-Identifier: GPL-3.0-or-later
// (e): the unlock a person waits for after typing the PIN, against the part of it that is
// deliberately slow.
#include "benchtiming.h"
#include "domain/clock.h"
#include "store/store.h"
#include "storebench.h"

#include <QDir>
#include <QTemporaryDir>

#include <sodium.h>
#include <stdexcept>

namespace barntid::bench {

void benchUnlock(const BenchConfig &config)
{
    QTemporaryDir dir(QDir(config.tempDir).filePath(QStringLiteral("unlock-XXXXXX")));
    if (!dir.isValid())
        throw std::runtime_error("no temporary directory");
    const StoreOptions options;
    Store store(dir.filePath(QStringLiteral("store")), systemClock(), options);
    store.initialize(benchPin);
    store.lock();

    const QByteArray pin = benchPin.toUtf8();
    unsigned char salt[crypto_pwhash_SALTBYTES];
    randombytes_buf(salt, sizeof salt);
    unsigned char derived[crypto_secretbox_KEYBYTES];

    std::vector<double> ours, argon;
    for (int round = 0; round < config.unlockRounds; ++round) {
        ours.push_back(elapsedMs([&] { store.unlock(benchPin); }));
        if (!store.isOpen())
            throw std::runtime_error("unlock left the store closed");
        store.lock();
        argon.push_back(elapsedMs([&] {
            if (crypto_pwhash(derived, sizeof derived, pin.constData(), quint64(pin.size()), salt,
                    options.kdf.opslimit, options.kdf.memlimit, crypto_pwhash_ALG_ARGON2ID13)
                != 0)
                throw std::runtime_error("crypto_pwhash ran out of memory");
        }));
    }
    sodium_memzero(derived, sizeof derived);
    printRatio("unlock", median(ours), median(argon), "ms", "ours", "argon2id alone");
}

} // namespace barntid::bench
