// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/keystore.h"

#ifdef BARNTID_HAVE_QTKEYCHAIN
#include "platform/qtkeychainstore.h"
#endif

#include <QCoreApplication>

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
    Entry load(const QString &) override { return {}; }
    bool remove(const QString &) override { return false; }
};

} // namespace

std::unique_ptr<KeyStore> createKeyStore()
{
#ifdef BARNTID_HAVE_QTKEYCHAIN
    // QtKeychain's jobs need a running Qt event loop; a plain library user without an
    // application object gets no keystore rather than a hang.
    if (QCoreApplication::instance())
        return std::make_unique<QtKeychainStore>();
#endif
    return std::make_unique<NullKeyStore>();
}

} // namespace barntid
