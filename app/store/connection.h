// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/statement.h"
#include "store/storechanges.h"

#include <QStringList>

#include <memory>
#include <string>
#include <unordered_map>

struct sqlite3;

namespace barntid {

class SecureBytes;

/** Cipher and durability settings; the same for the store and for its benchmark baselines. */
struct ConnectionOptions
{
    bool create = false;
    /** SQLCipher's wipe of all freed memory; see docs/security.md for why it is off. */
    bool memorySecurity = false;
};

/** One open SQLCipher database, keyed with a raw 32-byte key; closed on destruction. */
class Connection
{
public:
    /** Opens and verifies the key; throws StoreError (Damaged when the file is not a database
     *  under this key). A null key opens an unencrypted database (benchmarks only). */
    Connection(const QString &path, const SecureBytes *key, const ConnectionOptions &options);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    void exec(const char *sql);
    Statement prepare(const char *sql);
    /** A prepared statement kept for the connection's lifetime, reset and ready to bind. */
    Statement &cached(const char *sql);
    /** Rows changed by the last write statement. */
    int changes() const;
    int userVersion();
    void setUserVersion(int version);
    /** Problems found by cipher_integrity_check and quick_check; empty when sound. */
    QStringList integrityProblems();
    /** Closing will leave the files exactly as they are (no checkpoint): for a file found damaged.
     */
    void abandon();
    /** Moves the WAL into the main file; used before a clean close. */
    void checkpoint();
    sqlite3 *handle() const { return m_db; }

    /** The feed this connection's commits are published to; none: changes are not told. */
    void setFeed(std::shared_ptr<StoreChanges> feed) { m_feed = std::move(feed); }
    /** Records a change for the feed: told when the transaction commits, forgotten when it rolls
     *  back; outside a transaction the statement has committed already, so it is told at once. */
    void noteChange(const QString &entity, StoreChange::Op op, const QString &id);
    /** Transaction's side: after COMMIT, and after a rollback. */
    void publishNoted();
    void dropNoted() { m_noted.clear(); }
    /** A savepoint's side: what was noted when it began, put back when it rolls back. */
    StoreChangeList noted() const { return m_noted; }
    void restoreNoted(StoreChangeList noted) { m_noted = std::move(noted); }

    /** Turns an SQLite result code into the matching StoreError and throws it. */
    [[noreturn]] static void raise(sqlite3 *db, int rc, const char *what);

private:
    sqlite3 *m_db = nullptr;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
    std::shared_ptr<StoreChanges> m_feed;
    StoreChangeList m_noted;
};

} // namespace barntid
