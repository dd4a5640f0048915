// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caller.h"
#include "protocol/mutation.h"
#include "protocol/pullpage.h"
#include "protocol/pushresult.h"

namespace barntid::server {

class Accounts;
class Database;

/** POST /v1/sync/push and GET /v1/sync/pull (DESIGN.md §6) over one database connection. */
class SyncService
{
public:
    SyncService(Database &db, Accounts &accounts);

    /** One transaction for the whole batch; replays answer with the first result. */
    protocol::PushResponse push(const Caller &caller, const protocol::PushRequest &request);
    /** Throws ServerError 401 (account disabled), 403 (no scope), 409 reset_required. */
    protocol::PullPage pull(const Caller &caller, qint64 since, int limit);

private:
    void refusePull(const Caller &caller, const QString &outcome);

    Database &m_db;
    Accounts &m_accounts;
};

} // namespace barntid::server
