// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawquery.h"

#include <sqlcipher/sqlite3.h>

namespace barntid::bench::RawQuery {

qint64 rows(sqlite3 *db, const char *sql, const QStringList &binds)
{
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &s, nullptr);
    for (int i = 0; i < binds.size(); ++i) {
        const QByteArray b = binds.at(i).toUtf8();
        sqlite3_bind_text(s, i + 1, b.constData(), int(b.size()), SQLITE_TRANSIENT);
    }
    qint64 count = 0;
    while (sqlite3_step(s) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(s); ++c)
            (void)sqlite3_column_text(s, c);
        ++count;
    }
    sqlite3_finalize(s);
    return count;
}

qint64 visitsOfCase(sqlite3 *db, const QString &caseId, int limit)
{
    const QByteArray sql
        = "SELECT id, kind, status, coalesce(actual_start, created_at), substr(note, 1, 240) "
          "FROM visits WHERE deleted = 0 AND case_id = ? ORDER BY created_at DESC LIMIT "
        + QByteArray::number(limit);
    return rows(db, sql.constData(), {caseId});
}

} // namespace barntid::bench::RawQuery
