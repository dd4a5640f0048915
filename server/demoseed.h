// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clock.h"

namespace barntid::server {

class Database;

/** The demo municipality of DESIGN.md §7, written through the same rules as a device's pushes.
 *  Returns false when the database already has accounts (it is never seeded twice). */
bool seedDemo(Database &db, const Clock &clock);

} // namespace barntid::server
