// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/protocolerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace barntid::protocol {

/** What the server did with one mutation; a replay returns the first result again. */
struct MutationResult
{
    enum class Status { Applied, Duplicate, Rejected, Conflict };

    QString mutationId;
    Status status = Status::Applied;
    qint64 version = 0; ///< the record's version on the server after this mutation
    QString errorCode; ///< for rejected and conflict: forbidden, invalid, locked, slot_taken, …
    QString errorMessage;

    static QString statusName(Status s);
    QJsonObject toJson() const;
    static MutationResult fromJson(const QJsonObject &o, bool *ok);
};

/** The body of a 200 answer to POST /v1/sync/push. */
struct PushResponse
{
    QList<MutationResult> results;
    qint64 checkpoint = 0; ///< the highest seq committed when the push finished

    QByteArray toJson() const;
    static PushResponse parse(const QByteArray &body, ProtocolError &error);
};

} // namespace barntid::protocol
