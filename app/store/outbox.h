// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace barntid {

class Store;
struct EntityTable;

/** A local change waiting for the server's acknowledgement. */
struct Mutation
{
    qint64 seq = 0;
    QString mutationId;
    QString entity;
    QString recordId;
    QString op; ///< "upsert" or "delete"
    std::optional<qint64> baseVersion; ///< the server version the change was made on; none if new
    QJsonObject payload;
    QString state;
};

/** Where a record's change stands while the server has not taken it. */
struct UnsentChange
{
    QString state; ///< pending, sending, rejected or conflict
    QString code; ///< the server's code when refused, e.g. slot_taken
    bool refused() const { return state == u"rejected" || state == u"conflict"; }
};

/** The persisted queue of changes to push. Callers enqueue inside the transaction that writes the
 *  record, so a record and its outbox row exist together or not at all. */
class Outbox
{
public:
    explicit Outbox(Store &store);

    /** NewRecord: the record was just inserted, so nothing can be queued for it yet. */
    enum Queued { NewRecord, MaybeQueued };
    /** Queues the stored record as a change; an unsent change to the same record is replaced,
     *  keeping its mutation id, so a draft saved every second still costs one push. Must run
     *  inside the transaction that wrote the record. */
    void enqueue(const EntityTable &table, const QString &recordId, const QString &op,
        std::optional<qint64> baseVersion, Queued queued = MaybeQueued);
    /** Changes not yet acknowledged by the server, in all states. */
    int pendingCount();
    QList<Mutation> pending(int limit = 500);
    /** Changes still to send (states pending and sending), oldest first. */
    QList<Mutation> sendable(int limit);
    int sendableCount();
    /** Changes the server refused or found in conflict: the "needs attention" list. */
    int needsAttentionCount();
    /** The unacknowledged changes of one entity by record id (the latest row wins). */
    QHash<QString, UnsentChange> unsentByRecord(const QString &entity);

private:
    QList<Mutation> read(const char *sql, int limit);
    int count(const char *sql);

    Store &m_store;
};

} // namespace barntid
