// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clock.h"
#include "models/session.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A real Session over an encrypted store in a temporary folder, opened with a cheap Argon2id
// (the production parameters are tst_pinvault's business), for the case and visit model tests.
namespace barntid::test {

inline const QString visitTestPin = QStringLiteral("482915");

inline StoreOptions cheapStoreOptions()
{
    StoreOptions options;
    options.kdf = KdfParams {1, quint64(8) << 20};
    return options;
}

/** Waits for setUpPin/unlock, which derive the key on a worker thread. */
inline bool settle(Session &session)
{
    if (!session.busy())
        return true;
    QSignalSpy done(&session, &Session::busyChanged);
    return done.wait(30'000) && !session.busy();
}

/** Opens (first start or unlock) the store in dir and makes it the app's session. */
inline std::unique_ptr<Session> openSession(const QString &dir, const Clock &clock)
{
    auto session = std::make_unique<Session>(dir, clock, cheapStoreOptions());
    Session::setInstance(session.get());
    if (session->state() == Session::State::FirstStart)
        session->setUpPin(visitTestPin, visitTestPin);
    else
        session->unlock(visitTestPin);
    settle(*session);
    return session;
}

/** A test's init(): a fresh temporary folder with an open session in it. */
inline bool openTemporary(
    std::unique_ptr<QTemporaryDir> &dir, std::unique_ptr<Session> &session, const Clock &clock)
{
    QStandardPaths::setTestModeEnabled(true);
    dir = std::make_unique<QTemporaryDir>();
    session = openSession(dir->path(), clock);
    return session->state() == Session::State::Open;
}

/** A test's cleanup(): the session closes before its folder goes. */
inline void closeTemporary(std::unique_ptr<QTemporaryDir> &dir, std::unique_ptr<Session> &session)
{
    session.reset();
    dir.reset();
}

inline QDateTime testStart()
{
    return QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
}

} // namespace barntid::test
