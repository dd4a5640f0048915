// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storedrecord.h"

#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace barntid::server {

class Database;

struct ChangeRow
{
    QString key;
    qint64 seq = 0;
    RecordKey record;
};

/** Bulk reads and writes of records, audiences and the change log: a push of 500 records costs
 *  a handful of statements, not thousands. */
class RecordStore
{
public:
    explicit RecordStore(Database &db);

    QHash<RecordKey, StoredRecord> load(const QList<RecordKey> &keys);
    std::optional<StoredRecord> find(const QString &entity, const QString &id);
    /** Records hanging on these: by case_id (cases), foster_home_id (foster homes) or
     *  parent_id (everything else), in three queries at most. */
    QList<StoredRecord> dependents(const QList<StoredRecord> &parents);
    /** The live records of an entity; with since (RFC 3339, server time) only those written at
     *  or after it, or one of whose children (records with it as parent: amendments, reviews)
     *  was. */
    QList<StoredRecord> liveOf(const QString &entity, const QString &since = {});
    /** The live records of an entity that belong to these cases (their case_id column). */
    QList<StoredRecord> liveOfCases(const QString &entity, const QStringList &caseIds);
    /** The live foster homes whose placed_case_ids name the case (from placements). */
    QList<StoredRecord> homesPlacing(const QString &caseId);
    /** Fills placements from every stored foster home (schema 6 on an older database). */
    void rebuildPlacements();
    /** The home of an active (requested or confirmed) booking of the slot, if any. */
    std::optional<StoredRecord> activeBooking(const QString &slotId);
    /** The live slots a social worker owns (their audience key user:<id>). No schema change for
     *  it: the audience key's primary-key prefix (entity) bounds the scan to slots. */
    QList<StoredRecord> liveSlotsOf(const QString &ownerId);

    /** Reserves n consecutive seq values and returns the first. Inside a write transaction. */
    qint64 allocateSeq(int n);
    qint64 checkpoint();
    qint64 horizon();

    /** Drops tombstones and delete notices last changed before cutoff (RFC 3339) and raises the
     *  horizon: a cursor below it gets 409 reset_required. Returns the new horizon. */
    qint64 purgeBefore(const QString &cutoff);

    /** Writes the records, and for foster homes their placements. */
    void write(const QList<StoredRecord> &records);
    QHash<RecordKey, QStringList> audiences(const QList<RecordKey> &keys);
    /** Replaces the audiences of these records and writes the change rows, dropping older rows
     *  of the same record and key (the log keeps one row per record and key), stamped at (the
     *  server's clock, RFC 3339; purge counts from it). existing: the records that had an
     *  audience before; only theirs are replaced (a record new to the server has no rows to
     *  drop, and skipping the lookups halves a push). */
    void writeAudiences(const QHash<RecordKey, QStringList> &audiences,
        const QList<ChangeRow> &changes, const QSet<RecordKey> &existing, const QString &changedAt);

private:
    /** Replaces the placements of the foster homes among records. */
    void writePlacements(const QList<StoredRecord> &records);

    Database &m_db;
};

} // namespace barntid::server
