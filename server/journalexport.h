// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace barntid {
class Clock;
}

namespace barntid::server {

class Database;

/** `barntid-server export`: every signed note leaves once for the case system's import folder
 *  (docs/journal.md). One folder per case with a PDF/A and a text twin per document version and
 *  a manifest.json; the database remembers what left, so a second run writes nothing and an
 *  amendment makes exactly one new version. */
class JournalExport
{
public:
    struct Options
    {
        QString to; ///< the import folder
        QString since; ///< RFC 3339, UTC; empty: every signed visit
        bool approvedOnly = false;
    };
    struct Result
    {
        int documents = 0;
        int cases = 0;
        int unchanged = 0;
    };

    JournalExport(Database &db, const Clock &clock);
    /** Throws ServerError with a message for IT (folder not writable, another export running). */
    Result run(const Options &options);

    /** A case's folder name: its case number made safe for a file system, or, for a protected
     *  identity, "skyddad-<case id>" so no path (logs, backups, the import's own log) names it. */
    static QString folderName(const QString &caseId, const QString &caseNumber, bool protectedId);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace barntid::server
