// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/transaction.h"

#include "store/connection.h"

#include <sqlcipher/sqlite3.h>

namespace barntid {

Transaction::Transaction(Connection &connection)
    : m_connection(connection)
{
    m_nested = !sqlite3_get_autocommit(m_connection.handle());
    if (m_nested)
        m_notedBefore = m_connection.noted();
    // IMMEDIATE takes the write lock up front, so a commit never fails on lock upgrade.
    m_connection.cached(m_nested ? "SAVEPOINT nested_write" : "BEGIN IMMEDIATE").run();
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    if (m_nested) {
        // The outer transaction goes on without this part, so what this part noted is not told
        // when the outer one commits (a caller may catch the exception and go on).
        sqlite3_exec(m_connection.handle(), "ROLLBACK TO nested_write; RELEASE nested_write",
            nullptr, nullptr, nullptr);
        m_connection.restoreNoted(std::move(m_notedBefore));
        return;
    }
    if (!sqlite3_get_autocommit(m_connection.handle()))
        sqlite3_exec(m_connection.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    m_connection.dropNoted(); // nothing of a rolled-back transaction is told
}

void Transaction::commit()
{
    if (m_nested) {
        m_connection.cached("RELEASE nested_write").run();
        m_done = true;
        return;
    }
    m_connection.cached("COMMIT").run();
    m_done = true;
    m_connection.publishNoted(); // only now is the change there for other connections to read
}

} // namespace barntid
