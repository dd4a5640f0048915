// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/migrations.h"

#include "store/connection.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <span>

namespace barntid::Migrations {

namespace {

// A released step is never edited again: later changes are new steps below it.
// Records carry no foreign keys between them: pulls arrive in server order, so a visit may land
// before its case, and retention purges rows independently (docs/architecture.md).
#define BARNTID_RECORD_META                                                                        \
    "id TEXT PRIMARY KEY NOT NULL, version INTEGER NOT NULL DEFAULT 0, "                           \
    "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, author_id TEXT, device_id TEXT, "         \
    "deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)), "

constexpr const char *version1[] = {
    "CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE cases (" BARNTID_RECORD_META
    "case_number TEXT NOT NULL, child_name TEXT NOT NULL, birth_year INTEGER, "
    "protected_identity INTEGER NOT NULL DEFAULT 0, responsible_id TEXT)",
    "CREATE TABLE foster_homes (" BARNTID_RECORD_META
    "name TEXT NOT NULL, contact_persons TEXT, phone TEXT, foster_parent_ids TEXT, "
    "worker_ids TEXT, training_offered_on TEXT, training_completed_on TEXT, "
    "supervision_status TEXT NOT NULL DEFAULT 'none', placed_case_ids TEXT)",
    "CREATE TABLE visits (" BARNTID_RECORD_META
    "case_id TEXT, foster_home_id TEXT, kind TEXT NOT NULL, planned_start TEXT, "
    "planned_end TEXT, actual_start TEXT, actual_end TEXT, check_in_lat REAL, check_in_lon REAL, "
    "check_in_accuracy REAL, check_in_at TEXT, check_out_lat REAL, check_out_lon REAL, "
    "check_out_accuracy REAL, check_out_at TEXT, present TEXT, note TEXT NOT NULL DEFAULT '', "
    "child_words TEXT NOT NULL DEFAULT '', bbic TEXT, "
    "status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed')), "
    "signed_at TEXT, signed_by TEXT)",
    "CREATE INDEX visits_by_case ON visits (case_id, created_at)",
    "CREATE INDEX visits_by_created ON visits (created_at)",
    // The store refuses edits of signed visits too; this trigger holds even if a code path forgets.
    "CREATE TRIGGER visits_signed_immutable BEFORE UPDATE ON visits "
    "WHEN OLD.status = 'signed' AND (NEW.case_id IS NOT OLD.case_id "
    "OR NEW.foster_home_id IS NOT OLD.foster_home_id OR NEW.kind IS NOT OLD.kind "
    "OR NEW.planned_start IS NOT OLD.planned_start OR NEW.planned_end IS NOT OLD.planned_end "
    "OR NEW.actual_start IS NOT OLD.actual_start OR NEW.actual_end IS NOT OLD.actual_end "
    "OR NEW.check_in_lat IS NOT OLD.check_in_lat OR NEW.check_in_lon IS NOT OLD.check_in_lon "
    "OR NEW.check_in_accuracy IS NOT OLD.check_in_accuracy OR NEW.check_in_at IS NOT "
    "OLD.check_in_at "
    "OR NEW.check_out_lat IS NOT OLD.check_out_lat OR NEW.check_out_lon IS NOT OLD.check_out_lon "
    "OR NEW.check_out_accuracy IS NOT OLD.check_out_accuracy "
    "OR NEW.check_out_at IS NOT OLD.check_out_at OR NEW.present IS NOT OLD.present "
    "OR NEW.note IS NOT OLD.note OR NEW.child_words IS NOT OLD.child_words "
    "OR NEW.bbic IS NOT OLD.bbic OR NEW.status IS NOT OLD.status "
    "OR NEW.signed_at IS NOT OLD.signed_at OR NEW.signed_by IS NOT OLD.signed_by "
    "OR NEW.deleted IS NOT OLD.deleted OR NEW.author_id IS NOT OLD.author_id "
    "OR NEW.created_at IS NOT OLD.created_at) "
    "BEGIN SELECT RAISE(ABORT, 'immutable: signed visit'); END",
    "CREATE TABLE visit_amendments (" BARNTID_RECORD_META
    "visit_id TEXT NOT NULL, text TEXT NOT NULL, signed_at TEXT NOT NULL, signed_by TEXT)",
    "CREATE INDEX visit_amendments_by_visit ON visit_amendments (visit_id, signed_at)",
    "CREATE TRIGGER visit_amendments_immutable BEFORE UPDATE ON visit_amendments "
    "WHEN NEW.visit_id IS NOT OLD.visit_id OR NEW.text IS NOT OLD.text "
    "OR NEW.signed_at IS NOT OLD.signed_at OR NEW.signed_by IS NOT OLD.signed_by "
    "OR NEW.deleted IS NOT OLD.deleted "
    "BEGIN SELECT RAISE(ABORT, 'immutable: signed amendment'); END",
    "CREATE TABLE child_times (" BARNTID_RECORD_META
    "case_id TEXT NOT NULL, visit_id TEXT, starts_at TEXT NOT NULL, ends_at TEXT NOT NULL, "
    "mode TEXT NOT NULL)",
    "CREATE INDEX child_times_by_start ON child_times (starts_at)",
    "CREATE TABLE contacts (" BARNTID_RECORD_META
    "foster_home_id TEXT NOT NULL, kind TEXT NOT NULL, at TEXT NOT NULL, "
    "duration_minutes INTEGER NOT NULL DEFAULT 0, note TEXT NOT NULL DEFAULT '', "
    "next_follow_up TEXT)",
    "CREATE INDEX contacts_by_home ON contacts (foster_home_id, at)",
    "CREATE TABLE time_entries (" BARNTID_RECORD_META
    "category TEXT NOT NULL, starts_at TEXT NOT NULL, ends_at TEXT NOT NULL, case_id TEXT, "
    "visit_id TEXT, note TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX time_entries_by_start ON time_entries (starts_at)",
    "CREATE TABLE slots (" BARNTID_RECORD_META
    "owner_id TEXT NOT NULL, starts_at TEXT NOT NULL, ends_at TEXT NOT NULL, place TEXT, "
    "video INTEGER NOT NULL DEFAULT 0, after_hours INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE bookings (" BARNTID_RECORD_META
    "slot_id TEXT NOT NULL, foster_home_id TEXT, booked_by TEXT, purpose TEXT NOT NULL DEFAULT '', "
    "status TEXT NOT NULL, cancel_reason TEXT)",
    "CREATE TABLE reviews (" BARNTID_RECORD_META
    "target_entity TEXT NOT NULL, target_id TEXT NOT NULL, reviewer_id TEXT, "
    "decision TEXT NOT NULL, comment TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX reviews_by_target ON reviews (target_entity, target_id)",
    "CREATE TABLE access_events (" BARNTID_RECORD_META
    "case_id TEXT NOT NULL, record_entity TEXT NOT NULL, record_id TEXT NOT NULL, "
    "opened_at TEXT NOT NULL)",
    // One row per change not yet acknowledged by the server; the payload is the record as it was
    // when the change was made, so a replayed mutation_id always carries the same data.
    "CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
    "mutation_id TEXT NOT NULL UNIQUE, entity TEXT NOT NULL, record_id TEXT NOT NULL, "
    "op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')), base_version INTEGER, "
    "payload TEXT NOT NULL, created_at TEXT NOT NULL, "
    "state TEXT NOT NULL DEFAULT 'pending' "
    "CHECK (state IN ('pending', 'sending', 'rejected', 'conflict')), "
    "attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT)",
    "CREATE INDEX outbox_by_record ON outbox (entity, record_id, state)",
    ("CREATE TABLE audit (seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, "
     "event TEXT NOT NULL, entity TEXT, record_id TEXT)"),
};

#undef BARNTID_RECORD_META

// Issue 12: a review names the version it decided on, and the server keeps what it saw.
constexpr const char *version2[] = {
    "ALTER TABLE reviews ADD COLUMN target_version INTEGER",
    "ALTER TABLE reviews ADD COLUMN target_snapshot TEXT",
};

// Issue 13: a video meeting's link; what the family booked, as the server confirmed it (the
// booking outlives a withdrawn slot, and its calendar file needs the times); the family's
// e-mail for confirmations.
constexpr const char *version3[] = {
    "ALTER TABLE slots ADD COLUMN video_link TEXT",
    "ALTER TABLE slots ADD COLUMN owner_name TEXT",
    "ALTER TABLE bookings ADD COLUMN notify_email TEXT",
    "ALTER TABLE bookings ADD COLUMN starts_at TEXT",
    "ALTER TABLE bookings ADD COLUMN ends_at TEXT",
    "ALTER TABLE bookings ADD COLUMN place TEXT",
    "ALTER TABLE bookings ADD COLUMN video INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE bookings ADD COLUMN video_link TEXT",
    "ALTER TABLE bookings ADD COLUMN after_hours INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE bookings ADD COLUMN owner_name TEXT",
    "ALTER TABLE bookings ADD COLUMN cancel_until TEXT",
    "CREATE INDEX slots_by_start ON slots (starts_at)",
    "CREATE INDEX bookings_by_slot ON bookings (slot_id)",
};

// Issue 14: the server's word that a note is in the case system's journal (the id is the
// visit's; written by the server only).
constexpr const char *version4[] = {
    "CREATE TABLE journal_entries (id TEXT PRIMARY KEY NOT NULL, "
    "version INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "
    "author_id TEXT, device_id TEXT, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)), "
    "visit_id TEXT NOT NULL, case_id TEXT, document_version INTEGER NOT NULL, "
    "record_version INTEGER NOT NULL, content_sha256 TEXT NOT NULL, exported_at TEXT NOT NULL)",
    "CREATE INDEX journal_entries_by_visit ON journal_entries (visit_id)",
};

// Issue 15: three years of records on one tablet. The case list counts visits from an index
// alone; lists and the Today card read what they show from indexes; a week reads its records from
// an index bounded on both sides. The lower bound is the longest span ever stored per table, kept
// by triggers, so a long record is never missed and no rule on durations is assumed (pulled records
// may be older than today's rules).
#define BARNTID_SPAN_TRIGGERS(table, entity, start, end)                                           \
    "CREATE TRIGGER " table "_span_insert AFTER INSERT ON " table " WHEN NEW." start               \
    " IS NOT NULL AND NEW." end                                                                    \
    " IS NOT NULL BEGIN " BARNTID_SPAN_UPDATE(entity, start, end) " END",                          \
        "CREATE TRIGGER " table "_span_update AFTER UPDATE OF " start ", " end " ON " table        \
        " WHEN NEW." start " IS NOT NULL AND NEW." end                                             \
        " IS NOT NULL BEGIN " BARNTID_SPAN_UPDATE(entity, start, end) " END",                      \
        "INSERT INTO longest_spans SELECT '" entity                                                \
        "', coalesce(max(" BARNTID_SPAN_SECONDS(start, end) "), 0) FROM " table
// Whole seconds, rounded up; an unreadable time counts as nothing rather than failing the write.
#define BARNTID_SPAN_SECONDS(start, end)                                                           \
    "coalesce(CAST((julianday(" end ") - julianday(" start ")) * 86400 AS INTEGER) + 1, 0)"
#define BARNTID_SPAN_UPDATE(entity, start, end)                                                    \
    "UPDATE longest_spans SET seconds = max(seconds, " BARNTID_SPAN_SECONDS(                       \
        "NEW." start, "NEW." end) ") WHERE entity = '" entity "';"

constexpr const char *version5[] = {
    "CREATE INDEX visits_case_stats ON visits (case_id, deleted, actual_start, created_at)",
    "CREATE INDEX visits_by_actual_start ON visits (actual_start)",
    "CREATE INDEX visits_by_foster_home ON visits (foster_home_id, created_at)",
    // The Today card: the worker's newest drafts and their count, and today's planned visits.
    "CREATE INDEX visits_drafts ON visits (author_id, created_at, planned_start, actual_start) "
    "WHERE status = 'draft' AND deleted = 0",
    "CREATE INDEX visits_planned ON visits (planned_start) "
    "WHERE status = 'draft' AND deleted = 0 AND actual_start IS NULL",
    "CREATE TABLE longest_spans (entity TEXT PRIMARY KEY NOT NULL, seconds INTEGER NOT NULL) "
    "WITHOUT ROWID",
    BARNTID_SPAN_TRIGGERS("visits", "visit", "actual_start", "actual_end"),
    BARNTID_SPAN_TRIGGERS("time_entries", "time_entry", "starts_at", "ends_at"),
    BARNTID_SPAN_TRIGGERS("child_times", "child_time", "starts_at", "ends_at"),
};

#undef BARNTID_SPAN_TRIGGERS
#undef BARNTID_SPAN_UPDATE
#undef BARNTID_SPAN_SECONDS

// Issue 16: a child's answers in child mode. They change while the child answers; once the
// child said "klar", or the visit is signed, they stay as they are (the store refuses first; the
// triggers hold even if a code path forgets). A pulled delete removes the row, so it passes.
#define BARNTID_SURVEY_CONTENT_CHANGED                                                             \
    "(NEW.visit_id IS NOT OLD.visit_id OR NEW.case_id IS NOT OLD.case_id "                         \
    "OR NEW.question_set_id IS NOT OLD.question_set_id "                                           \
    "OR NEW.question_set_version IS NOT OLD.question_set_version "                                 \
    "OR NEW.answers IS NOT OLD.answers OR NEW.completed_at IS NOT OLD.completed_at "               \
    "OR NEW.deleted IS NOT OLD.deleted)"
constexpr const char *version6[] = {
    "CREATE TABLE survey_responses (id TEXT PRIMARY KEY NOT NULL, "
    "version INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "
    "author_id TEXT, device_id TEXT, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)), "
    "visit_id TEXT NOT NULL, case_id TEXT NOT NULL, question_set_id TEXT NOT NULL, "
    "question_set_version INTEGER NOT NULL, answers TEXT, completed_at TEXT)",
    "CREATE INDEX survey_responses_by_visit ON survey_responses (visit_id, created_at)",
    "CREATE TRIGGER survey_responses_completed BEFORE UPDATE ON survey_responses "
    "WHEN OLD.completed_at IS NOT NULL AND " BARNTID_SURVEY_CONTENT_CHANGED
    " BEGIN SELECT RAISE(ABORT, 'immutable: completed survey'); END",
    "CREATE TRIGGER survey_responses_signed_visit BEFORE UPDATE ON survey_responses "
    "WHEN EXISTS (SELECT 1 FROM visits v WHERE v.id = OLD.visit_id AND v.status = 'signed') "
    "AND " BARNTID_SURVEY_CONTENT_CHANGED
    " BEGIN SELECT RAISE(ABORT, 'immutable: signed visit'); END",
};

#undef BARNTID_SURVEY_CONTENT_CHANGED

/** steps[n] takes a database from version n to n + 1. */
const std::span<const char *const> steps[]
    = {version1, version2, version3, version4, version5, version6};
static_assert(std::size(steps) == latestVersion);

} // namespace

void migrate(Connection &connection, int target)
{
    const int current = connection.userVersion();
    // Only a damaged file has a negative version (SQLite keeps any 32-bit number there).
    if (current < 0)
        throw StoreError(StoreErrorCode::Damaged, QStringLiteral("the database is damaged"));
    if (target < 0 || target > latestVersion)
        throw StoreError(StoreErrorCode::Internal, QStringLiteral("no such schema version"));
    if (current > latestVersion)
        throw StoreError(StoreErrorCode::NewerSchema,
            QStringLiteral("the database was written by a newer version of Barntid "
                           "(schema %1, this app knows %2)")
                .arg(current)
                .arg(latestVersion));
    if (current >= target)
        return;
    Transaction tx(connection);
    for (int version = current; version < target; ++version) {
        for (const char *sql : steps[version])
            connection.exec(sql);
    }
    connection.setUserVersion(target);
    tx.commit();
}

} // namespace barntid::Migrations
