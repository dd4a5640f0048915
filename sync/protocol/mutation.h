// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/protocolerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace barntid::protocol {

enum class Op { Upsert, Delete };
QString opName(Op op);

/** One change a device asks the server to apply; replays carry the same mutation_id. */
struct Mutation
{
    QString mutationId;
    QString entity;
    Op op = Op::Upsert;
    QString id;
    std::optional<qint64> baseVersion; ///< null for a record the server has not seen
    QJsonObject data;

    QJsonObject toJson() const;
};

/** The body of POST /v1/sync/push. */
struct PushRequest
{
    static constexpr int maxMutations = 1000;
    QList<Mutation> mutations;

    QByteArray toJson() const;
    /** Parses and checks the shape of every mutation against the allow-list: unknown entities
     *  and fields, wrong JSON types and malformed ids are errors for the whole request. */
    static PushRequest parse(const QByteArray &body, ProtocolError &error);
};

} // namespace barntid::protocol
