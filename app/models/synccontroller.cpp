// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/synccontroller.h"

#include "domain/timeformat.h"
#include "engine/syncclient.h"
#include "models/session.h"
#include "models/synctext.h"
#include "models/syncworker.h"
#include "store/outbox.h"
#include "store/store.h"

#include <QNetworkInformation>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QThread>

#include <algorithm>

namespace barntid {

using namespace std::chrono_literals;
using Kind = sync::SyncError::Kind;

namespace {

SyncController *g_instance = nullptr;

constexpr auto periodicInterval = 5min;
constexpr auto afterWriteDelay = 5s;

QString today()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(stockholm()).date().toString(Qt::ISODate);
}

} // namespace

SyncController::SyncController(Session *session, const QUrl &defaultServer, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_server(defaultServer)
    , m_backoff(
          5s, 5min, [](quint64 bound) { return QRandomGenerator::global()->bounded(bound + 1); })
{
    qRegisterMetaType<sync::SyncError>();
    qRegisterMetaType<sync::SyncReport>();
    qRegisterMetaType<sync::ServerRecord>();
    m_periodic.setInterval(periodicInterval);
    m_debounce.setInterval(afterWriteDelay);
    m_debounce.setSingleShot(true);
    m_retry.setSingleShot(true);
    connect(&m_periodic, &QTimer::timeout, this, &SyncController::syncNow);
    connect(&m_debounce, &QTimer::timeout, this, &SyncController::syncNow);
    connect(&m_retry, &QTimer::timeout, this, &SyncController::syncNow);
    if (session) {
        // Local writes (and the sync thread's own) are told by the store's feed after commit.
        connect(
            &session->changes(), &StoreChanges::committed, this, &SyncController::onStoreChanges);
        connect(session, &Session::stateChanged, this, &SyncController::onSessionState);
        // Before the store closes: the worker's connection must go first.
        connect(session, &Session::aboutToLock, this, &SyncController::stopWorker);
    }
    // Back online: sync at once. Without a backend (no NetworkManager) the retry timer probes.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability r) {
                m_offline = r == QNetworkInformation::Reachability::Disconnected;
                emit changed();
                if (!m_offline)
                    syncNow();
            });
    }
    onSessionState();
}

SyncController::~SyncController()
{
    stopWorker();
    if (g_instance == this)
        g_instance = nullptr;
    m_periodic.stop();
}

void SyncController::setInstance(SyncController *controller)
{
    g_instance = controller;
}

SyncController *SyncController::instance()
{
    return g_instance;
}

SyncController *SyncController::create(QQmlEngine *engine, QJSEngine *)
{
    // Tools and test runners that make no controller get one that is signed out.
    if (!g_instance) {
        auto *own = new SyncController(Session::instance(), {}, nullptr);
        QQmlEngine::setObjectOwnership(own, QQmlEngine::JavaScriptOwnership);
        Q_UNUSED(engine);
        return own;
    }
    QQmlEngine::setObjectOwnership(g_instance, QQmlEngine::CppOwnership);
    return g_instance;
}

void SyncController::onSessionState()
{
    Session *session = m_session.data();
    Store *store = session && session->state() == Session::State::Open ? session->store() : nullptr;
    if (!store) {
        stopWorker();
        m_periodic.stop();
        m_debounce.stop();
        m_retry.stop();
        if (session && session->state() != Session::State::Locked) {
            // A new or wiped store: nobody is signed in and nothing is pending.
            m_username.clear();
            m_displayName.clear();
            m_needsSignIn = m_accountReplaced = false;
            m_pending = m_needsAttention = m_lastSendable = m_acknowledgedToday = 0;
            m_retrying = false;
            m_lastSuccess = {};
            emit changed();
        }
        return;
    }
    const QString server = store->setting(QStringLiteral("server_url"));
    if (!server.isEmpty())
        m_server = QUrl(server);
    m_username = store->setting(QStringLiteral("server_username"));
    m_displayName = store->setting(QStringLiteral("display_name"));
    if (store->setting(QStringLiteral("receipt_day")) == today())
        m_acknowledgedToday = store->setting(QStringLiteral("receipt_count")).toInt();
    else
        m_acknowledgedToday = 0;
    startWorker();
    refreshCounts();
    m_periodic.start();
    emit changed();
    if (signedIn())
        syncNow();
}

