// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/mutation.h"
#include "protocol/pushresult.h"
#include "store/outbox.h"

#include <QList>

namespace barntid {
class Store;
}

namespace barntid::sync {

/** The outbox's side of a push: which rows go next and what each answer does to them and to their
 *  records, each step in one local transaction so a crash never half-applies an answer. */
class PushLedger
{
public:
    struct Tally
    {
        int applied = 0, rejected = 0, conflicts = 0, unanswered = 0;
    };

    explicit PushLedger(Store &store);

    /** Up to limit rows to send, oldest first, marked 'sending'. At most one row per record: a
     *  later change to the same record waits for the version the first one gets. Each returned
     *  row's state is the one it had before (a 'sending' row may have reached the server). */
    QList<Mutation> take(int limit);
    /** The request certainly did not reach the server: rows taken from 'pending' go back to it.
     *  Rows that were 'sending' before stay so: their payload is frozen, because the server may
     *  hold their mutation_id and would answer a replay with the first result. */
    void release(const QList<Mutation> &rows);
    /** applied/duplicate: the row goes, the record takes the server's version and newer pending
     *  rows of the same record are rebased onto it. rejected/conflict: the row stays for the
     *  "needs attention" list. Rows without an answer stay 'sending'. */
    Tally apply(const QList<Mutation> &rows, const protocol::PushResponse &response);
    /** Marks one row 'rejected' with the reason (e.g. a 400 that named it). */
    void reject(const Mutation &row, const QString &reason);

    static protocol::PushRequest request(const QList<Mutation> &rows);

private:
    void setState(const Mutation &row, const QString &state, const QString &reason);
    void acknowledge(const Mutation &row, qint64 version);

    Store &m_store;
};

} // namespace barntid::sync
