// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets.h"

#include <sodium.h>

namespace barntid::server::secrets {

namespace {

bool ready()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

} // namespace

QString hashPassword(const QString &password)
{
    if (!ready())
        qFatal("libsodium could not be initialised");
    const QByteArray pw = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, pw.constData(), quint64(pw.size()),
            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        qFatal("out of memory while hashing a password");
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString &hash, const QString &password)
{
    if (!ready())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray pw = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), pw.constData(), quint64(pw.size())) == 0;
}

void burnPasswordCheck(const QString &password)
{
    static const QString dummy = hashPassword(QStringLiteral("not a real account"));
    verifyPassword(dummy, password);
}

QString newToken()
{
    if (!ready())
        qFatal("libsodium could not be initialised");
    QByteArray raw(32, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    const QString token = QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    sodium_memzero(raw.data(), size_t(raw.size()));
    return token;
}

QString tokenHash(const QString &token)
{
    ready();
    const QByteArray t = token.toLatin1();
    unsigned char out[32];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char *>(t.constData()),
        size_t(t.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex());
}

} // namespace barntid::server::secrets
