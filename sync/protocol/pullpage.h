// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/mutation.h"
#include "protocol/protocolerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace barntid::protocol {

/** One record change in the caller's scope, in commit order. */
struct Change
{
    qint64 seq = 0;
    QString entity;
    QString id;
    Op op = Op::Upsert; ///< delete: a tombstone, or the record left the caller's scope
    qint64 version = 0;
    QJsonObject data; ///< the record's fields; for a delete only what identifies it
    /** The server's own stored JSON text of data, sent as it is instead of data when set: a
     *  page of 1,000 records then costs no parsing and writing again. */
    QByteArray rawData;

    QJsonObject toJson() const;
};

/** The body of a 200 answer to GET /v1/sync/pull. */
struct PullPage
{
    static constexpr int defaultLimit = 500;
    static constexpr int maxLimit = 1000;

    QList<Change> changes;
    qint64 next = 0; ///< the cursor to send as since= next time
    bool hasMore = false;
    int ignored = 0; ///< changes of entities this version does not know (not in changes)

    QByteArray toJson() const;
    /** Checks the shape of every change. A newer server's entities are skipped (counted in
     *  ignored) and its new fields dropped, so an older client keeps syncing what it knows. */
    static PullPage parse(const QByteArray &body, ProtocolError &error);
};

} // namespace barntid::protocol
