// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/pinvault.h"

#include "domain/clock.h"
#include "store/storeerror.h"

#include <QFile>

#include <algorithm>
#include <sodium.h>

namespace barntid {

PinVault::PinVault(
    const QString &keyFilePath, const Clock &clock, KdfParams params, KeyStore *keyStore)
    : m_path(keyFilePath)
    , m_clock(clock)
    , m_params(params)
    , m_guard(keyFilePath, keyStore)
{
    if (sodium_init() < 0)
        throw StoreError(StoreErrorCode::Internal, QStringLiteral("libsodium failed to start"));
}

bool PinVault::hasKey() const
{
    const auto k = KeyFile::read(m_path);
    return k && !k->destroyed;
}

bool PinVault::wasDestroyed() const
{
    const auto k = KeyFile::read(m_path);
    return k && k->destroyed;
}

qint64 PinVault::delayAfterFailuresMs(int failures)
{
    // One typo costs nothing; after that the wait doubles (2 s, 4 s, … capped at 5 min), so the
    // ten tries take over ten minutes to burn through by guessing.
    if (failures <= 1)
        return 0;
    return std::min<qint64>(qint64(1000) << std::min(failures - 1, 20), 5 * 60 * 1000);
}

void PinVault::checkPinStrength(const QString &pin)
{
    const bool sameDigit = !pin.isEmpty()
        && std::all_of(pin.begin(), pin.end(), [&](QChar c) { return c == pin.front(); });
    if (pin.size() < minPinLength || sameDigit)
        throw StoreError(StoreErrorCode::WeakPin,
            QStringLiteral("the PIN needs at least %1 characters, not all the same")
                .arg(minPinLength));
}

SecureBytes PinVault::derive(const QString &pin, const QByteArray &salt, KdfParams params)
{
    QByteArray utf8 = pin.toUtf8();
    SecureBytes kek(crypto_secretbox_KEYBYTES);
    const int rc = crypto_pwhash(kek.data(), kek.size(), utf8.constData(), quint64(utf8.size()),
        reinterpret_cast<const unsigned char *>(salt.constData()), params.opslimit, params.memlimit,
        crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), std::size_t(utf8.size()));
    if (rc != 0)
        throw StoreError(
            StoreErrorCode::Internal, QStringLiteral("out of memory deriving the key"));
    return kek;
}

KeyFile PinVault::wrap(const SecureBytes &key, const QString &pin, KdfParams params)
{
    KeyFile k;
    k.kdf = params;
    k.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(k.salt.data(), std::size_t(k.salt.size()));
    k.nonce.resize(crypto_secretbox_NONCEBYTES);
    randombytes_buf(k.nonce.data(), std::size_t(k.nonce.size()));
    const SecureBytes kek = derive(pin, k.salt, params);
    k.wrapped.resize(qsizetype(crypto_secretbox_MACBYTES + key.size()));
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(k.wrapped.data()), key.data(),
        key.size(), reinterpret_cast<const unsigned char *>(k.nonce.constData()), kek.data());
    return k;
}

KeyFile PinVault::load() const
{
    const auto k = KeyFile::read(m_path);
    if (!k)
        throw StoreError(StoreErrorCode::NotInitialized, QStringLiteral("no key on this device"));
    if (k->destroyed)
        throw StoreError(StoreErrorCode::KeyDestroyed,
            QStringLiteral("the key was destroyed after %1 wrong PINs").arg(maxAttempts));
    constexpr qsizetype pinLayer
        = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + keySize;
    bool layerOk = false;
    if (k->isSealed())
        layerOk = k->sealNonce.size() == crypto_secretbox_NONCEBYTES
            && k->sealed.size() == qsizetype(crypto_secretbox_MACBYTES) + pinLayer;
    else
        layerOk = k->nonce.size() == crypto_secretbox_NONCEBYTES
            && k->wrapped.size() == qsizetype(crypto_secretbox_MACBYTES + keySize);
    if (k->salt.size() != crypto_pwhash_SALTBYTES || !layerOk)
        throw StoreError(StoreErrorCode::Damaged, QStringLiteral("the key file is damaged"));
    return *k;
}

void PinVault::applyKeyStoreCount(KeyFile &k) const
{
    // Whichever saw more wrong PINs wins: an edited or restored key file cannot lower the count.
    if (const auto kept = m_guard.attempts()) {
        k.failedAttempts = std::max(k.failedAttempts, kept->failures);
        k.notBeforeMs = std::max(k.notBeforeMs, kept->notBeforeMs);
    }
}

void PinVault::countTry(const KeyFile &k)
{
    // Counted before the PIN is checked: killing the process mid-check must not give a free try.
    // A sealed key is never tried without the keystore having counted it.
    const bool kept = m_guard.setAttempts({k.failedAttempts, k.notBeforeMs});
    if (!kept && k.isSealed())
        throw StoreError(StoreErrorCode::KeyStoreUnavailable,
            QStringLiteral("the device keystore did not take the attempt count"));
    k.write(m_path);
}

