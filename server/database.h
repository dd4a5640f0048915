// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>
#include <mutex>
#include <unordered_map>
#include <utility>

namespace barntid::server {

/** One connection to the server database, SQLite (embedded) or PostgreSQL, with the few places
 *  where the two differ kept here. Errors throw ServerError 500 without the SQL text. */
class Database
{
public:
    enum class Kind { Sqlite, Postgres };

    /** url: "sqlite:PATH" or "postgresql://user[:password]@host[:port]/dbname". */
    Database(const QString &url, const QString &connectionName);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Kind kind() const { return m_kind; }
    QSqlQuery exec(const QString &sql, const QVariantList &binds = {});
    /** Like exec, but the statement stays prepared for the next call with the same text; the
     *  result is valid until then. For the hot paths of a push and a pull. */
    QSqlQuery &run(const QString &sql, const QVariantList &binds);
    /** Resets every kept statement: an unfinished SELECT would hold SQLite's read snapshot and
     *  hide other processes' commits. Called at transaction edges and after each request. */
    void finishAll();
    /** Runs sql once per row of binds in one prepared statement. */
    void execBatch(const QString &sql, const QList<QVariantList> &rows);
    /** "head VALUES (?, …), (?, …) tail" over the rows, in chunks that fit the drivers' bind
     *  limits. Every row has the same number of values. */
    void execRows(const QString &head, const QList<QVariantList> &rows, const QString &tail = {});
    /** "INSERT INTO t (row columns…, constant columns…)": each row gives the first columns and
     *  every row shares the constants, which go in once per statement instead of once per row. */
    void insertRows(
        const QString &head, const QList<QVariantList> &rows, const QVariantList &constants);
    /** Runs "select WHERE (a, b) IN (VALUES …)"-style queries in chunks; calls each per row. */
    template<typename Each>
    void selectRows(
        const QString &head, const QList<QVariantList> &rows, const QString &tail, Each each)
    {
        if (rows.isEmpty())
            return;
        // PostgreSQL takes every row at once (one array per column); SQLite in chunks.
        const qsizetype chunk = m_kind == Kind::Postgres ? rows.size() : chunkRows(rows);
        for (qsizetype at = 0; at < rows.size(); at += chunk) {
            const auto [sql, binds] = rowsQuery(m_kind, head, rows.mid(at, chunk));
            QSqlQuery &q = run(sql + tail, binds);
            while (q.next())
                each(q);
        }
    }
    /** The statement (without its tail) and binds selectRows runs for rows on a database of this
     *  kind; public so the bench can show the plan of the very statement the server runs. */
    static std::pair<QString, QVariantList> rowsQuery(
        Kind kind, const QString &head, const QList<QVariantList> &rows);
    /** Starts a transaction that holds the writer lock: writers run one after the other, so seq
     *  values are handed out in commit order (SQLite BEGIN IMMEDIATE; a row lock in PostgreSQL). */
    void beginWrite();
    /** A transaction for a few writes. On SQLite both kinds first take the process's writer turn
     *  (a mutex): the threads of a process queue for it in order instead of polling SQLite's
     *  lock, where a busy group commit would leave them waiting (other processes still poll). */
    void begin();
    void commit();
    void rollback();

    static bool isUrl(const QString &url);
    /** A text column's value: NULL for an empty text (a typed null, so it binds as text). */
    static QVariant orNull(const QString &text);
    /** Statements run on this connection so far: the log shows it per push, so a refusal that
     *  costs a different number of queries by its reason shows up (DESIGN.md §5). */
    qint64 statementCount() const { return m_statements; }

private:
    /** Qt's SQLite driver turns every "?" into a named placeholder, and SQLite finds each name
     *  by walking the names before it: preparing n binds costs n², a quarter of a second at
     *  8,000. Small statements (the full ones prepared once and kept) cost less than one big
     *  one whose size varies. */
    static constexpr qsizetype sqliteBindsPerStatement = 512;
    /** Rows per statement within the database's bind limit. */
    qsizetype chunkRows(const QList<QVariantList> &rows) const;
    /** head ("… IN (VALUES ") and the rows' placeholders. SQLite (3.40) reads the whole table
     *  for a row value IN a VALUES list but searches its index for the same list as a subquery,
     *  so rows of more than one column go in as one. */
    static QString rowsIn(const QString &head, const QList<QVariantList> &rows);
    static QString valuesList(const QList<QVariantList> &rows);
    static QVariantList flatten(const QList<QVariantList> &rows);
    /** PostgreSQL: "… IN (VALUES " becomes "… IN (SELECT * FROM unnest(?::text[], …)". */
    static QString unnestHead(const QString &head, const QList<QVariantList> &rows);
    static QString unnestSelect(const QList<QVariantList> &rows);
    /** "unnest(?::text[], ?::bigint[], …)": one typed array per column of the rows. */
    static QString unnestCall(const QList<QVariantList> &rows);
    static QVariantList unnestArrays(const QList<QVariantList> &rows);

    bool reopen();
    /** SQLite: waits for this process's one writer turn, held until commit or rollback. */
    void takeWriterTurn();

    QString m_name;
    Kind m_kind = Kind::Sqlite;
    bool m_inTransaction = false;
    std::unique_lock<std::mutex> m_writerTurn;
    qint64 m_statements = 0;
    // Prepared once per SQL text: QPSQL otherwise sends PREPARE, EXECUTE and DEALLOCATE for
    // every call, three round trips where one will do.
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
};

/** Rolls back unless committed. */
class WriteTransaction
{
public:
    explicit WriteTransaction(Database &db)
        : m_db(db)
    {
        m_db.beginWrite();
    }
    ~WriteTransaction();
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace barntid::server
