// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/keyfile.h"

#include "store/storeerror.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cerrno>
#include <sodium.h>

namespace barntid {

using namespace Qt::StringLiterals;

namespace {

constexpr int kFormat = 1;
// What a key file may ask the PIN derivation to spend: this app never writes more (DESIGN.md §5
// asks 64 MiB; raising it later stays far below), and a damaged or edited file asking for more
// must be refused as damage, not tried until the tablet runs out of memory.
constexpr double kMaxOpslimit = 16;
constexpr double kMaxMemlimit = double(quint64(1) << 30);

/** A whole number in [min, max], or 0 for anything else (a fraction, a negative, out of range). */
quint64 cost(const QJsonValue &v, double min, double max)
{
    const double d = v.toDouble();
    return d >= min && d <= max && d == double(quint64(d)) ? quint64(d) : 0;
}

QByteArray fromBase64(const QJsonValue &v)
{
    auto result = QByteArray::fromBase64Encoding(
        v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return result ? *result : QByteArray();
}

} // namespace

std::optional<KeyFile> KeyFile::read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreErrorCode::Io, QStringLiteral("the key file cannot be read"));
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(file.read(64 * 1024), &error);
    const auto o = doc.object();
    if (error.error != QJsonParseError::NoError || o.value(u"format").toInt() != kFormat)
        throw StoreError(StoreErrorCode::Damaged, QStringLiteral("the key file is damaged"));

    KeyFile k;
    k.destroyed = o.value(u"destroyed").toBool();
    k.failedAttempts = o.value(u"failed_attempts").toInt();
    k.notBeforeMs = qint64(o.value(u"not_before").toDouble());
    if (k.destroyed)
        return k;
    const auto kdf = o.value(u"kdf").toObject();
    k.kdf.opslimit = cost(kdf.value(u"opslimit"), crypto_pwhash_OPSLIMIT_MIN, kMaxOpslimit);
    k.kdf.memlimit = cost(kdf.value(u"memlimit"), crypto_pwhash_MEMLIMIT_MIN, kMaxMemlimit);
    k.salt = fromBase64(kdf.value(u"salt"));
    k.nonce = fromBase64(o.value(u"nonce"));
    k.wrapped = fromBase64(o.value(u"wrapped"));
    const auto seal = o.value(u"keystore").toObject();
    k.sealNonce = fromBase64(seal.value(u"nonce"));
    k.sealed = fromBase64(seal.value(u"sealed"));
    // Exactly one of the two layers is on disk: the PIN layer alone, or it sealed.
    const bool pinLayer = !k.nonce.isEmpty() && !k.wrapped.isEmpty();
    const bool sealLayer = !k.sealNonce.isEmpty() && !k.sealed.isEmpty();
    if (kdf.value(u"alg").toString() != u"argon2id13" || k.salt.isEmpty() || pinLayer == sealLayer
        || k.kdf.opslimit == 0 || k.kdf.memlimit == 0)
        throw StoreError(StoreErrorCode::Damaged, QStringLiteral("the key file is damaged"));
    return k;
}

void KeyFile::write(const QString &path) const
{
    QJsonObject o {
        {u"format"_s, kFormat},
        {u"destroyed"_s, destroyed},
        {u"failed_attempts"_s, failedAttempts},
        {u"not_before"_s, double(notBeforeMs)},
    };
    if (!destroyed) {
        o.insert(u"kdf"_s,
            QJsonObject {{u"alg"_s, u"argon2id13"_s},
                {u"salt"_s, QString::fromLatin1(salt.toBase64())},
                {u"opslimit"_s, double(kdf.opslimit)}, {u"memlimit"_s, double(kdf.memlimit)}});
        if (isSealed()) {
            o.insert(u"keystore"_s,
                QJsonObject {{u"nonce"_s, QString::fromLatin1(sealNonce.toBase64())},
                    {u"sealed"_s, QString::fromLatin1(sealed.toBase64())}});
        } else {
            o.insert(u"nonce"_s, QString::fromLatin1(nonce.toBase64()));
            o.insert(u"wrapped"_s, QString::fromLatin1(wrapped.toBase64()));
        }
    }
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    const auto bytes = QJsonDocument(o).toJson(QJsonDocument::Indented);
    // Unbuffered: Qt 6.4's QSaveFile buffers writes, and when the flush in commit() meets a full
    // disk it still renames the empty file over the old one (reproduced on a full tmpfs), which
    // here would destroy the only wrapped key. Unbuffered, the write itself fails.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)
        || file.write(bytes) != bytes.size() || !file.commit()) {
        const bool full = file.error() == QFileDevice::ResourceError || errno == ENOSPC;
        throw StoreError(full ? StoreErrorCode::DiskFull : StoreErrorCode::Io,
            QStringLiteral("the key file cannot be written: %1").arg(file.errorString()));
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace barntid
