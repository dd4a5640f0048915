// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/pullpage.h"

#include <QSet>
#include <QString>

namespace barntid {
class Store;
}

namespace barntid::sync {

/** Writes pulled pages into the store: a page and the cursor after it in one local transaction,
 *  and never over a record that still has local work in the outbox. */
class PageApplier
{
public:
    struct Outcome
    {
        int applied = 0; ///< upserts and deletes written
        int kept = 0; ///< skipped: the record has an outbox row (pending, sending or attention)
        int unusable = 0; ///< refused by the local schema; logged by id, the rest goes on
    };

    explicit PageApplier(Store &store);

    qint64 cursor() const;
    void setCursor(qint64 cursor);
    /** Applies the page and moves the cursor to page.next, all or nothing. When seen is given,
     *  the "entity/id" of every record the page delivered is added to it. */
    Outcome apply(const protocol::PullPage &page, QSet<QString> *seen = nullptr);
    /** After a full download from cursor 0: removes local records the server no longer sends
     *  (version > 0, no outbox row, not in seen). Unsynced work is never touched. */
    int prune(const QSet<QString> &seen);

    static QString key(const QString &entity, const QString &id) { return entity + u'/' + id; }
    /** Writes one server copy with its id and version, replacing a signed local copy whole.
     *  Inside the caller's transaction; does not look at the outbox. */
    void upsert(const protocol::Change &change);

private:
    bool hasLocalWork(const QString &entity, const QString &id);
    void remove(const QString &entity, const QString &id);

    Store &m_store;
};

} // namespace barntid::sync
