// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace barntid {

class Connection;

/** Every schema change of the device database, in order; PRAGMA user_version says where a file is.
 */
namespace Migrations {

constexpr int latestVersion = 6;

/** Brings the database from its current version up to target in one transaction. Throws
 *  StoreError(NewerSchema) for a file written by a newer app. */
void migrate(Connection &connection, int target = latestVersion);

} // namespace Migrations
} // namespace barntid
