// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/session.h"

#include "domain/clock.h"
#include "platform/keystore.h"
#include "store/outbox.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QThread>

#include <algorithm>
#include <utility>

namespace barntid {

namespace {

Session *s_instance = nullptr;

// The wrong-PIN countdown is recomputed from the clock on every tick, so a late tick never
// drifts the figure; a quarter second keeps the shown second within a tick of the truth.
constexpr int retryTickMs = 250;
constexpr int defaultAutoLockSeconds = 5 * 60; // DESIGN.md §5
// From this many remaining tries on, the user is told what the last wrong PIN will do.
constexpr int warnFromRemaining = 3;

static_assert(int(Session::State::KeyDestroyed) == int(Store::State::KeyDestroyed)
    && int(Session::State::Open) == int(Store::State::Open));

} // namespace

Session::Session(const QString &dataDir, const Clock &clock, StoreOptions options, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_store(std::make_unique<Store>(dataDir, clock, options))
    , m_autoLockSeconds(defaultAutoLockSeconds)
{
    const QString backend = createKeyStore()->backendName();
    m_keyProtection
        = backend == u"none" ? tr("PIN (no platform keyring)") : tr("PIN and %1").arg(backend);

    m_inactivity.setSingleShot(true);
    m_inactivity.setInterval(m_autoLockSeconds * 1000);
    connect(&m_inactivity, &QTimer::timeout, this, &Session::lock);
    m_retryTick.setInterval(retryTickMs);
    connect(&m_retryTick, &QTimer::timeout, this, &Session::updateRetry);

    if (auto *app = QCoreApplication::instance())
        app->installEventFilter(this);
    if (auto *gui = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        connect(gui, &QGuiApplication::applicationStateChanged, this,
            &Session::onApplicationStateChanged);
    refresh();
}

Session::~Session()
{
    // The worker holds a reference to the store: let the key derivation finish first.
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
    if (s_instance == this)
        s_instance = nullptr;
}

void Session::setInstance(Session *session)
{
    s_instance = session;
}

Session *Session::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

Session *Session::instance()
{
    return s_instance;
}

int Session::maxAttempts()
{
    return PinVault::maxAttempts;
}

int Session::minPinLength()
{
    return PinVault::minPinLength;
}

Store *Session::store()
{
    return m_store->isOpen() && !busy() ? m_store.get() : nullptr;
}

QString Session::errorMessage(const StoreError &error)
{
    switch (error.code()) {
    case StoreErrorCode::WrongPin:
        return tr("Wrong PIN code. %n tries left.", nullptr, error.remainingAttempts);
    case StoreErrorCode::LockedOut:
        return tr("Wait %n seconds before trying again.", nullptr,
            int((error.retryAfterMs + 999) / 1000));
    case StoreErrorCode::KeyDestroyed:
        return tr("The PIN code was wrong %n times. The key has been destroyed.", nullptr,
            PinVault::maxAttempts);
    case StoreErrorCode::WeakPin:
        return tr("Choose a PIN code of at least %n digits, not all the same.", nullptr,
            PinVault::minPinLength);
    case StoreErrorCode::Damaged:
        return tr("The database on this device is damaged and cannot be opened.");
    case StoreErrorCode::NewerSchema:
        return tr("The data on this device was saved by a newer version of Barntid. "
                  "Update the app.");
    case StoreErrorCode::DiskFull:
        return tr("The storage is full. Nothing was saved.");
    case StoreErrorCode::Io:
        return tr("The data on this device could not be read or written.");
    case StoreErrorCode::Locked:
        return tr("Barntid is locked. Unlock it with your PIN code.");
    case StoreErrorCode::NotInitialized:
    case StoreErrorCode::AlreadyInitialized:
    case StoreErrorCode::NotFound:
    case StoreErrorCode::Invalid:
    case StoreErrorCode::Immutable:
    case StoreErrorCode::Internal:
        break;
    }
    return tr("Something went wrong. Try again.");
}

QString Session::warningText() const
{
    if (m_state != State::Locked || m_remainingAttempts <= 0
        || m_remainingAttempts > warnFromRemaining)
        return {};
    if (m_unsyncedChanges > 0)
        return tr("After %1 wrong tries the key is destroyed and %n change(s) not yet synced "
                  "will be lost.",
            nullptr, m_unsyncedChanges)
            .arg(PinVault::maxAttempts);
    if (m_unsyncedChanges == 0)
        return tr("After %1 wrong tries the key is destroyed. Everything had been synced when "
                  "Barntid was locked.")
            .arg(PinVault::maxAttempts);
    return tr("After %1 wrong tries the key is destroyed and anything not yet synced is lost.")
        .arg(PinVault::maxAttempts);
}

QString Session::waitText() const
{
    return m_retryAfterSeconds > 0
        ? tr("Wait %n seconds before trying again.", nullptr, m_retryAfterSeconds)
        : QString();
}

void Session::setAutoLockSeconds(int seconds)
{
    seconds = std::max(0, seconds);
    if (seconds == m_autoLockSeconds)
        return;
    m_autoLockSeconds = seconds;
    m_inactivity.setInterval(seconds * 1000);
    if (m_state == State::Open && seconds > 0)
        m_inactivity.start();
    else
        m_inactivity.stop();
    emit autoLockSecondsChanged();
}

void Session::setUpPin(const QString &pin, const QString &confirmation)
{
    if (busy() || m_state != State::FirstStart)
        return;
    if (pin != confirmation) {
        setErrorText(tr("The PIN codes do not match."));
        return;
    }
    try {
        PinVault::checkPinStrength(pin);
    } catch (const StoreError &e) {
        setErrorText(errorMessage(e));
        return;
    }
    runOnWorker([pin](Store &store) { store.initialize(pin); });
}

void Session::unlock(const QString &pin)
{
    if (busy() || m_state != State::Locked)
        return;
    updateRetry();
    if (m_retryAfterSeconds > 0) {
        setErrorText(waitText());
        return;
    }
    runOnWorker([pin](Store &store) { store.unlock(pin); });
}

void Session::lock()
{
    if (busy()) {
        // Going to the background while the key is derived: lock as soon as it is done.
        m_lockRequested = true;
        return;
    }
    if (!m_store->isOpen())
        return;
    emit aboutToLock();
    // Remembered (a count, no content) so the wrong-PIN warning can say what is at stake.
    try {
        m_unsyncedChanges = Outbox(*m_store).pendingCount();
    } catch (const StoreError &) {
        m_unsyncedChanges = -1;
    }
    m_store->lock();
    refresh();
}

void Session::startOver()
{
    if (busy() || m_state != State::KeyDestroyed)
        return;
    m_startingOver = true;
    setErrorText({});
    refresh();
}

bool Session::eventFilter(QObject *watched, QEvent *event)
{
    // Input reaches the window first, then its items: looking at windows sees each event once.
    if (m_inactivity.isActive() && watched->isWindowType()) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate:
        case QEvent::TabletPress:
        case QEvent::Wheel:
            m_inactivity.start();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void Session::runOnWorker(std::function<void(Store &)> operation)
{
    m_lockRequested = false;
    m_workerError.reset();
    setErrorText({});
    Store *store = m_store.get();
    // Only this thread touches the store until finished(); the UI thread waits for the signal.
    m_worker = QThread::create([this, store, operation = std::move(operation)] {
        try {
            operation(*store);
        } catch (const StoreError &e) {
            m_workerError.emplace(e);
        } catch (const std::exception &) {
            m_workerError.emplace(StoreErrorCode::Internal, QStringLiteral("unexpected failure"));
        }
    });
    connect(m_worker, &QThread::finished, this, &Session::workerFinished);
    m_worker->start();
    emit busyChanged();
}

void Session::workerFinished()
{
    m_worker->wait();
    m_worker->deleteLater();
    m_worker = nullptr;
    if (m_workerError)
        setErrorText(errorMessage(*std::exchange(m_workerError, std::nullopt)));
    refresh();
    emit busyChanged();
    if (std::exchange(m_lockRequested, false))
        lock();
}

void Session::refresh()
{
    auto next = static_cast<State>(m_store->state());
    if (next == State::KeyDestroyed && m_startingOver)
        next = State::FirstStart;
    if (next == State::Open) {
        m_startingOver = false;
        setErrorText({});
        if (m_autoLockSeconds > 0)
            m_inactivity.start();
    } else {
        m_inactivity.stop();
    }

    const int remaining = next == State::Locked ? m_store->vault().remainingAttempts()
        : next == State::Open                   ? PinVault::maxAttempts
                                                : 0;
    m_notBeforeMs = next == State::Locked
        ? m_clock.now().toMSecsSinceEpoch() + m_store->vault().retryAfterMs()
        : 0;
    const bool stateChanging = next != m_state;
    m_state = next;
    if (remaining != m_remainingAttempts || stateChanging) {
        m_remainingAttempts = remaining;
        emit attemptsChanged();
    }
    updateRetry();
    if (stateChanging)
        emit stateChanged();
}

void Session::updateRetry()
{
    const qint64 leftMs = m_notBeforeMs - m_clock.now().toMSecsSinceEpoch();
    const int seconds = leftMs > 0 ? int((leftMs + 999) / 1000) : 0;
    if (seconds > 0 && !m_retryTick.isActive())
        m_retryTick.start();
    else if (seconds == 0)
        m_retryTick.stop();
    if (seconds != m_retryAfterSeconds) {
        m_retryAfterSeconds = seconds;
        emit retryAfterSecondsChanged();
    }
}

void Session::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

void Session::onApplicationStateChanged(Qt::ApplicationState applicationState)
{
    // Hidden/Suspended is "sent to the background". Inactive is only a lost focus (another
    // desktop window, a system dialog over the app); the inactivity timer covers that.
    if (applicationState == Qt::ApplicationHidden || applicationState == Qt::ApplicationSuspended)
        lock();
}

} // namespace barntid
