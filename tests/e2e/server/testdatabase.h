// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QVariantList>

#include <memory>

namespace e2eserver {

enum class Backend { Sqlite, Postgres };

/** A fresh server database for one test: a file in a temporary directory, or a database created
 *  on the cluster of BARNTID_TEST_POSTGRES and dropped at the end. The test reads it directly
 *  (Qt's QSQLITE / QPSQL) to check what the server did or did not write. */
class TestDatabase
{
public:
    /** Empty (the server migrates it) or a copy of the demo municipality, seeded once per run
     *  by `barntid-server seed --demo` and cloned from then on. */
    TestDatabase(Backend backend, bool seeded);
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    /** Empty when the backend can run here; else why not (for QSKIP). */
    static QString unavailableReason(Backend backend);
    /** Drops the seeded templates; call from cleanupTestCase. */
    static void dropTemplates();

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    Backend backend() const { return m_backend; }
    QString url() const { return m_url; }

    /** Every row of a query on the test's own connection, read to the end so no read
     *  transaction stays open (SQLite would keep showing that old snapshot). A failure is
     *  reported in lastError(). */
    QList<QVariantList> rows(const QString &sql, const QVariantList &binds = {});
    /** The first column of the first row as text, or empty. */
    QString text(const QString &sql, const QVariantList &binds = {});
    /** The first column of the first row as a number, or -1 on an error. */
    qint64 number(const QString &sql, const QVariantList &binds = {});
    /** Row counts of the tables a refused request must not touch. */
    QMap<QString, qint64> counts();
    /** Every record's entity, id, version and seq, for "nothing changed" checks. */
    QStringList recordVersions();
    QString lastError() const { return m_lastError; }

private:
    bool open();
    QSqlQuery query(const QString &sql, const QVariantList &binds);

    Backend m_backend;
    QString m_url;
    QString m_dbName; ///< PostgreSQL only
    QString m_connection;
    QString m_error;
    QString m_lastError;
    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace e2eserver
