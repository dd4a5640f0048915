// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/unlockworker.h"

#include "store/store.h"

#include <QThread>

#include <utility>

namespace barntid {

UnlockWorker::UnlockWorker(QObject *parent)
    : QObject(parent)
{ }

UnlockWorker::~UnlockWorker()
{
    // The thread holds a reference to the store: let the key derivation finish first.
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void UnlockWorker::run(Store &store, std::function<void(Store &)> operation)
{
    if (m_thread)
        return;
    m_error.reset();
    m_thread = QThread::create([this, &store, operation = std::move(operation)] {
        try {
            operation(store);
        } catch (const StoreError &e) {
            m_error.emplace(e);
        } catch (const std::exception &) {
            m_error.emplace(StoreErrorCode::Internal, QStringLiteral("unexpected failure"));
        }
    });
    connect(m_thread, &QThread::finished, this, &UnlockWorker::threadFinished);
    m_thread->start();
}

std::optional<StoreError> UnlockWorker::takeError()
{
    return std::exchange(m_error, std::nullopt);
}

void UnlockWorker::threadFinished()
{
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    emit finished();
}

} // namespace barntid
