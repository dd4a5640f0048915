// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace barntid::server::secrets {

/** Argon2id (libsodium's crypto_pwhash_str, interactive limits, 64 MiB). */
QString hashPassword(const QString &password);
bool verifyPassword(const QString &hash, const QString &password);
/** 32 random bytes, URL-safe base64: what the client holds. Only its hash is stored. */
QString newToken();
QString tokenHash(const QString &token);
/** A fixed-cost dummy verification, so an unknown username takes as long as a wrong password. */
void burnPasswordCheck(const QString &password);

} // namespace barntid::server::secrets
