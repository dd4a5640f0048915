// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

namespace barntid::bench {

/** The database of one server run, made fresh for it: a SQLite file below the temp dir, or a
 *  PostgreSQL database in the given cluster that is dropped again at the end. The bench keeps
 *  its own Qt SQL connection to it for the raw baselines. Errors throw std::runtime_error. */
class BenchDatabase
{
public:
    static std::unique_ptr<BenchDatabase> sqlite(const QString &dir);
    /** clusterUrl: postgresql://user@host:port/db of a database to connect to for CREATE. */
    static std::unique_ptr<BenchDatabase> postgres(const QString &clusterUrl);
    ~BenchDatabase();
    BenchDatabase(const BenchDatabase &) = delete;
    BenchDatabase &operator=(const BenchDatabase &) = delete;

    bool isSqlite() const { return m_sqlitePath.size() > 0; }
    /** The --database URL for barntid-server. */
    QString url() const { return m_url; }
    /** Opens the bench's connection; after the server has created the schema. */
    void open();
    /** Runs one statement on the bench's connection. */
    QSqlQuery exec(const QString &sql, const QVariantList &binds = {});

private:
    BenchDatabase() = default;

    QString m_url;
    QString m_sqlitePath;
    QString m_clusterUrl; ///< PostgreSQL: where the database was created, for the DROP
    QString m_pgName;
    QString m_connection;
};

} // namespace barntid::bench
