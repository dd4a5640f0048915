// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/notifier.h"

#include <QHash>
#include <QObject>

class QDBusPendingCallWatcher;

namespace barntid {

/** Notifier over the desktop notification service on the session bus
 *  (org.freedesktop.Notifications): Linux desktops and phones. Every call is asynchronous, so a
 *  slow or hung service never holds up the UI thread. */
class DBusNotifier final : public QObject, public Notifier
{
    Q_OBJECT

public:
    explicit DBusNotifier(QObject *parent = nullptr);

    QString backendName() const override;
    /** The service owns its name on the bus now, or the bus can start it on demand. */
    bool available() const override { return m_available; }
    void show(const QString &id, const QString &title, const QString &body) override;
    void withdraw(const QString &id) override;

signals:
    void availableChanged();
    /** The service answered a show for id (ok) or refused it. */
    void answered(const QString &id, bool ok);

private slots:
    void onClosed(uint serverId, uint reason);

private:
    /** One of our ids: the service's id for it and what waits while a call is out. */
    struct Entry
    {
        uint serverId = 0; ///< 0 until the service answered; replaces_id of the next show
        bool inFlight = false;
        bool queued = false; ///< shown again while in flight: send once the answer is there
        bool closeAfter = false; ///< withdrawn while in flight
        QString title, body;
    };

    void setAvailable(bool available);
    void send(const QString &id, Entry &entry);
    void onNotifyReply(const QString &id, QDBusPendingCallWatcher *watcher);
    void close(uint serverId);

    QHash<QString, Entry> m_entries;
    bool m_available = false;
    bool m_activatable = false;
};

} // namespace barntid
