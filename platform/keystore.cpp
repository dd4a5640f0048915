// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/keystore.h"

namespace barntid {

KeyStore::~KeyStore() = default;

namespace {

/** Linux without a secret service and CI: no second wrap, and the app says so. */
class NullKeyStore final : public KeyStore
{
public:
    QString backendName() const override { return QStringLiteral("none"); }
    bool available() const override { return false; }
    bool store(const QString &, const QByteArray &) override { return false; }
    std::optional<QByteArray> load(const QString &) override { return std::nullopt; }
    bool remove(const QString &) override { return false; }
};

} // namespace

std::unique_ptr<KeyStore> createKeyStore()
{
    return std::make_unique<NullKeyStore>();
}

} // namespace barntid
