// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storeerror.h"

#include <QObject>

#include <functional>
#include <optional>

class QThread;

namespace barntid {

class Store;

/** Runs one store operation that derives the key (PIN set-up, unlock: Argon2id, seconds) on a
 *  thread of its own, so the UI keeps drawing. Until finished() only that thread touches the
 *  store. Destroying the worker waits for the operation. */
class UnlockWorker : public QObject
{
    Q_OBJECT

public:
    explicit UnlockWorker(QObject *parent = nullptr);
    ~UnlockWorker() override;

    bool busy() const { return m_thread != nullptr; }
    /** Starts the operation; ignored while one runs. */
    void run(Store &store, std::function<void(Store &)> operation);
    /** What the finished operation threw, once; nothing if it succeeded. */
    std::optional<StoreError> takeError();

signals:
    /** On the UI thread, after the thread has ended. */
    void finished();

private:
    void threadFinished();

    QThread *m_thread = nullptr;
    std::optional<StoreError> m_error;
};

} // namespace barntid
