// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storechanges.h"

namespace barntid {

class Connection;

/** BEGIN IMMEDIATE … COMMIT; rolls back unless commit() ran, so an exception undoes the work.
 *  The changes noted on the connection meanwhile go to the store's feed after COMMIT only.
 *  Inside another transaction it is a savepoint, so several writes (a series of slots) can be
 *  one: the outer transaction decides what is committed and told. */
class Transaction
{
public:
    explicit Transaction(Connection &connection);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Connection &m_connection;
    bool m_done = false;
    bool m_nested = false;
    StoreChangeList m_notedBefore; ///< nested only: the outer's notes when this part began
};

} // namespace barntid
