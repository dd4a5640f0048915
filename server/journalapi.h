// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caller.h"
#include "httpreply.h"

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
 *  every answer is in the audit log. */
class JournalApi
{
public:
    JournalApi(Database &db, const Clock &clock);

    /** format: "pdf" or "text". */
    HttpReply visit(const Caller &caller, const QString &id, const QString &format);
    HttpReply casePdf(const Caller &caller, const QString &id);

private:
    /** Throws 401/403/400, audited, unless the caller's role reads case content at all. */
    QString checkCaller(const Caller &caller, const QString &entity, const QString &id);
    /** The live record if it is in the caller's audience, else nothing. */
    bool inScope(const Caller &caller, const QString &entity, const QString &id);
    [[noreturn]] void refuse(const Caller &caller, const QString &entity, const QString &id,
        int status, const QString &code, const QString &message);
    void audit(
        const Caller &caller, const QString &entity, const QString &id, const QString &outcome);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace barntid::server
