// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawrecords.h"

#include "benchdatabase.h"

namespace barntid::bench {

RawRecords::RawRecords(BenchDatabase &db)
    : m_db(db)
{ }

void RawRecords::createTable()
{
    // As server/schema.cpp creates records; the database is fresh, the table is new.
    m_db.exec(QStringLiteral(
        "CREATE TABLE bench_raw_records (entity TEXT NOT NULL, id TEXT NOT NULL, "
        "version BIGINT NOT NULL, seq BIGINT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, "
        "locked INTEGER NOT NULL DEFAULT 0, author_id TEXT, device_id TEXT, case_id TEXT, "
        "foster_home_id TEXT, parent_id TEXT, data TEXT NOT NULL, updated_at TEXT NOT NULL, "
        "PRIMARY KEY (entity, id))"));
    m_db.exec(QStringLiteral("CREATE INDEX bench_raw_by_case ON bench_raw_records (case_id)"));
    m_db.exec(
        QStringLiteral("CREATE INDEX bench_raw_by_home ON bench_raw_records (foster_home_id)"));
    m_db.exec(QStringLiteral("CREATE INDEX bench_raw_by_parent ON bench_raw_records (parent_id)"));
}

void RawRecords::insert(const QList<QVariantList> &rows)
{
    if (rows.isEmpty())
        return;
    QString sql = QStringLiteral(
        "INSERT INTO bench_raw_records (entity, id, version, seq, deleted, locked, author_id, "
        "device_id, case_id, foster_home_id, parent_id, data, updated_at) VALUES ");
    const QString one = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sql.reserve(sql.size() + rows.size() * (one.size() + 2));
    QVariantList binds;
    binds.reserve(rows.size() * rows.first().size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i > 0)
            sql += QStringLiteral(", ");
        sql += one;
        binds += rows.at(i);
    }
    // The server's write transaction: BEGIN IMMEDIATE on SQLite (server/database.cpp).
    m_db.exec(m_db.isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    m_db.exec(sql, binds);
    m_db.exec(QStringLiteral("COMMIT"));
}

int RawRecords::selectScope(const QString &key, qint64 *bytes)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT r.data FROM changes c JOIN records r ON r.entity = c.entity AND "
                       "r.id = c.id WHERE c.key = ? ORDER BY c.seq"),
        {key});
    int rows = 0;
    qint64 total = 0;
    while (q.next()) {
        total += q.value(0).toString().size();
        ++rows;
    }
    if (bytes)
        *bytes = total;
    return rows;
}

} // namespace barntid::bench
