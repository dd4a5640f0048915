// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace barntid {

/** A prepared SQLCipher statement; finalized on destruction. Binding indexes start at 1. */
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, const QString &value); ///< a null QString binds NULL
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bindNull(int index);
    /** Binds a JSON value by its type: string, integer/real, bool as 0/1, array/object as text. */
    Statement &bindJson(int index, const QJsonValue &value);
    /** Steps once; true while a row is available. Throws StoreError on failure. */
    bool step();
    /** Runs to completion and resets, for writes. */
    void run();
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    QString text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QString columnName(int column) const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace barntid
