// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clock.h"

#include <QString>

namespace barntid::server {

class Accounts;
class Database;

/** Record changes made by the administrator's commands rather than by a device: they take the
 *  same path (new version, seq, audience, change rows), so devices learn of them by pulling. */
namespace AdminWrites {

/** Rewrites the foster home's worker and foster-parent lists after an account change. */
void refreshFosterHome(Database &db, Accounts &accounts, const Clock &clock, const QString &homeId);
/** Assigns a social worker to a foster home; the home and its contacts follow. */
void assignWorker(Database &db, Accounts &accounts, const Clock &clock, const QString &homeId,
    const QString &username);
/** Hands a case to another social worker; its visits and child time follow, and the previous
 *  worker's devices receive deletes on their next pull. */
void assignCase(Database &db, Accounts &accounts, const Clock &clock, const QString &caseId,
    const QString &username);

} // namespace AdminWrites

} // namespace barntid::server
