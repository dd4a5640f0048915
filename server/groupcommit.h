// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caller.h"
#include "protocol/mutation.h"
#include "protocol/pushresult.h"

#include <QList>
#include <QMutex>
#include <QWaitCondition>

#include <exception>
#include <optional>

namespace barntid::server {

class SyncService;

/** SQLite has one writer. The serving threads of a process hand their pushes here: the first to
 *  arrive while no commit runs leads, and applies every push waiting by then one after the other
 *  in one transaction on its own connection, each in a savepoint of its own, and commits them
 *  together. N waiting pushes cost one write lock and one fsync instead of N. The others wait
 *  for their result; one of them leads the next group. */
class GroupCommit
{
public:
    /** A group holds at most this many pushes, so one transaction stays short and one push's
     *  wait bounded. */
    static constexpr int maxPushes = 32;

    /** Applies the push in a group; mine is the calling thread's service, which runs the group
     *  when this thread leads. Throws what applying or committing this push threw. */
    protocol::PushResponse push(
        SyncService &mine, const Caller &caller, const protocol::PushRequest &request);

    /** Groups run so far. */
    qint64 groups() const;
    /** Pushes waiting for a leader to take them. */
    qsizetype waiting() const;

private:
    struct Job
    {
        const Caller *caller;
        const protocol::PushRequest *request;
        std::optional<protocol::PushResponse> response;
        std::exception_ptr error;
        bool done = false;
    };

    static void run(SyncService &leader, const QList<Job *> &group);

    mutable QMutex m_mutex;
    QWaitCondition m_finished;
    QList<Job *> m_waiting;
    bool m_leading = false;
    qint64 m_groups = 0;
};

} // namespace barntid::server