void SyncController::startWorker()
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("sync"));
    m_worker = new SyncWorker(m_session->store()->openCompanion());
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::finished, this, &SyncController::onFinished);
    connect(m_worker, &SyncWorker::loginFinished, this, &SyncController::onSignIn);
    connect(m_worker, &SyncWorker::recordFetched, this,
        [this](const QString &entity, const QString &id, const sync::SyncError &error,
            const sync::ServerRecord &copy) {
            if (error.kind == Kind::Unauthorized) {
                m_needsSignIn = true;
                emit changed();
            }
            emit serverCopyFetched(entity, id, SyncText::fetchError(error), copy);
        });
    connect(m_worker, &SyncWorker::journalLinkReady, this,
        [this](const QString &entity, const QString &id, const sync::SyncError &error,
            const QUrl &link) {
            if (error.kind == Kind::Unauthorized) {
                m_needsSignIn = true;
                emit changed();
            }
            emit journalLinkReady(entity, id, error, link);
        });
    connect(m_worker, &SyncWorker::progress, this, [this](const sync::SyncReport &r) {
        m_progressText = SyncText::progress(r.pushed, r.pulled);
        emit changed();
    });
    m_thread->start();
}

void SyncController::stopWorker()
{
    if (!m_thread)
        return;
    // abort() runs inside the request's wait; close() when the run has returned.
    QMetaObject::invokeMethod(m_worker, &SyncWorker::abort, Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_worker, &SyncWorker::close, Qt::QueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr;
    m_running = false;
    m_signingIn = false;
    m_progressText.clear();
    emit changed();
}

void SyncController::signIn(const QString &server, const QString &username, const QString &password)
{
    const QUrl url = QUrl::fromUserInput(server.trimmed());
    if (!sync::SyncClient::isAllowedServer(url)) {
        setError(tr("The server address must start with https://"));
        emit signInFinished(false);
        return;
    }
    if (!m_worker || m_signingIn)
        return;
    m_server = url;
    m_signingIn = true;
    m_accountReplaced = false;
    setError({});
    const QString device = QSysInfo::machineHostName() + QStringLiteral(" (Barntid)");
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, url, username, password, device] {
            w->login(url, username.trimmed().toLower(), password, device);
        },
        Qt::QueuedConnection);
}

void SyncController::onSignIn(
    const sync::SyncError &error, const QString &displayName, bool replaced)
{
    m_signingIn = false;
    if (error.kind == Kind::DeviceWiped && m_session) {
        m_session->wipeLocalData();
        emit signInFinished(false);
        return;
    }
    if (error.isError()) {
        setError(SyncText::error(error));
        emit signInFinished(false);
        return;
    }
    if (Store *store = m_session ? m_session->store() : nullptr) {
        store->reloadSettings(); // the server's user id is now the author of new records
        m_username = store->setting(QStringLiteral("server_username"));
    }
    m_displayName = displayName;
    m_needsSignIn = false;
    if (replaced) {
        // The lists still show the previous account's rows: reload them now, before the pull.
        m_accountReplaced = true;
        m_acknowledgedToday = 0;
        refreshCounts();
        emit synced();
    }
    emit signInFinished(true);
    syncNow();
}

void SyncController::syncNow()
{
    if (!m_worker || !signedIn() || m_signingIn)
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_again = false;
    m_retry.stop();
    m_debounce.stop();
    m_progressText.clear();
    emit changed();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, url = m_server] { w->run(url); }, Qt::QueuedConnection);
}

void SyncController::onFinished(const sync::SyncReport &report)
{
    m_running = false;
    m_progressText.clear();
    if (report.wiped && m_session) {
        m_session->wipeLocalData();
        return;
    }
    if (Store *store = m_session ? m_session->store() : nullptr) {
        if (report.applied > 0) {
            m_acknowledgedToday += report.applied;
            store->setSetting(QStringLiteral("receipt_day"), today());
            store->setSetting(
                QStringLiteral("receipt_count"), QString::number(m_acknowledgedToday));
        }
    }
    const sync::SyncError &e = report.error;
    m_offline
        = e.kind == Kind::Unreachable || e.kind == Kind::Interrupted || e.kind == Kind::Timeout;
    if (e.kind == Kind::Unauthorized)
        m_needsSignIn = true;
    m_retrying = e.isRetryable();
    if (!e.isError()) {
        m_backoff.reset();
        setError({});
    } else {
        setError(SyncText::error(e));
        if (e.isRetryable())
            m_retry.start(m_backoff.next(std::chrono::milliseconds(e.retryAfterMs)));
    }
    refreshCounts();
    emit synced();
    if (m_again || (m_lastSendable > 0 && !e.isError()))
        syncNow();
}

