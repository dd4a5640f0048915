// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clock.h"
#include "storedrecord.h"

#include <QList>

namespace barntid::server {

class RecordStore;
class Scope;

/** Collects the records a transaction changes and writes them with their seq values, audiences
 *  and change-log rows. A record whose audience changes takes its dependents along (a case
 *  handed to another worker moves with its visits), and the accounts that lose sight of a
 *  record get a change row that their next pull turns into a delete. */
class ChangeWriter
{
public:
    ChangeWriter(RecordStore &store, Scope &scope, const Clock &clock);

    /** Adds or replaces a changed record (the Scope is told about it too). */
    void add(const StoredRecord &record);
    /** Writes everything; returns the last seq used, or 0 when nothing changed. */
    qint64 commit();

private:
    RecordStore &m_store;
    Scope &m_scope;
    const Clock &m_clock;
    QList<StoredRecord> m_records;
    QHash<RecordKey, qsizetype> m_index;
};

} // namespace barntid::server
