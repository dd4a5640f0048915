// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/connection.h"

#include "store/securebytes.h"
#include "store/storeerror.h"

#include <sodium.h>
#include <sqlcipher/sqlite3.h>
#include <utility>

namespace barntid {

namespace {

void execOn(sqlite3 *db, const char *sql)
{
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        Connection::raise(db, rc, "exec");
}

void applyKey(sqlite3 *db, const SecureBytes &key)
{
    // SQLCipher's raw-key form x'<64 hex>' skips its own PBKDF2: the key is already random.
    SecureBytes literal(3 + key.size() * 2 + 1);
    auto *out = reinterpret_cast<char *>(literal.data());
    out[0] = 'x';
    out[1] = '\'';
    sodium_bin2hex(out + 2, key.size() * 2 + 1, key.data(), key.size());
    out[2 + key.size() * 2] = '\'';
    const int rc = sqlite3_key_v2(db, "main", out, int(3 + key.size() * 2));
    if (rc != SQLITE_OK)
        Connection::raise(db, rc, "key");
}

} // namespace

Connection::Connection(
    const QString &path, const SecureBytes *key, const ConnectionOptions &options)
{
    const int flags
        = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (options.create ? SQLITE_OPEN_CREATE : 0);
    int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        const bool missing = rc == SQLITE_CANTOPEN;
        throw StoreError(missing ? StoreErrorCode::NotInitialized : StoreErrorCode::Io,
            QStringLiteral("the database cannot be opened (%1)")
                .arg(QString::fromUtf8(sqlite3_errstr(rc))));
    }
    try {
        sqlite3_extended_result_codes(m_db, 1);
        if (key)
            applyKey(m_db, *key);
        // Damage is reported through our own errors; SQLCipher's log would only add noise.
        execOn(m_db, "PRAGMA cipher_log_level = NONE");
        execOn(m_db,
            options.memorySecurity ? "PRAGMA cipher_memory_security = ON"
                                   : "PRAGMA cipher_memory_security = OFF");
        // The first read decrypts page 1: with a verified key, failing here means damage.
        execOn(m_db, "SELECT count(*) FROM sqlite_schema");
        execOn(m_db, "PRAGMA journal_mode = WAL");
        execOn(m_db, "PRAGMA synchronous = FULL");
        execOn(m_db, "PRAGMA foreign_keys = ON");
        execOn(m_db, "PRAGMA temp_store = MEMORY");
        sqlite3_busy_timeout(m_db, 5000);
    } catch (...) {
        abandon();
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw;
    }
}

Connection::~Connection()
{
    m_cache.clear(); // statements must be finalized before the handle closes
    sqlite3_close_v2(m_db);
}

void Connection::exec(const char *sql)
{
    execOn(m_db, sql);
}

Statement Connection::prepare(const char *sql)
{
    return Statement(m_db, sql);
}

Statement &Connection::cached(const char *sql)
{
    auto &slot = m_cache[sql];
    if (!slot)
        slot = std::make_unique<Statement>(m_db, sql);
    else
        slot->reset();
    return *slot;
}

int Connection::changes() const
{
    return sqlite3_changes(m_db);
}

int Connection::userVersion()
{
    Statement s(m_db, "PRAGMA user_version");
    return s.step() ? int(s.integer(0)) : 0;
}

void Connection::setUserVersion(int version)
{
    exec(QByteArray("PRAGMA user_version = " + QByteArray::number(version)).constData());
}

QStringList Connection::integrityProblems()
{
    QStringList problems;
    for (const char *sql : {"PRAGMA cipher_integrity_check", "PRAGMA quick_check"}) {
        try {
            Statement s(m_db, sql);
            while (s.step()) {
                const QString row = s.text(0);
                if (row != u"ok")
                    problems << row;
            }
        } catch (const StoreError &e) {
            problems << e.detail(); // a check that cannot even read the file found damage
        }
        if (!problems.isEmpty())
            break; // after a failed page HMAC the structural check has nothing to add
    }
    return problems;
}

void Connection::abandon()
{
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
}

void Connection::checkpoint()
{
    exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

void Connection::noteChange(const QString &entity, StoreChange::Op op, const QString &id)
{
    if (!m_feed)
        return;
    barntid::noteChange(m_noted, entity, op, id);
    if (sqlite3_get_autocommit(m_db))
        publishNoted();
}

void Connection::publishNoted()
{
    // Taken first: a receiver on this thread may write again and note more.
    const StoreChangeList noted = std::exchange(m_noted, {});
    if (m_feed)
        m_feed->publish(noted);
}

void Connection::raise(sqlite3 *db, int rc, const char *what)
{
    const QString message = QStringLiteral("%1: %2").arg(
        QString::fromLatin1(what), QString::fromUtf8(sqlite3_errmsg(db)));
    switch (rc & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        throw StoreError(StoreErrorCode::Damaged, QStringLiteral("the database is damaged"));
    case SQLITE_FULL:
        throw StoreError(StoreErrorCode::DiskFull, QStringLiteral("the disk is full"));
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_BUSY:
        throw StoreError(StoreErrorCode::Io, message);
    case SQLITE_CONSTRAINT:
        // Triggers raise "immutable: …" for signed and approved records.
        if (message.contains(u"immutable"))
            throw StoreError(StoreErrorCode::Immutable, message);
        throw StoreError(StoreErrorCode::Invalid, message);
    default:
        throw StoreError(StoreErrorCode::Internal, message);
    }
}

} // namespace barntid
