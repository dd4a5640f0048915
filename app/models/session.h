// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store.h"
#include "store/storeerror.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace barntid {

class Clock;

/** The app's one session with the encrypted store: first start, unlock, lock, auto-lock. Pages
 *  see only its state and messages; the store behind it is reachable only while open.
 *  Argon2id runs on a worker thread (busy); otherwise the store is used on the UI thread only. */
class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(int remainingAttempts READ remainingAttempts NOTIFY attemptsChanged)
    Q_PROPERTY(int maxAttempts READ maxAttempts CONSTANT)
    Q_PROPERTY(int minPinLength READ minPinLength CONSTANT)
    Q_PROPERTY(int unsyncedChanges READ unsyncedChanges NOTIFY attemptsChanged)
    Q_PROPERTY(QString warningText READ warningText NOTIFY attemptsChanged)
    Q_PROPERTY(int retryAfterSeconds READ retryAfterSeconds NOTIFY retryAfterSecondsChanged)
    Q_PROPERTY(QString waitText READ waitText NOTIFY retryAfterSecondsChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int autoLockSeconds READ autoLockSeconds WRITE setAutoLockSeconds NOTIFY
            autoLockSecondsChanged)
    Q_PROPERTY(QString keyProtection READ keyProtection CONSTANT)

public:
    enum class State { FirstStart, Locked, Open, KeyDestroyed };
    Q_ENUM(State)

    Session(const QString &dataDir, const Clock &clock, StoreOptions options = {},
        QObject *parent = nullptr);
    ~Session() override;

    /** main.cpp (or a test) makes the session before QML loads; QML gets that instance. */
    static void setInstance(Session *session);
    static Session *create(QQmlEngine *, QJSEngine *);
    /** The registered instance, or nullptr (C++ models). */
    static Session *instance();
    /** A person-readable explanation of a store failure, in the UI language. */
    static QString errorMessage(const StoreError &error);

    State state() const { return m_state; }
    bool busy() const { return m_worker != nullptr; }
    int remainingAttempts() const { return m_remainingAttempts; }
    static int maxAttempts();
    static int minPinLength();
    /** Changes not yet synced when the store was last open; -1 when not known. */
    int unsyncedChanges() const { return m_unsyncedChanges; }
    /** Warns before the last tries that the key will be destroyed; empty otherwise. */
    QString warningText() const;
    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    QString waitText() const;
    QString errorText() const { return m_errorText; }
    int autoLockSeconds() const { return m_autoLockSeconds; }
    /** 0 turns auto-lock after inactivity off (locking on going to the background stays). */
    void setAutoLockSeconds(int seconds);
    QString keyProtection() const { return m_keyProtection; }

    Q_INVOKABLE void setUpPin(const QString &pin, const QString &confirmation);
    Q_INVOKABLE void unlock(const QString &pin);
    Q_INVOKABLE void lock();
    /** After the key was destroyed: back to first start (the next PIN set-up makes a new store). */
    Q_INVOKABLE void startOver();

    /** The open store; nullptr while locked or busy. C++ models only, on the UI thread. */
    Store *store();

signals:
    /** Emitted while the store is still open, so editors can write what is not saved yet. */
    void aboutToLock();
    void stateChanged();
    void busyChanged();
    void attemptsChanged();
    void retryAfterSecondsChanged();
    void errorTextChanged();
    void autoLockSecondsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runOnWorker(std::function<void(Store &)> operation);
    void workerFinished();
    void refresh();
    void updateRetry();
    void setErrorText(const QString &text);
    void onApplicationStateChanged(Qt::ApplicationState applicationState);

    const Clock &m_clock;
    std::unique_ptr<Store> m_store;
    QThread *m_worker = nullptr;
    std::optional<StoreError> m_workerError;
    State m_state = State::FirstStart;
    bool m_startingOver = false;
    bool m_lockRequested = false;
    int m_remainingAttempts = 0;
    int m_unsyncedChanges = -1;
    qint64 m_notBeforeMs = 0;
    int m_retryAfterSeconds = 0;
    QString m_errorText;
    int m_autoLockSeconds = 300;
    QString m_keyProtection;
    QTimer m_inactivity;
    QTimer m_retryTick;
};

} // namespace barntid
