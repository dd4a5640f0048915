// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/autolock.h"
#include "models/retrycountdown.h"
#include "models/unlockworker.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QObject>
#include <QQmlEngine>

#include <functional>
#include <memory>

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
    Q_PROPERTY(QString keyProtection READ keyProtection NOTIFY keyProtectionChanged)
    /** The tablet was handed to a child and the worker has not unlocked since: the unlock page
     *  asks for it back first, and no wrong PIN destroys the key (docs/security.md). */
    Q_PROPERTY(bool handedOver READ handedOver NOTIFY stateChanged)

public:
    enum class State { FirstStart, Locked, Open, KeyDestroyed };
    Q_ENUM(State)

    /** Without options.keyStore the platform keystore is used where one answers. */
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
    bool busy() const { return m_worker.busy(); }
    int remainingAttempts() const { return m_remainingAttempts; }
    static int maxAttempts();
    static int minPinLength();
    /** Changes not yet synced when the store was last open; -1 when not known. */
    int unsyncedChanges() const { return m_unsyncedChanges; }
    /** Warns before the last tries that the key will be destroyed; empty otherwise. */
    QString warningText() const;
    int retryAfterSeconds() const { return m_retry.seconds(); }
    QString waitText() const;
    QString errorText() const { return m_errorText; }
    int autoLockSeconds() const { return m_autoLock.seconds(); }
    /** 0 turns auto-lock after inactivity off (locking on going to the background stays). */
    void setAutoLockSeconds(int seconds);
    QString keyProtection() const { return m_keyProtection; }
    bool handedOver() const { return m_store->isHandedOver(); }

    Q_INVOKABLE void setUpPin(const QString &pin, const QString &confirmation);
    Q_INVOKABLE void unlock(const QString &pin);
    Q_INVOKABLE void lock();
    /** After the key was destroyed: back to first start (the next PIN set-up makes a new store). */
    Q_INVOKABLE void startOver();
    /** Remote wipe (410 device_wiped): the store and its key are destroyed, first start again. */
    void wipeLocalData();

    /** The open store; nullptr while locked or busy. C++ models only, on the UI thread. */
    Store *store();
    /** The store's change feed: there whether locked or open, so models connect once. */
    StoreChanges &changes() const { return m_store->changes(); }
    /** The clock the store keeps time by (models compare days with it). */
    const Clock &clock() const { return m_clock; }

signals:
    /** Emitted while the store is still open, so editors can write what is not saved yet. */
    void aboutToLock();
    void stateChanged();
    void busyChanged();
    void attemptsChanged();
    void retryAfterSecondsChanged();
    void errorTextChanged();
    void autoLockSecondsChanged();
    void keyProtectionChanged();

private:
    void runOnWorker(std::function<void(Store &)> operation);
    void workerFinished();
    void refresh();
    void setErrorText(const QString &text);

    const Clock &m_clock;
    std::unique_ptr<Store> m_store;
    // After m_store, so it is destroyed first: its thread may still be using the store.
    UnlockWorker m_worker;
    AutoLock m_autoLock;
    State m_state = State::FirstStart;
    bool m_startingOver = false;
    bool m_lockRequested = false;
    int m_remainingAttempts = 0;
    int m_unsyncedChanges = -1;
    QString m_errorText;
    QString m_keyProtection;
    RetryCountdown m_retry {m_clock};
};

} // namespace barntid
