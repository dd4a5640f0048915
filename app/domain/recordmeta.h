// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/validation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace barntid {

/** The bookkeeping every synced record carries: identity, server version, origin, tombstone. */
struct RecordMeta
{
    QString id;
    qint64 version = 0; // assigned by the server; 0 until first synced
    QDateTime createdAt;
    QDateTime updatedAt;
    QString authorId;
    QString deviceId;
    bool deleted = false;

    void writeJson(QJsonObject &o) const;
    static RecordMeta readJson(const QJsonObject &o);
    ValidationIssues validate() const;
    bool operator==(const RecordMeta &) const = default;
};

} // namespace barntid
