// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/journaldocument.h"
#include "storedrecord.h"

#include <optional>

namespace barntid::server {

class Database;

/** What journal documents are made of, read from the server's records in a few bulk queries:
 *  a thousand visits cost the same handful of statements as one. */
class JournalSource
{
public:
    explicit JournalSource(Database &db);

    /** Every live signed visit, or those written at or after since (RFC 3339). */
    QList<JournalDocument::Input> signedVisits(const QString &since = {});
    /** The live signed visits of one case. */
    QList<JournalDocument::Input> signedVisitsOfCase(const QString &caseId);
    /** The document input of these visits (signed or not; the caller decides). */
    QList<JournalDocument::Input> complete(const QList<StoredRecord> &visits);

private:
    Database &m_db;
};

} // namespace barntid::server
