// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawvisitwriter.h"

#include "store/connection.h"
#include "store/migrations.h"
#include "store/securebytes.h"

#include <sodium.h>
#include <sqlcipher/sqlite3.h>
#include <stdexcept>
#include <string>

namespace barntid::bench {

namespace {

constexpr const char *insertVisitSql
    = "INSERT INTO visits (id, version, created_at, updated_at, author_id, device_id, deleted, "
      "case_id, foster_home_id, kind, planned_start, planned_end, actual_start, actual_end, "
      "check_in_lat, check_in_lon, check_in_accuracy, check_in_at, check_out_lat, check_out_lon, "
      "check_out_accuracy, check_out_at, present, note, child_words, bbic, status, signed_at, "
      "signed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
      "?, ?, ?, ?, ?)";
constexpr const char *insertOutboxSql
    = "INSERT INTO outbox (mutation_id, entity, record_id, op, base_version, payload, created_at) "
      "VALUES (?, 'visit', ?, 'upsert', NULL, ?, ?)";

void bindText(sqlite3_stmt *s, int index, const std::string &text)
{
    // The rows outlive the step, so SQLite may keep pointing at them.
    sqlite3_bind_text(s, index, text.data(), int(text.size()), SQLITE_STATIC);
}

} // namespace

void check(sqlite3 *db, int rc, const char *what)
{
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
        return;
    throw std::runtime_error(std::string(what) + ": " + sqlite3_errmsg(db));
}

RawVisitWriter::RawVisitWriter(
    const QString &path, const SecureBytes *key, const RawOptions &options)
{
    {
        ConnectionOptions create;
        create.create = true;
        create.memorySecurity = options.memorySecurity;
        Connection schema(path, key, create);
        Migrations::migrate(schema);
    }
    check(m_db,
        sqlite3_open_v2(
            path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr),
        "open");
    if (key) {
        std::string literal(3 + key->size() * 2, '\0');
        literal[0] = 'x';
        literal[1] = '\'';
        sodium_bin2hex(literal.data() + 2, key->size() * 2 + 1, key->data(), key->size());
        literal.back() = '\'';
        check(m_db, sqlite3_key_v2(m_db, "main", literal.data(), int(literal.size())), "key");
        sodium_memzero(literal.data(), literal.size());
    }
    exec(options.memorySecurity ? "PRAGMA cipher_memory_security = ON"
                                : "PRAGMA cipher_memory_security = OFF");
    exec("SELECT count(*) FROM sqlite_schema");
    exec("PRAGMA journal_mode = WAL");
    exec(options.synchronousFull ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL");
    exec("PRAGMA foreign_keys = ON");
    exec("PRAGMA temp_store = MEMORY");
    sqlite3_busy_timeout(m_db, 5000);
    m_visit = prepare(insertVisitSql);
    m_outbox = prepare(insertOutboxSql);
    // The store keeps these two prepared as well (Connection::cached).
    m_begin = prepare("BEGIN IMMEDIATE");
    m_commit = prepare("COMMIT");
}

RawVisitWriter::~RawVisitWriter()
{
    sqlite3_finalize(m_visit);
    sqlite3_finalize(m_outbox);
    sqlite3_finalize(m_begin);
    sqlite3_finalize(m_commit);
    sqlite3_close_v2(m_db);
}

void RawVisitWriter::exec(const char *sql)
{
    check(m_db, sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr), sql);
}

sqlite3_stmt *RawVisitWriter::prepare(const char *sql)
{
    sqlite3_stmt *s = nullptr;
    check(m_db, sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr), sql);
    return s;
}

void RawVisitWriter::insert(const RawVisitRow &row)
{
    int index = 1;
    for (const RawValue &v : row.visit) {
        if (const auto *text = std::get_if<std::string>(&v))
            bindText(m_visit, index, *text);
        else if (const auto *real = std::get_if<double>(&v))
            sqlite3_bind_double(m_visit, index, *real);
        else if (const auto *integer = std::get_if<qint64>(&v))
            sqlite3_bind_int64(m_visit, index, *integer);
        else
            sqlite3_bind_null(m_visit, index);
        ++index;
    }
    run(m_visit, "insert visit");

    bindText(m_outbox, 1, row.mutationId);
    bindText(m_outbox, 2, row.recordId);
    bindText(m_outbox, 3, row.payload);
    bindText(m_outbox, 4, row.createdAt);
    run(m_outbox, "insert outbox");
}

void RawVisitWriter::run(sqlite3_stmt *statement, const char *what)
{
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    check(m_db, rc, what);
}

void RawVisitWriter::writeEach(const std::vector<RawVisitRow> &rows)
{
    for (const RawVisitRow &row : rows) {
        run(m_begin, "begin");
        insert(row);
        run(m_commit, "commit");
    }
}

void RawVisitWriter::writeBulk(const std::vector<RawVisitRow> &rows)
{
    run(m_begin, "begin");
    for (const RawVisitRow &row : rows)
        insert(row);
    run(m_commit, "commit");
}

bool RawVisitWriter::memorySecurityActive()
{
    sqlite3_stmt *s = prepare("PRAGMA cipher_memory_security");
    const bool on = sqlite3_step(s) == SQLITE_ROW && sqlite3_column_int(s, 0) != 0;
    sqlite3_finalize(s);
    return on;
}

} // namespace barntid::bench
