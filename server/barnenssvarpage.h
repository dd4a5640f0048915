// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpreply.h"
#include "trustedproxies.h"
#include "websignin.h"

#include <QHttpServerRequest>

namespace barntid::server {

class Auth;
class Database;
class QuestionSets;
class SurveyAggregates;

/** The admin's page of what children say (/barnens-svar, issue 16): sign in with the admin
 *  account under the API's login limits, choose a set and an ended quarter, read the figures
 *  (k ≥ 5, withheld cells say so), download them as CSV for the plan, sign out. Cookies and
 *  forms as on /loggkontroll: HttpOnly, SameSite=Strict, a CSRF token tied to the session. */
class BarnensSvarPage
{
public:
    struct Options
    {
        TrustedProxies proxies;
        bool tls = false;
    };

    BarnensSvarPage(Database &db, Auth &auth, SurveyAggregates &aggregates, QuestionSets &sets,
        Options options, const Clock &clock);

    HttpReply handle(const QHttpServerRequest &request);

private:
    HttpReply show(const QHttpServerRequest &request, const WebSessions::Session &session);
    HttpReply download(const QHttpServerRequest &request, const WebSessions::Session &session);

    Database &m_db;
    SurveyAggregates &m_aggregates;
    QuestionSets &m_sets;
    WebSignIn m_signIn;
};

} // namespace barntid::server
