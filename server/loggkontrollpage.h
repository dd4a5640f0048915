// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpreply.h"
#include "trustedproxies.h"
#include "websignin.h"

#include <QHttpServerRequest>

namespace barntid::server {

class Auth;
class Database;
class SupervisorApi;

/** The supervisor's access-log review at a desktop (/loggkontroll, issue 12): sign in with the
 *  account's password under the API's login limits, filter, read, download the CSV, sign out.
 *  Forms carry a token tied to the session (or, before it, to a sign-in cookie); cookies are
 *  HttpOnly and SameSite=Strict, and Secure when the connection is TLS. */
class LoggkontrollPage
{
public:
    struct Options
    {
        TrustedProxies proxies;
        bool tls = false;
    };

    LoggkontrollPage(
        Database &db, Auth &auth, SupervisorApi &api, Options options, const Clock &clock);

    HttpReply handle(const QHttpServerRequest &request);

private:
    HttpReply show(const QHttpServerRequest &request, const WebSessions::Session &session);
    HttpReply download(const QHttpServerRequest &request, const WebSessions::Session &session);

    SupervisorApi &m_api;
    WebSignIn m_signIn;
};

} // namespace barntid::server
