// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/syncclient.h"

#include <QString>

namespace barntid {
class Store;
}

namespace barntid::sync {

/** Ends a conflict the way the worker chose, each in one local transaction: the server's copy
 *  replaces the tablet's record and its waiting changes ("take the server's version"), or the
 *  tablet's record is queued again on top of the server's version ("keep mine"). Nothing else
 *  ever drops local work. */
class ConflictResolver
{
public:
    enum class Outcome {
        Done,
        Busy, ///< a change of the record is in a request right now: its answer comes first
        Gone, ///< no conflict of the record is waiting any more
    };

    explicit ConflictResolver(Store &store);

    /** The record becomes the server's copy (data and version); its outbox rows go. */
    Outcome takeServer(const ServerRecord &copy);
    /** The conflict row goes and the record's current state is queued under a new mutation id
     *  (a replay of the old one would get the old answer) with base_version = serverVersion. */
    Outcome keepMine(const QString &entity, const QString &id, qint64 serverVersion);
    /** Why the server would refuse "keep mine" on top of this copy, as a code (`signed`,
     *  `approved`, `locked`), or empty when it would take it. */
    QString refusalFor(const ServerRecord &copy);

private:
    bool inFlight(const QString &entity, const QString &id);

    Store &m_store;
};

} // namespace barntid::sync
