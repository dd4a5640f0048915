// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace barntid {
class SecureBytes;
}

namespace barntid::bench {

/** The initial-sync baseline's local side, written by hand against the SQLCipher C API: the
 *  store's schema, key form and pragmas (app/store/connection.cpp), one prepared INSERT per
 *  table, one transaction per pulled page with the cursor written in it, as the device does. */
class RawPageWriter
{
public:
    RawPageWriter(const QString &path, const SecureBytes &key);
    ~RawPageWriter();
    RawPageWriter(const RawPageWriter &) = delete;
    RawPageWriter &operator=(const RawPageWriter &) = delete;

    /** Parses one pull answer and writes its changes; returns how many were written. */
    int writePage(const QByteArray &body);

private:
    struct Table
    {
        sqlite3_stmt *insert = nullptr;
        sqlite3_stmt *remove = nullptr;
        std::vector<std::pair<QString, bool>> columns; ///< name, declared INTEGER
    };

    void exec(const char *sql);
    sqlite3_stmt *prepare(const QByteArray &sql);
    void step(sqlite3_stmt *statement, const char *what);
    Table &table(const QString &entity);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_begin = nullptr;
    sqlite3_stmt *m_commit = nullptr;
    sqlite3_stmt *m_cursor = nullptr;
    QHash<QString, Table> m_tables; ///< by entity
};

} // namespace barntid::bench