void PinVault::succeeded(KeyFile k)
{
    k.failedAttempts = 0;
    k.notBeforeMs = 0;
    m_guard.setAttempts({});
    // Migration: a key file from before the keystore (or from a device without one) gets its
    // second wrap at the first successful unlock where a keystore answers.
    if (!k.isSealed())
        m_guard.sealNew(k);
    k.write(m_path);
}

void PinVault::destroy(int failures)
{
    KeyFile gone;
    gone.destroyed = true;
    gone.failedAttempts = failures;
    gone.write(m_path); // the atomic replace drops the only wrapped copy of the key
    // Any sealed copy elsewhere (a backup, a restored file) can no longer be opened either. The
    // keystore's counter stays at its count, so a restored unsealed copy is destroyed too.
    m_guard.forgetSealKey();
    throw StoreError(StoreErrorCode::KeyDestroyed,
        QStringLiteral("wrong PIN %1 times: the key was destroyed").arg(maxAttempts));
}

SecureBytes PinVault::create(const QString &pin)
{
    checkPinStrength(pin);
    if (hasKey())
        throw StoreError(
            StoreErrorCode::AlreadyInitialized, QStringLiteral("a key exists already"));
    SecureBytes key = SecureBytes::random(keySize);
    KeyFile k = wrap(key, pin, m_params);
    if (m_guard.active()) {
        // A new key starts with a clean count; one left by a destroyed key must not carry over.
        if (!m_guard.setAttempts({}))
            throw StoreError(StoreErrorCode::KeyStoreUnavailable,
                QStringLiteral("the device keystore did not answer"));
        m_guard.sealNew(k); // refused: PIN only now, sealed at a later unlock
    }
    k.write(m_path);
    return key;
}

SecureBytes PinVault::unlock(const QString &pin, LastTry lastTry)
{
    KeyFile k = load();
    applyKeyStoreCount(k);
    // A key file restored after the keystore counted the last wrong PIN: the key stays gone.
    if (k.failedAttempts >= maxAttempts)
        destroy(k.failedAttempts);
    m_guard.open(k); // before anything is counted: a missing keystore entry is no wrong PIN
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (now < k.notBeforeMs) {
        StoreError e(StoreErrorCode::LockedOut, QStringLiteral("too soon after a wrong PIN"));
        e.retryAfterMs = k.notBeforeMs - now;
        e.remainingAttempts = maxAttempts - k.failedAttempts;
        throw e;
    }
    const KeyFile before = k;
    k.failedAttempts += 1;
    k.notBeforeMs = now + delayAfterFailuresMs(k.failedAttempts);
    if (lastTry == LastTry::Spared && k.failedAttempts >= maxAttempts) {
        k.failedAttempts = maxAttempts - 1;
        k.notBeforeMs = now + delayAfterFailuresMs(maxAttempts);
    }
    countTry(k);

    const SecureBytes kek = derive(pin, k.salt, k.kdf);
    SecureBytes key(keySize);
    const bool ok = crypto_secretbox_open_easy(key.data(),
                        reinterpret_cast<const unsigned char *>(k.wrapped.constData()),
                        std::size_t(k.wrapped.size()),
                        reinterpret_cast<const unsigned char *>(k.nonce.constData()), kek.data())
        == 0;
    if (ok) {
        succeeded(before);
        return key;
    }
    if (k.failedAttempts >= maxAttempts)
        destroy(k.failedAttempts);
    StoreError e(StoreErrorCode::WrongPin, QStringLiteral("wrong PIN"));
    e.remainingAttempts = maxAttempts - k.failedAttempts;
    e.retryAfterMs = k.notBeforeMs - now;
    throw e;
}

void PinVault::changePin(const QString &oldPin, const QString &newPin)
{
    checkPinStrength(newPin);
    const SecureBytes key = unlock(oldPin);
    KeyFile k = wrap(key, newPin, m_params);
    // unlock() sealed the file if a keystore answers; the new PIN layer gets the same seal key.
    if (load().isSealed())
        m_guard.reseal(k);
    k.write(m_path);
}

int PinVault::remainingAttempts() const
{
    auto k = KeyFile::read(m_path);
    if (!k || k->destroyed)
        return 0;
    applyKeyStoreCount(*k);
    return std::max(0, maxAttempts - k->failedAttempts);
}

qint64 PinVault::retryAfterMs() const
{
    auto k = KeyFile::read(m_path);
    if (!k)
        return 0;
    applyKeyStoreCount(*k);
    return std::max<qint64>(0, k->notBeforeMs - m_clock.now().toMSecsSinceEpoch());
}

PinVault::Protection PinVault::protection() const
{
    std::optional<KeyFile> k;
    try {
        k = KeyFile::read(m_path);
    } catch (const StoreError &) {
        // A damaged key file says nothing about protection; the unlock reports the damage.
    }
    const bool hasLiveKey = k && !k->destroyed;
    if (hasLiveKey && k->isSealed())
        return Protection::PinAndKeyStore;
    if (!m_guard.active())
        return Protection::PinOnly;
    return hasLiveKey ? Protection::KeyStoreAtNextUnlock : Protection::PinAndKeyStore;
}

void PinVault::forgetKeyStoreEntries()
{
    m_guard.forgetSealKey();
    m_guard.forgetAttempts();
}

} // namespace barntid
