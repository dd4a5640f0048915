// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/session.h"

#include "domain/clock.h"
#include "models/sessiontext.h"
#include "platform/keystore.h"
#include "store/outbox.h"

#include <algorithm>

namespace barntid {

namespace {

Session *s_instance = nullptr;

// From this many remaining tries on, the user is told what the last wrong PIN will do.
constexpr int warnFromRemaining = 3;

static_assert(int(Session::State::KeyDestroyed) == int(Store::State::KeyDestroyed)
    && int(Session::State::Open) == int(Store::State::Open));

// The app's store gets the platform keystore unless the caller chose one (tests may).
StoreOptions withKeyStore(StoreOptions options)
{
    if (!options.keyStore)
        options.keyStore = createKeyStore();
    return options;
}

} // namespace

Session::Session(const QString &dataDir, const Clock &clock, StoreOptions options, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_store(std::make_unique<Store>(dataDir, clock, withKeyStore(std::move(options))))
{
    connect(&m_autoLock, &AutoLock::lockDue, this, &Session::lock);
    connect(&m_worker, &UnlockWorker::finished, this, &Session::workerFinished);
    connect(&m_retry, &RetryCountdown::secondsChanged, this, &Session::retryAfterSecondsChanged);
    refresh();
}

Session::~Session()
{
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
    return SessionText::storeError(error);
}

QString Session::warningText() const
{
    if (m_state != State::Locked || m_remainingAttempts <= 0
        || m_remainingAttempts > warnFromRemaining)
        return {};
    return SessionText::lastTriesWarning(m_unsyncedChanges);
}

QString Session::waitText() const
{
    return m_retry.seconds() > 0 ? SessionText::wait(m_retry.seconds()) : QString();
}

void Session::setAutoLockSeconds(int seconds)
{
    seconds = std::max(0, seconds);
    if (seconds == m_autoLock.seconds())
        return;
    m_autoLock.setSeconds(seconds);
    emit autoLockSecondsChanged();
}

void Session::setUpPin(const QString &pin, const QString &confirmation)
{
    if (busy() || m_state != State::FirstStart)
        return;
    if (pin != confirmation) {
        setErrorText(SessionText::pinMismatch());
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
    m_retry.update();
    if (m_retry.seconds() > 0) {
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

void Session::wipeLocalData()
{
    if (busy())
        return;
    if (m_store->isOpen())
        emit aboutToLock();
    m_store->destroyLocalData();
    m_unsyncedChanges = -1;
    m_startingOver = false;
    refresh();
}

void Session::runOnWorker(std::function<void(Store &)> operation)
{
    m_lockRequested = false;
    setErrorText({});
    m_worker.run(*m_store, std::move(operation));
    emit busyChanged();
}

void Session::workerFinished()
{
    if (const auto error = m_worker.takeError()) {
        // Handed over to a child, the count of tries is not shown: it would only invite guesses.
        const bool quiet = error->code() == StoreErrorCode::WrongPin && m_store->isHandedOver();
        setErrorText(quiet ? tr("Wrong PIN code.") : errorMessage(*error));
    }
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
        m_autoLock.arm();
    } else {
        m_autoLock.disarm();
    }

    const int remaining = next == State::Locked ? m_store->vault().remainingAttempts()
        : next == State::Open                   ? PinVault::maxAttempts
                                                : 0;
    const bool stateChanging = next != m_state;
    m_state = next;
    if (remaining != m_remainingAttempts || stateChanging) {
        m_remainingAttempts = remaining;
        emit attemptsChanged();
    }
    m_retry.waitFor(next == State::Locked ? m_store->vault().retryAfterMs() : 0);
    // Follows the key file: set-up and an older store's first unlock add the keystore's wrap.
    const QString protection = SessionText::keyProtection(
        m_store->vault().protection(), m_store->vault().keyStoreName());
    if (protection != m_keyProtection) {
        m_keyProtection = protection;
        emit keyProtectionChanged();
    }
    if (stateChanging)
        emit stateChanged();
}

void Session::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

} // namespace barntid
