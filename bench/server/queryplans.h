// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantList>

namespace barntid::bench {

class BenchDatabase;

/** The plans of the server's hot queries on a database (bench_server --explain): EXPLAIN
 *  ANALYZE on PostgreSQL, EXPLAIN QUERY PLAN on SQLite. The SQL is the server's own text
 *  (server/syncservice.cpp, recordstore.cpp, auth.cpp, accounts.cpp, supervisorapi.cpp,
 *  accesslog.cpp), copied because the server keeps it private; the values are one real worker's
 *  and team's. PostgreSQL gets them as literals, so these are custom plans. */
class QueryPlans
{
public:
    explicit QueryPlans(BenchDatabase &db);

    /** Prints every plan to stdout, headed "plan (db): name", for the worker's scope. */
    void print(const QString &dbName, const QString &workerUsername);

private:
    QString one(const QString &sql, const QVariantList &binds);
    void show(
        const QString &dbName, const QString &name, const QString &sql, const QVariantList &binds);
    /** The plan of the server's own bulk lookup (Database::rowsQuery) of rows; head ends with
     *  "IN (VALUES ". */
    void showLookup(const QString &dbName, const QString &name, const QString &head,
        const QList<QVariantList> &rows);

    BenchDatabase &m_db;
};

} // namespace barntid::bench
