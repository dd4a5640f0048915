// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupcommit.h"

#include "database.h"
#include "syncservice.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcGroup, "barntid.server.groupcommit")

namespace barntid::server {

protocol::PushResponse GroupCommit::push(
    SyncService &mine, const Caller &caller, const protocol::PushRequest &request)
{
    Job job {&caller, &request, std::nullopt, nullptr};
    QMutexLocker lock(&m_mutex);
    m_waiting.append(&job);
    while (!job.done) {
        if (m_leading) {
            m_finished.wait(&m_mutex);
            continue;
        }
        m_leading = true;
        const QList<Job *> group = m_waiting.first(qMin(m_waiting.size(), qsizetype(maxPushes)));
        m_waiting.remove(0, group.size());
        lock.unlock();
        run(mine, group);
        lock.relock();
        for (Job *done : group)
            done->done = true;
        ++m_groups;
        m_leading = false;
        m_finished.wakeAll();
    }
    lock.unlock();
    if (job.error)
        std::rethrow_exception(job.error);
    return *job.response;
}

qint64 GroupCommit::groups() const
{
    const QMutexLocker lock(&m_mutex);
    return m_groups;
}

qsizetype GroupCommit::waiting() const
{
    const QMutexLocker lock(&m_mutex);
    return m_waiting.size();
}

void GroupCommit::run(SyncService &leader, const QList<Job *> &group)
{
    Database &db = leader.database();
    // Nothing of the group is kept: every push not failed already fails with the current error.
    const auto failAll = [&] {
        db.rollback();
        for (Job *job : group) {
            if (!job->error)
                job->error = std::current_exception();
            job->response.reset();
        }
    };
    try {
        db.beginWrite();
    } catch (...) {
        failAll();
        return;
    }
    for (Job *job : group) {
        try {
            db.exec(QStringLiteral("SAVEPOINT push"));
            job->response = leader.apply(*job->caller, *job->request);
            db.exec(QStringLiteral("RELEASE push"));
        } catch (...) {
            // This push is undone alone; the group goes on without it.
            job->error = std::current_exception();
            job->response.reset();
            try {
                db.finishAll();
                db.exec(QStringLiteral("ROLLBACK TO push"));
                db.exec(QStringLiteral("RELEASE push"));
            } catch (...) {
                failAll(); // the transaction itself is gone (an I/O error)
                return;
            }
        }
    }
    try {
        db.commit();
    } catch (...) {
        failAll();
        return;
    }
    if (group.size() > 1)
        qCDebug(lcGroup) << "committed" << group.size() << "pushes together";
}

} // namespace barntid::server
