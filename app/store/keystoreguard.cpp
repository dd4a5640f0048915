// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/keystoreguard.h"

#include "platform/keystore.h"
#include "store/securebytes.h"
#include "store/storeerror.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace barntid {

using namespace Qt::StringLiterals;

namespace {

constexpr std::size_t kSealKeySize = crypto_secretbox_KEYBYTES;
constexpr qsizetype kInnerSize = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + 32;

/** Wipes a QByteArray's own buffer (detaching first, so a copy held elsewhere is untouched). */
void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
}

StoreError missing()
{
    return StoreError(StoreErrorCode::KeyStoreMissing,
        u"the device keystore does not hold this store's key (copied store or reset keystore)"_s);
}

StoreError unavailable()
{
    return StoreError(StoreErrorCode::KeyStoreUnavailable, u"the device keystore did not answer"_s);
}

} // namespace

KeyStoreGuard::KeyStoreGuard(const QString &keyFilePath, KeyStore *keyStore)
    : m_keyStore(keyStore)
{
    if (sodium_init() < 0)
        throw StoreError(StoreErrorCode::Internal, u"libsodium failed to start"_s);
    // Named after where the key file lives, not after anything in it: editing or replacing the
    // file cannot point the app at another (fresh) counter. Hashed, so the keystore's list of
    // entries does not show the user's folders.
    const QByteArray path = QDir::cleanPath(QFileInfo(keyFilePath).absoluteFilePath()).toUtf8();
    unsigned char digest[16];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char *>(path.data()),
        std::size_t(path.size()), nullptr, 0);
    m_id = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

bool KeyStoreGuard::active() const
{
    return m_keyStore && m_keyStore->available();
}

QString KeyStoreGuard::backendName() const
{
    return m_keyStore ? m_keyStore->backendName() : u"none"_s;
}

QString KeyStoreGuard::entry(const QString &what) const
{
    return u"store-%1/%2"_s.arg(m_id, what);
}

std::optional<KeyStoreGuard::Attempts> KeyStoreGuard::attempts() const
{
    if (!active())
        return std::nullopt;
    const KeyStore::Entry e = m_keyStore->load(attemptsName());
    if (e.status == KeyStore::Status::NotFound)
        return Attempts {};
    if (e.status != KeyStore::Status::Ok)
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(e.secret).object();
    if (!o.value(u"failed_attempts").isDouble())
        return std::nullopt;
    return Attempts {
        o.value(u"failed_attempts").toInt(), qint64(o.value(u"not_before").toDouble())};
}

bool KeyStoreGuard::setAttempts(const Attempts &attempts)
{
    const QJsonObject o {
        {u"failed_attempts"_s, attempts.failures}, {u"not_before"_s, double(attempts.notBeforeMs)}};
    return active()
        && m_keyStore->store(attemptsName(), QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void KeyStoreGuard::seal(KeyFile &k, const unsigned char *sealKey)
{
    const QByteArray inner = k.nonce + k.wrapped;
    k.sealNonce.resize(crypto_secretbox_NONCEBYTES);
    randombytes_buf(k.sealNonce.data(), std::size_t(k.sealNonce.size()));
    k.sealed.resize(qsizetype(crypto_secretbox_MACBYTES) + inner.size());
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(k.sealed.data()),
        reinterpret_cast<const unsigned char *>(inner.constData()), std::size_t(inner.size()),
        reinterpret_cast<const unsigned char *>(k.sealNonce.constData()), sealKey);
}

bool KeyStoreGuard::sealNew(KeyFile &k)
{
    if (!active())
        return false;
    const SecureBytes key = SecureBytes::random(kSealKeySize);
    QByteArray copy(reinterpret_cast<const char *>(key.data()), qsizetype(key.size()));
    // Read back before anything depends on it: a keystore that accepts a write and then does
    // not return it would otherwise lock the user out of their own data.
    bool kept = m_keyStore->store(sealKeyName(), copy);
    if (kept) {
        KeyStore::Entry back = m_keyStore->load(sealKeyName());
        kept = back.status == KeyStore::Status::Ok && back.secret == copy;
        wipe(back.secret);
    }
    wipe(copy);
    if (kept)
        seal(k, key.data());
    return kept;
}

void KeyStoreGuard::reseal(KeyFile &k) const
{
    if (!active())
        throw unavailable();
    KeyStore::Entry e = m_keyStore->load(sealKeyName());
    if (e.status == KeyStore::Status::Failed)
        throw unavailable();
    if (e.status == KeyStore::Status::NotFound || e.secret.size() != qsizetype(kSealKeySize))
        throw missing();
    const SecureBytes key = SecureBytes::copyOf(e.secret);
    wipe(e.secret);
    seal(k, key.data());
}

void KeyStoreGuard::open(KeyFile &k) const
{
    if (!k.isSealed())
        return;
    if (!active())
        throw unavailable();
    KeyStore::Entry e = m_keyStore->load(sealKeyName());
    if (e.status == KeyStore::Status::Failed)
        throw unavailable();
    if (e.status == KeyStore::Status::NotFound || e.secret.size() != qsizetype(kSealKeySize)
        || k.sealed.size() != qsizetype(crypto_secretbox_MACBYTES) + kInnerSize) {
        wipe(e.secret);
        throw missing();
    }
    QByteArray inner(kInnerSize, '\0');
    const bool ok = crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(inner.data()),
                        reinterpret_cast<const unsigned char *>(k.sealed.constData()),
                        std::size_t(k.sealed.size()),
                        reinterpret_cast<const unsigned char *>(k.sealNonce.constData()),
                        reinterpret_cast<const unsigned char *>(e.secret.constData()))
        == 0;
    wipe(e.secret);
    // A keystore key that does not open the seal belongs to another key file at this path.
    if (!ok)
        throw missing();
    k.nonce = inner.left(crypto_secretbox_NONCEBYTES);
    k.wrapped = inner.mid(crypto_secretbox_NONCEBYTES);
}

void KeyStoreGuard::forgetSealKey()
{
    if (active())
        m_keyStore->remove(sealKeyName());
}

void KeyStoreGuard::forgetAttempts()
{
    if (active())
        m_keyStore->remove(attemptsName());
}

} // namespace barntid
