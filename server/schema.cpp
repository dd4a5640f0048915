// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "database.h"
#include "recordstore.h"
#include "servererror.h"

#include <QSqlRecord>
#include <QStringList>

#include <span>

namespace barntid::server::Schema {

namespace {

// Portable SQL only: TEXT, BIGINT, INTEGER 0/1 for booleans, ids are UUID text made by us.
// A released step is never edited again; later changes are new steps.
constexpr const char *version1[] = {
    "CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)",
    "INSERT INTO counters (name, value) VALUES ('seq', 0), ('horizon', 0)",
    "CREATE TABLE teams (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, supervisor_id TEXT)",
    "CREATE TABLE users (id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, "
    "display_name TEXT NOT NULL, role TEXT NOT NULL CHECK (role IN ('social_worker', "
    "'supervisor', 'foster_parent', 'admin')), team_id TEXT REFERENCES teams (id), "
    "foster_home_id TEXT, password_hash TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1, "
    "created_at TEXT NOT NULL)",
    "CREATE TABLE foster_home_workers (foster_home_id TEXT NOT NULL, user_id TEXT NOT NULL "
    "REFERENCES users (id), PRIMARY KEY (foster_home_id, user_id))",
    "CREATE TABLE devices (id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users (id), "
    "name TEXT NOT NULL, token_hash TEXT UNIQUE, token_expires_at TEXT, created_at TEXT NOT NULL, "
    "last_seen_at TEXT, revoked_at TEXT, wiped_at TEXT)",
    "CREATE TABLE login_failures (key TEXT PRIMARY KEY, failures INTEGER NOT NULL, "
    "first_at TEXT NOT NULL, locked_until TEXT)",
    // Every synced record in wire form (data) with the columns scope and locking need.
    "CREATE TABLE records (entity TEXT NOT NULL, id TEXT NOT NULL, version BIGINT NOT NULL, "
    "seq BIGINT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, locked INTEGER NOT NULL DEFAULT 0, "
    "author_id TEXT, device_id TEXT, case_id TEXT, foster_home_id TEXT, parent_id TEXT, "
    "data TEXT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (entity, id))",
    "CREATE INDEX records_by_case ON records (case_id)",
    "CREATE INDEX records_by_home ON records (foster_home_id)",
    "CREATE INDEX records_by_parent ON records (parent_id)",
    // Who may see a record now: user:<id>, team:<id> or home:<id> (one key per account).
    "CREATE TABLE audience (entity TEXT NOT NULL, id TEXT NOT NULL, key TEXT NOT NULL, "
    "PRIMARY KEY (entity, id, key))",
    // The change log per audience key. A record has at most one row per key: the latest change.
    "CREATE TABLE changes (key TEXT NOT NULL, seq BIGINT NOT NULL, entity TEXT NOT NULL, "
    "id TEXT NOT NULL, changed_at TEXT NOT NULL, PRIMARY KEY (key, seq))",
    "CREATE INDEX changes_by_record ON changes (entity, id)",
    "CREATE TABLE mutations (device_id TEXT NOT NULL, mutation_id TEXT NOT NULL, "
    "result TEXT NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (device_id, mutation_id))",
    "CREATE TABLE conflicts (id TEXT PRIMARY KEY, entity TEXT NOT NULL, record_id TEXT NOT NULL, "
    "user_id TEXT NOT NULL, device_id TEXT NOT NULL, mutation_id TEXT NOT NULL, "
    "base_version BIGINT, server_version BIGINT NOT NULL, data TEXT NOT NULL, "
    "created_at TEXT NOT NULL)",
    "CREATE INDEX conflicts_by_record ON conflicts (entity, record_id)",
    "CREATE TABLE audit (id TEXT PRIMARY KEY, at TEXT NOT NULL, user_id TEXT, device_id TEXT, "
    "action TEXT NOT NULL, entity TEXT, record_id TEXT, outcome TEXT NOT NULL)",
    "CREATE INDEX audit_by_record ON audit (entity, record_id)",
};

// Issue 10: an account's lifecycle (disabled, password reset) and the server's own receipt time.
constexpr const char *version2[] = {
    "ALTER TABLE users ADD COLUMN disabled_at TEXT",
    "ALTER TABLE users ADD COLUMN password_changed_at TEXT",
    "ALTER TABLE records ADD COLUMN received_at TEXT",
    "CREATE INDEX devices_by_user ON devices (user_id)",
    // Set when the account's scope changed under the device (another role or team): its next
    // pull gets 409 reset_required until it starts again from 0.
    "ALTER TABLE devices ADD COLUMN must_reset INTEGER NOT NULL DEFAULT 0",
};

// Issue 12: the supervisor's sessions on the /loggkontroll page (a cookie, not a device token).
constexpr const char *version3[] = {
    "CREATE TABLE web_sessions (token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES "
    "users (id), csrf TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL, "
    "seen_at TEXT NOT NULL)",
    "CREATE INDEX web_sessions_by_user ON web_sessions (user_id)",
};

// Issue 13: confirmation mails wait here, written in the transaction of the booking's change;
// the sender claims a row by moving next_try_at (a lease), so several servers send each once.
constexpr const char *version4[] = {
    "CREATE TABLE mail_outbox (id TEXT PRIMARY KEY, booking_id TEXT NOT NULL, kind TEXT NOT NULL, "
    "recipient TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL, "
    "next_try_at TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, sent_at TEXT, "
    "last_error TEXT)",
    "CREATE INDEX mail_outbox_due ON mail_outbox (sent_at, next_try_at)",
    "CREATE INDEX mail_outbox_by_booking ON mail_outbox (booking_id)",
};

// Issue 14: what the journal export sent to the case system, one row per document version; a
// note is sent again only when its server version has grown (an amendment).
constexpr const char *version5[] = {
    "CREATE TABLE journal_exports (record_id TEXT NOT NULL, document_version INTEGER NOT NULL, "
    "record_version BIGINT NOT NULL, case_id TEXT NOT NULL, folder TEXT NOT NULL, "
    "pdf_file TEXT NOT NULL, text_file TEXT NOT NULL, content_sha256 TEXT NOT NULL, "
    "pdf_sha256 TEXT NOT NULL, text_sha256 TEXT NOT NULL, approved INTEGER NOT NULL, "
    "signed_at TEXT NOT NULL, signed_by TEXT NOT NULL, visit_date TEXT NOT NULL, "
    "exported_at TEXT NOT NULL, PRIMARY KEY (record_id, document_version))",
    "CREATE INDEX journal_exports_by_case ON journal_exports (case_id)",
    // "Dela till journalen": a one-time link the app opens in the platform's browser or share
    // sheet, so the PDF never passes through the app's own files. Kept hashed, like tokens.
    "CREATE TABLE journal_links (token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL, "
    "device_id TEXT NOT NULL, entity TEXT NOT NULL, record_id TEXT NOT NULL, "
    "created_at TEXT NOT NULL, expires_at TEXT NOT NULL, used_at TEXT)",
};

// Issue 15: what the query plans of a municipality of a million records found walking whole
// tables (docs/performance.md): one key's records of one kind (the team's access log, a
// worker's live slots), a worker's foster homes and a team's members.
constexpr const char *version6[] = {
    "CREATE INDEX audience_by_key ON audience (key, entity, id)",
    "CREATE INDEX foster_home_workers_by_user ON foster_home_workers (user_id)",
    "CREATE INDEX users_by_team ON users (team_id)",
};

// The foster homes placing a case, found without reading every home: a foster home's
// placed_case_ids as rows, written with the home and filled from the stored homes by migrate().
constexpr const char *version7[] = {
    "CREATE TABLE placements (case_id TEXT NOT NULL, foster_home_id TEXT NOT NULL, "
    "PRIMARY KEY (case_id, foster_home_id))",
    "CREATE INDEX placements_by_home ON placements (foster_home_id)",
};

// Issue 16: the municipality's child surveys, every version kept (server/questionsets.h).
constexpr const char *version8[] = {
    "CREATE TABLE question_sets (id TEXT NOT NULL, version INTEGER NOT NULL, body TEXT NOT NULL, "
    "imported_at TEXT NOT NULL, PRIMARY KEY (id, version))",
};

const std::span<const char *const> steps[]
    = {version1, version2, version3, version4, version5, version6, version7, version8};

bool hasTable(Database &db, const QString &name)
{
    const QString sql = db.kind() == Database::Kind::Sqlite
        ? QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
        : QStringLiteral("SELECT 1 FROM information_schema.tables WHERE table_name = ? "
                         "AND table_schema = current_schema()");
    QSqlQuery q = db.exec(sql, {name});
    return q.next();
}

} // namespace

int latestVersion()
{
    return int(std::size(steps));
}

int currentVersion(Database &db)
{
    if (!hasTable(db, QStringLiteral("schema_version")))
        return 0;
    QSqlQuery q = db.exec(QStringLiteral("SELECT version FROM schema_version"));
    return q.next() ? q.value(0).toInt() : 0;
}

void migrate(Database &db)
{
    db.begin();
    try {
        if (!hasTable(db, QStringLiteral("schema_version"))) {
            db.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"));
            db.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"));
        }
        // Two server processes starting together on one PostgreSQL: the second waits here.
        QSqlQuery q = db.exec(db.kind() == Database::Kind::Postgres
                ? QStringLiteral("SELECT version FROM schema_version FOR UPDATE")
                : QStringLiteral("SELECT version FROM schema_version"));
        const int current = q.next() ? q.value(0).toInt() : 0;
        if (current > latestVersion()) {
            throw ServerError {500, QStringLiteral("newer_schema"),
                QStringLiteral("the database has schema %1; this server knows up to %2")
                    .arg(current)
                    .arg(latestVersion())};
        }
        for (int v = current; v < latestVersion(); ++v) {
            for (const char *sql : steps[v])
                db.exec(QString::fromLatin1(sql));
        }
        if (current > 0 && current < 7)
            RecordStore(db).rebuildPlacements();
        db.exec(QStringLiteral("UPDATE schema_version SET version = ?"), {latestVersion()});
        db.commit();
    } catch (...) {
        db.rollback();
        throw;
    }
}

} // namespace barntid::server::Schema
