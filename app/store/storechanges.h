// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace barntid {

/** What one committed transaction did to one entity: the models' unit of "something changed". */
struct StoreChange
{
    enum class Op { Insert, Update, Delete };

    /** The outbox's pseudo-entity: its ids are the records the outbox rows are about. */
    static inline const QString outbox = QStringLiteral("outbox");

    QString entity; ///< wire entity name ("case", "visit", …) or StoreChange::outbox
    Op op = Op::Update;
    QStringList ids; ///< the records changed, unless anyRecord
    bool anyRecord = false; ///< a bulk change (an account's data removed): ids are not listed

    bool operator==(const StoreChange &) const = default;
};

using StoreChangeList = QList<StoreChange>;

/** The store's change feed: every writer notes what it changed on its connection, and the
 *  connection hands the list here once the transaction committed (a rollback drops it). One
 *  feed serves the UI store and its companions; a commit on the sync thread reaches UI-thread
 *  receivers as a queued signal (Qt's auto connection), one on the UI thread at once. */
class StoreChanges : public QObject
{
    Q_OBJECT

public:
    explicit StoreChanges(QObject *parent = nullptr);

    /** Emits committed(changes) in the calling thread; nothing for an empty list. */
    void publish(const StoreChangeList &changes);

signals:
    void committed(const barntid::StoreChangeList &changes);
};

/** Adds id to the list, merging with the last entry when entity and op are the same, so a page
 *  of 500 records is one entry per entity. An empty id stands for "any record". */
void noteChange(
    StoreChangeList &list, const QString &entity, StoreChange::Op op, const QString &id);

} // namespace barntid

Q_DECLARE_METATYPE(barntid::StoreChangeList)
