// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/visit.h"

#include <QJsonObject>
#include <QString>

#include <string>
#include <variant>
#include <vector>

namespace barntid::bench {

/** One SQL parameter, already in the form the store would bind. */
using RawValue = std::variant<std::monostate, std::string, double, qint64>;

/** A visit and its outbox row as the raw baseline binds them: the same bytes the store writes. */
struct RawVisitRow
{
    std::vector<RawValue> visit; ///< every column of the visits table, in table order
    std::string recordId;
    std::string mutationId;
    std::string payload; ///< the compact JSON the outbox keeps
    std::string createdAt;
};

/** Realistic visits of one case: a filled-in note, the child's words, BBIC tags, positions. */
class VisitFixture
{
public:
    VisitFixture(QString caseId, QString deviceId);

    /** A new visit without meta fields, as the UI hands it to VisitRepository::create. */
    Visit visit(int index) const;
    /** The visit's wire form with the meta fields RecordWriter::create adds. */
    QJsonObject stampedRecord(int index) const;
    /** The same stamped visit broken into column values, with its outbox payload. */
    RawVisitRow rawRow(int index) const;
    std::vector<RawVisitRow> rawRows(int count) const;

private:
    QString m_caseId;
    QString m_deviceId;
};

} // namespace barntid::bench
