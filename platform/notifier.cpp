// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/notifier.h"

#ifdef BARNTID_HAVE_DBUS
#include "platform/dbusnotifier.h"
#endif

#include <QCoreApplication>

namespace barntid {

Notifier::~Notifier() = default;

namespace {

/** No notification service in this build: every reminder is shown in the app. */
class NullNotifier final : public Notifier
{
public:
    QString backendName() const override { return QStringLiteral("none"); }
    bool available() const override { return false; }
    void show(const QString &, const QString &, const QString &) override { }
    void withdraw(const QString &) override { }
};

} // namespace

std::unique_ptr<Notifier> createNotifier()
{
#ifdef BARNTID_HAVE_DBUS
    // D-Bus replies arrive through the event loop; without an application there is none.
    if (QCoreApplication::instance())
        return std::make_unique<DBusNotifier>();
#endif
    return std::make_unique<NullNotifier>();
}

} // namespace barntid
