// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caller.h"
#include "domain/clock.h"
#include "protocol/mutation.h"
#include "protocol/pullpage.h"
#include "protocol/pushresult.h"
#include "serverconfig.h"

#include <QJsonObject>

namespace barntid::server {

class Accounts;
class Database;
class GroupCommit;

/** One record as GET /v1/records/{entity}/{id} answers it: what a pull would deliver now. */
struct RecordCopy
{
    QString entity;
    QString id;
    qint64 version = 0;
    QJsonObject data;
    QJsonObject toJson() const;
};

/** POST /v1/sync/push, GET /v1/sync/pull (DESIGN.md §6) and the one-record read that resolves a
 *  conflict, over one database connection. */
class SyncService
{
public:
    /** group: where this process's pushes commit together (SQLite); none: each push commits in
     *  a transaction of its own (PostgreSQL, whose writers wait on a row lock instead). */
    SyncService(Database &db, Accounts &accounts, const Clock &clock, ServerConfig config = {},
        GroupCommit *group = nullptr);

    /** All of the batch or nothing of it; replays answer with the first result. */
    protocol::PushResponse push(const Caller &caller, const protocol::PushRequest &request);
    /** push without the transaction: the caller holds the writer lock (GroupCommit). */
    protocol::PushResponse apply(const Caller &caller, const protocol::PushRequest &request);
    Database &database() { return m_db; }
    /** Throws ServerError 401 (account disabled), 403 (no scope), 409 reset_required. */
    protocol::PullPage pull(const Caller &caller, qint64 since, int limit);
    /** The record as the caller's pull would deliver it, audited like a pull. Throws ServerError
     *  401/403 as pull does, and 404 not_found for anything the caller's pull would not deliver
     *  (absent, deleted, or another audience's: existence is never revealed). */
    RecordCopy fetch(const Caller &caller, const QString &entity, const QString &id);

private:
    void refusePull(const Caller &caller, const QString &outcome, const QString &entity = {},
        const QString &id = {});
    /** The disabled-account and no-scope refusals pull and fetch share. */
    void checkReader(const Caller &caller);

    Database &m_db;
    Accounts &m_accounts;
    const Clock &m_clock;
    ServerConfig m_config;
    GroupCommit *m_group;
};

} // namespace barntid::server
