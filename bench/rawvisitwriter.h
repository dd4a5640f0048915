// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "visitfixture.h"

#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace barntid {
class SecureBytes;
}

namespace barntid::bench {

/** Settings of a baseline connection; the defaults are the store's (app/store/connection.cpp). */
struct RawOptions
{
    bool memorySecurity = false;
    bool synchronousFull = true;
};

/** The baseline: the store's work written by hand against the SQLCipher C API, with the store's
 *  schema, key form and pragmas, and each statement prepared once. */
class RawVisitWriter
{
public:
    /** Creates the database at path with the store's migrations; a null key means plain SQLite. */
    RawVisitWriter(const QString &path, const SecureBytes *key, const RawOptions &options);
    ~RawVisitWriter();
    RawVisitWriter(const RawVisitWriter &) = delete;
    RawVisitWriter &operator=(const RawVisitWriter &) = delete;

    /** One BEGIN IMMEDIATE … COMMIT per visit: the visit row and its outbox row. */
    void writeEach(const std::vector<RawVisitRow> &rows);
    /** All rows in a single transaction. */
    void writeBulk(const std::vector<RawVisitRow> &rows);
    /** What SQLCipher reports for cipher_memory_security, to prove a setting took. */
    bool memorySecurityActive();
    sqlite3 *handle() const { return m_db; }

private:
    void exec(const char *sql);
    void run(sqlite3_stmt *statement, const char *what);
    void insert(const RawVisitRow &row);
    sqlite3_stmt *prepare(const char *sql);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_visit = nullptr;
    sqlite3_stmt *m_outbox = nullptr;
    sqlite3_stmt *m_begin = nullptr;
    sqlite3_stmt *m_commit = nullptr;
};

/** Throws std::runtime_error with SQLite's message unless rc is SQLITE_OK or SQLITE_DONE. */
void check(sqlite3 *db, int rc, const char *what);

} // namespace barntid::bench
