// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accesslog.h"
#include "caller.h"
#include "domain/clock.h"
#include "httpreply.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace barntid::server {

class Database;

/** What only a supervisor reads besides the records (issue 12): the team with its devices'
 *  last contact (GET /v1/team) and the team's access log (GET /v1/access-log, and the
 *  /loggkontroll page). Every other role gets 403 forbidden, audited. */
class SupervisorApi
{
public:
    SupervisorApi(Database &db, const Clock &clock);

    /** {"team":{id,name},"members":[{id,username,display_name,role,active,devices:[…]}]}. */
    QJsonObject team(const Caller &caller);
    /** JSON or CSV by the query's format; throws 400 for a bad filter. */
    HttpReply accessLog(const Caller &caller, const QUrlQuery &query);
    /** The filtered rows, audited as one read of the access log with the filters' ids. */
    QList<AccessLogRow> readLog(
        const Caller &caller, const AccessLogFilter &filter, const QString &format);
    /** The CSV download of the rows (Content-Disposition: attachment). */
    HttpReply csv(const QList<AccessLogRow> &rows);

private:
    /** Throws 401 account_disabled or 403 forbidden, both audited, unless a supervisor asks. */
    void requireSupervisor(const Caller &caller, const QString &what);
    void audit(const Caller &caller, const QString &what, const QString &outcome);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace barntid::server
