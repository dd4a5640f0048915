// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/backoff.h"
#include "engine/syncclient.h"
#include "engine/syncreport.h"
#include "models/synctext.h"
#include "store/storechanges.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <QUrl>

class QThread;

namespace barntid {

class Session;
class SyncWorker;

/** The app's side of sync (issue 5): signs in, runs the engine on its own thread when the app
 *  starts, the network returns, a timer fires or something was saved, and tells the worker in
 *  plain words whether it is safe to leave. */
class SyncController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Sync)
    QML_SINGLETON
    Q_PROPERTY(Status status READ status NOTIFY changed)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(int pending READ pending NOTIFY changed)
    Q_PROPERTY(int needsAttention READ needsAttention NOTIFY changed)
    Q_PROPERTY(bool safeToLeave READ safeToLeave NOTIFY changed)
    Q_PROPERTY(QString receipt READ receipt NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(QString progressText READ progressText NOTIFY changed)
    Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY changed)
    Q_PROPERTY(QString lastSyncText READ lastSyncText NOTIFY changed)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY changed)
    Q_PROPERTY(QString username READ username NOTIFY changed)
    Q_PROPERTY(QString displayName READ displayName NOTIFY changed)
    /** Changes waiting to be sent while the last run failed for the network (or the server's
     *  5xx): the needs-attention list's "no connection" row. 0 otherwise. */
    Q_PROPERTY(int waitingForConnection READ waitingForConnection NOTIFY changed)
    /** The last sign-in was another account: the previous one's data left this tablet. */
    Q_PROPERTY(bool accountReplaced READ accountReplaced NOTIFY changed)

public:
    enum class Status { SignedOut, Offline, Syncing, UpToDate, NeedsAttention };
    Q_ENUM(Status)

    /** Follows the session: starts with its store, stops before it locks. */
    SyncController(Session *session, const QUrl &defaultServer, QObject *parent);
    ~SyncController() override;

    static void setInstance(SyncController *controller);
    static SyncController *create(QQmlEngine *, QJSEngine *);
    /** The registered instance, or nullptr (C++ models). */
    static SyncController *instance();

    Status status() const;
    bool signedIn() const { return !m_username.isEmpty() && !m_needsSignIn; }
    bool busy() const { return m_running || m_signingIn; }
    int pending() const { return m_pending; }
    int needsAttention() const { return m_needsAttention; }
    bool safeToLeave() const;
    QString receipt() const;
    QString statusText() const;
    QString errorText() const { return m_errorText; }
    QString progressText() const { return m_progressText; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    QString lastSyncText() const { return SyncText::lastSynced(m_lastSuccess); }
    QString serverUrl() const { return m_server.toString(); }
    QString username() const { return m_username; }
    QString displayName() const { return m_displayName; }
    bool accountReplaced() const { return m_accountReplaced; }
    int waitingForConnection() const { return m_retrying ? m_lastSendable : 0; }

    Q_INVOKABLE void signIn(
        const QString &server, const QString &username, const QString &password);
    Q_INVOKABLE void syncNow();
    Q_INVOKABLE void signOut();
    /** Sends refused changes again (after the cause was fixed on the server). */
    Q_INVOKABLE void retryRefused();
    /** Asks the server for its copy of one record; serverCopyFetched answers (on this thread). */
    void fetchServerCopy(const QString &entity, const QString &id);
    /** Asks the server for a one-time journal link; journalLinkReady answers (on this thread). */
    void requestJournalLink(const QString &entity, const QString &id);

signals:
    void changed();
    /** A run finished and wrote what it pulled: lists should reload. */
    void synced();
    void signInFinished(bool ok);
    /** errorText is empty when the copy came. */
    void serverCopyFetched(const QString &entity, const QString &id, const QString &errorText,
        const barntid::sync::ServerRecord &copy);
    /** link is valid when error is none. */
    void journalLinkReady(const QString &entity, const QString &id,
        const barntid::sync::SyncError &error, const QUrl &link);

private:
    void onSessionState();
    void startWorker();
    void stopWorker();
    void onFinished(const sync::SyncReport &report);
    void onSignIn(const sync::SyncError &error, const QString &displayName, bool replaced);
    void refreshCounts();
    void onStoreChanges(const StoreChangeList &changes);
    void setError(const QString &text);

    QPointer<Session> m_session;
    QThread *m_thread = nullptr;
    SyncWorker *m_worker = nullptr;
    QUrl m_server;
    QString m_username;
    QString m_displayName;
    bool m_needsSignIn = false;
    bool m_running = false;
    bool m_again = false;
    bool m_signingIn = false;
    bool m_offline = false;
    bool m_retrying = false; // the last run failed for the network or the server's 5xx
    bool m_accountReplaced = false;
    int m_pending = 0;
    int m_needsAttention = 0;
    int m_lastSendable = 0;
    int m_acknowledgedToday = 0;
    QDateTime m_lastSuccess;
    QString m_errorText;
    QString m_progressText;
    QTimer m_periodic;
    QTimer m_debounce;
    QTimer m_retry;
    sync::Backoff m_backoff;
};

} // namespace barntid
