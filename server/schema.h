// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace barntid::server {

class Database;

/** The server schema, one definition for SQLite and PostgreSQL, upgraded step by step. */
namespace Schema {
int latestVersion();
/** Brings the database to the latest version in one transaction; refuses a newer schema. */
void migrate(Database &db);
int currentVersion(Database &db);
} // namespace Schema

} // namespace barntid::server
