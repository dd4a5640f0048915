// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/transaction.h"

#include "store/connection.h"

#include <sqlcipher/sqlite3.h>

namespace barntid {

Transaction::Transaction(Connection &connection)
    : m_connection(connection)
{
    // IMMEDIATE takes the write lock up front, so a commit never fails on lock upgrade.
    m_connection.cached("BEGIN IMMEDIATE").run();
}

Transaction::~Transaction()
{
    if (!m_done && !sqlite3_get_autocommit(m_connection.handle()))
        sqlite3_exec(m_connection.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    m_connection.cached("COMMIT").run();
    m_done = true;
}

} // namespace barntid
