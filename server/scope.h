// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storedrecord.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

namespace barntid::server {

class Accounts;
class RecordStore;

/** Who may see a record (DESIGN.md §5), as audience keys: user:<worker> for the workers who own
 *  it, team:<team> for their supervisor, home:<foster home> for that home's foster parents.
 *  Records written earlier in the same push are seen before the database's copy. */
class Scope
{
public:
    Scope(RecordStore &store, Accounts &accounts);

    void remember(const StoredRecord &record);
    /** A key the caller looked up in bulk and did not find: lookup() answers it without a query.
     *  Only inside the write transaction that looked (no other writer can add it meanwhile). */
    void rememberAbsent(const RecordKey &key);
    std::optional<StoredRecord> lookup(const QString &entity, const QString &id);
    /** The social workers a record belongs to. */
    QStringList owners(const StoredRecord &record, int depth = 0);
    QStringList keys(const StoredRecord &record);
    std::optional<StoredRecord> activeBooking(const QString &slotId);
    /** The worker's live slots as this push left them (slots written earlier in it included). */
    QList<StoredRecord> liveSlotsOf(const QString &ownerId);
    QString teamOf(const QString &userId);
    /** The foster homes a worker is assigned to (none for an empty id), cached per worker. */
    QStringList homesOfWorker(const QString &workerId);
    /** A live signed, approved or logged record hangs on this one (its case, home or parent). */
    bool hasLockedDependent(const StoredRecord &record);
    /** The live records whose parent_id names this record (a visit's amendments, a record's
     *  reviews), as this push left them. */
    QList<StoredRecord> children(const StoredRecord &parent);
    /** Visits of the case and visits to the foster homes where it is placed. */
    QList<StoredRecord> visitsTouchingCase(const QString &caseId);
    QStringList workersOfHome(const QString &homeId);
    void assignWorker(const QString &homeId, const QString &workerId);

private:
    /** The record as this push left it: its copy in the batch if written earlier, else stored. */
    const StoredRecord &latest(const StoredRecord &stored) const;

    RecordStore &m_store;
    Accounts &m_accounts;
    QHash<RecordKey, StoredRecord> m_batch;
    QSet<RecordKey> m_absent;
    QHash<QString, QString> m_teams;
    QHash<QString, QStringList> m_homeWorkers;
    QHash<QString, QStringList> m_workerHomes;
    QHash<QString, QList<StoredRecord>> m_storedSlots; ///< per owner, as the database had them
};

} // namespace barntid::server
