// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/mutation.h"

#include <QRandomGenerator>
#include <QVariantList>

namespace barntid::bench {

/** Realistic mutations as a worker's device sends them (the domain's own toJson, so every field
 *  of the wire form is there), each with a fresh id, and the row the server keeps for them. */
class VisitMaker
{
public:
    explicit VisitMaker(quint32 seed);

    protocol::Mutation newCase(const QString &userId, const QString &deviceId);
    /** A draft home visit on caseId with a ~300-character note and the child's words. */
    protocol::Mutation newVisit(
        const QString &caseId, const QString &userId, const QString &deviceId);
    /** The server's records row after the first write of m by userId from deviceId: the same
     *  columns and the same data text (server/mutationrules.cpp, server/recordstore.cpp). */
    static QVariantList storedRow(
        const protocol::Mutation &m, qint64 seq, const QString &userId, const QString &deviceId);

private:
    QString note();
    QString childWords();

    QRandomGenerator m_random;
    int m_cases = 0;
};

} // namespace barntid::bench
