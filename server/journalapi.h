// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caller.h"
#include "domain/journaldocument.h"
#include "httpreply.h"

#include <QJsonObject>
#include <QString>

namespace barntid {
class Clock;
}

namespace barntid::server {

class Database;

/** Journal documents on request (issue 14): GET /v1/journal/visits/<id>/pdf|text for one signed
 *  note, GET /v1/journal/cases/<id>/pdf for every note of a case that the batch export has sent,
 *  in date order. Only the accounts that read the record may: its workers and their team's
 *  supervisor. Foster parents and admins get 403, others the answer an unknown id gets (404);
 *  every answer is in the audit log.
 *
 *  The app shares a PDF through a one-time link (POST /v1/journal/links, then GET
 *  /journal/<token> in the platform's browser or share sheet, once, within linkMinutes), so
 *  no PDF is ever a file of the app's own. */
class JournalApi
{
public:
    static constexpr int linkMinutes = 5;

    JournalApi(Database &db, const Clock &clock);

    /** format: "pdf" or "text". */
    HttpReply visit(const Caller &caller, const QString &id, const QString &format);
    HttpReply casePdf(const Caller &caller, const QString &id);
    /** body {"entity":"visit"|"case","id"} → {"url":"/journal/<token>","expires_at"}: checked
     *  as the document itself would be. */
    QJsonObject createLink(const Caller &caller, const QJsonObject &body);
    /** The document behind a link, as its maker, once; a spent, expired or unknown link, or one
     *  whose device has lost its session, gets a page that says so. */
    HttpReply openLink(const QString &token);

private:
    JournalDocument visitDocument(const Caller &caller, const QString &id);
    QList<JournalDocument> caseDocuments(const Caller &caller, const QString &id);
    /** Throws 401/403/400, audited, unless the caller's role reads case content at all. */
    QString checkCaller(const Caller &caller, const QString &entity, const QString &id);
    bool inScope(const Caller &caller, const QString &entity, const QString &id);
    [[noreturn]] void refuse(const Caller &caller, const QString &entity, const QString &id,
        int status, const QString &code, const QString &message);
    void audit(
        const Caller &caller, const QString &entity, const QString &id, const QString &outcome);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace barntid::server
