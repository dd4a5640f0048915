// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

struct sqlite3;

namespace barntid::bench {

/** The baselines of bench_app: SQLCipher's C API on the store's own connection. */
namespace RawQuery {

/** Steps through a query reading every column, as a model filling its rows would; the rows. */
qint64 rows(sqlite3 *db, const char *sql, const QStringList &binds = {});
/** One case's visits with the columns VisitListModel shows, newest first; the first limit of
 *  them (-1: all). */
qint64 visitsOfCase(sqlite3 *db, const QString &caseId, int limit = -1);

} // namespace RawQuery
} // namespace barntid::bench
