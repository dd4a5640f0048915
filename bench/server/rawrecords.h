// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVariantList>

namespace barntid::bench {

class BenchDatabase;

/** The baselines: hand-written SQL on the server's own database through the same Qt SQL driver,
 *  with nothing of the server's logic. */
class RawRecords
{
public:
    explicit RawRecords(BenchDatabase &db);

    /** Creates bench_raw_records: the server's records table with its indexes. */
    void createTable();
    /** One transaction, one multi-row INSERT of rows (the columns of VisitMaker::storedRow). */
    void insert(const QList<QVariantList> &rows);
    /** SELECT data of every record in the audience key's change log, in seq order; returns the
     *  number of rows, having read each data text. */
    int selectScope(const QString &key, qint64 *bytes);

private:
    BenchDatabase &m_db;
};

} // namespace barntid::bench
