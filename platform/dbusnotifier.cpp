// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/dbusnotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QLoggingCategory>
#include <QVariantMap>

namespace barntid {

namespace {

Q_LOGGING_CATEGORY(lcNotifier, "barntid.notifier")

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
// A reminder an hour before the meeting is stale an hour later; the service may keep it less.
constexpr int kExpireMs = 60 * 60 * 1000;
// The bus daemon answers its own questions at once; a service may take a moment to start.
constexpr int kBusTimeoutMs = 1000;
constexpr int kCallTimeoutMs = 10'000;
constexpr uchar kUrgencyNormal = 1;

QDBusMessage busCall(const QString &method)
{
    return QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
        QStringLiteral("/org/freedesktop/DBus"), QStringLiteral("org.freedesktop.DBus"), method);
}

/** Asks the bus daemon (never the notification service) once, with a short timeout. */
bool askBus(const QString &method, const QVariantList &arguments, QVariant *answer)
{
    QDBusMessage message = busCall(method);
    message.setArguments(arguments);
    const QDBusMessage reply
        = QDBusConnection::sessionBus().call(message, QDBus::Block, kBusTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return false;
    *answer = reply.arguments().constFirst();
    return true;
}

} // namespace

DBusNotifier::DBusNotifier(QObject *parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCInfo(lcNotifier, "no session bus: reminders are shown in the app");
        return;
    }
    QVariant answer;
    if (askBus(QStringLiteral("ListActivatableNames"), {}, &answer))
        m_activatable = answer.toStringList().contains(kService);
    const bool owned
        = askBus(QStringLiteral("NameHasOwner"), {kService}, &answer) && answer.toBool();
    m_available = owned || m_activatable;
    auto *watcher = new QDBusServiceWatcher(kService, bus,
        QDBusServiceWatcher::WatchForRegistration | QDBusServiceWatcher::WatchForUnregistration,
        this);
    connect(watcher, &QDBusServiceWatcher::serviceRegistered, this, [this] { setAvailable(true); });
    connect(watcher, &QDBusServiceWatcher::serviceUnregistered, this, [this] {
        m_entries.clear(); // a new service knows none of the old ids
        setAvailable(m_activatable);
    });
    bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
        SLOT(onClosed(uint, uint)));
}

QString DBusNotifier::backendName() const
{
    return QStringLiteral("freedesktop");
}

void DBusNotifier::setAvailable(bool available)
{
    if (m_available == available)
        return;
    m_available = available;
    emit availableChanged();
}

void DBusNotifier::show(const QString &id, const QString &title, const QString &body)
{
    Entry &entry = m_entries[id];
    entry.title = title;
    entry.body = body;
    entry.closeAfter = false;
    if (entry.inFlight)
        entry.queued = true; // replaces_id is known only once the first answer is in
    else
        send(id, entry);
}

void DBusNotifier::withdraw(const QString &id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    if (it->inFlight) {
        it->closeAfter = true;
        it->queued = false;
        return;
    }
    close(it->serverId);
    m_entries.erase(it);
}

void DBusNotifier::send(const QString &id, Entry &entry)
{
    QDBusMessage message
        = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    const QVariantMap hints {{QStringLiteral("urgency"), QVariant::fromValue(kUrgencyNormal)}};
    message << QStringLiteral("Barntid") << entry.serverId << QString() << entry.title << entry.body
            << QStringList() << hints << kExpireMs;
    entry.inFlight = true;
    entry.queued = false;
    auto *watcher = new QDBusPendingCallWatcher(
        QDBusConnection::sessionBus().asyncCall(message, kCallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
        [this, id](QDBusPendingCallWatcher *w) { onNotifyReply(id, w); });
}

void DBusNotifier::onNotifyReply(const QString &id, QDBusPendingCallWatcher *watcher)
{
    watcher->deleteLater();
    const QDBusPendingReply<uint> reply = *watcher;
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return; // the service went away meanwhile
    it->inFlight = false;
    const bool ok = !reply.isError();
    if (ok)
        it->serverId = reply.value();
    else // the error's name only: the message may quote what we sent
        qCWarning(lcNotifier, "the notification service refused a reminder: %s",
            qPrintable(reply.error().name()));
    if (it->closeAfter) {
        close(it->serverId);
        m_entries.erase(it);
    } else if (it->queued) {
        send(id, *it);
    }
    emit answered(id, ok);
}

void DBusNotifier::close(uint serverId)
{
    if (serverId == 0)
        return;
    QDBusMessage message = QDBusMessage::createMethodCall(
        kService, kPath, kInterface, QStringLiteral("CloseNotification"));
    message << serverId;
    QDBusConnection::sessionBus().send(message); // the answer tells nothing we act on
}

void DBusNotifier::onClosed(uint serverId, uint reason)
{
    Q_UNUSED(reason);
    // Dismissed or expired: the next show of that id is a new notification, not a replacement.
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->serverId == serverId && !it->inFlight) {
            m_entries.erase(it);
            return;
        }
    }
}

} // namespace barntid