void SyncController::signOut()
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, url = m_server] { w->logout(url); }, Qt::QueuedConnection);
    m_username.clear();
    m_displayName.clear();
    m_needsSignIn = m_accountReplaced = false;
    emit changed();
}

void SyncController::retryRefused()
{
    Store *store = m_session ? m_session->store() : nullptr;
    if (!store)
        return;
    store->connection().exec("UPDATE outbox SET state = 'pending', last_error = NULL "
                             "WHERE state = 'rejected'");
    // Outside a transaction: told at once, so the needs-attention list and the counts follow.
    store->connection().noteChange(StoreChange::outbox, StoreChange::Op::Update, {});
    syncNow();
}

void SyncController::fetchServerCopy(const QString &entity, const QString &id)
{
    if (!m_worker || !signedIn()) {
        emit serverCopyFetched(entity, id,
            SyncText::fetchError(sync::SyncError::of(
                Kind::Unauthorized, QStringLiteral("no_session"), QStringLiteral("not signed in"))),
            {});
        return;
    }
    // Queued behind a run in progress: the copy is read after it, on the sync thread.
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, url = m_server, entity, id] { w->fetchRecord(url, entity, id); },
        Qt::QueuedConnection);
}

void SyncController::requestJournalLink(const QString &entity, const QString &id)
{
    if (!m_worker || !signedIn()) {
        emit journalLinkReady(entity, id,
            sync::SyncError::of(
                Kind::Unauthorized, QStringLiteral("no_session"), QStringLiteral("not signed in")),
            {});
        return;
    }
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, url = m_server, entity, id] { w->journalLink(url, entity, id); },
        Qt::QueuedConnection);
}

void SyncController::refreshCounts()
{
    Store *store = m_session ? m_session->store() : nullptr;
    if (!store)
        return;
    Outbox outbox(*store);
    m_pending = outbox.pendingCount();
    m_needsAttention = outbox.needsAttentionCount();
    m_lastSendable = outbox.sendableCount();
    m_lastSuccess = parseRfc3339(store->setting(QStringLiteral("last_sync"))).value_or(QDateTime());
    emit changed();
}

void SyncController::onStoreChanges(const StoreChangeList &changes)
{
    Store *store = m_session ? m_session->store() : nullptr;
    if (!store)
        return; // queued from the sync thread, arrived after the lock
    const bool outbox = std::any_of(changes.cbegin(), changes.cend(),
        [](const StoreChange &c) { return c.entity == StoreChange::outbox; });
    if (!outbox)
        return;
    const int before = m_lastSendable;
    refreshCounts();
    // Saved a moment ago: send it soon, once the typing has settled.
    if (m_lastSendable > before && signedIn())
        m_debounce.start();
}

void SyncController::setError(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    emit changed();
}

SyncController::Status SyncController::status() const
{
    if (!signedIn())
        return Status::SignedOut;
    if (m_running)
        return Status::Syncing;
    if (m_needsAttention > 0)
        return Status::NeedsAttention;
    if (m_offline || !m_errorText.isEmpty() || m_pending > 0)
        return Status::Offline;
    return Status::UpToDate;
}

bool SyncController::safeToLeave() const
{
    return signedIn() && m_pending == 0 && m_lastSuccess.isValid();
}

QString SyncController::receipt() const
{
    return safeToLeave() ? SyncText::receipt(m_acknowledgedToday, m_lastSuccess) : QString();
}

QString SyncController::statusText() const
{
    switch (status()) {
    case Status::SignedOut:
        return m_needsSignIn ? tr("Sign in again") : tr("Not signed in");
    case Status::Syncing:
        return tr("Syncing …");
    case Status::NeedsAttention:
        return tr("%n changes need attention", nullptr, m_needsAttention);
    case Status::Offline:
        return m_pending > 0 ? tr("%n changes not on the server yet", nullptr, m_pending)
                             : tr("Offline");
    case Status::UpToDate:
        return tr("Up to date");
    }
    return {};
}

} // namespace barntid
