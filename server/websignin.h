// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpreply.h"
#include "trustedproxies.h"
#include "websessions.h"

#include <QHttpServerRequest>

#include <functional>
#include <optional>

namespace barntid::server {

class Auth;
class Database;

/** The sign-in of a page on the server (/loggkontroll for supervisors, /barnens-svar for admins,
 *  /boka for foster parents): the account's own password under the API's login limits, one role
 *  per page. The
 *  sign-in form's token is tied to a cookie of its own (there is no session yet), so another
 *  site cannot sign the browser in to an account of its choosing; signing out needs the
 *  session's CSRF token. Cookies are HttpOnly, SameSite=Strict, for the page's path only, and
 *  Secure when the connection is TLS. */
class WebSignIn
{
public:
    struct Options
    {
        QByteArray path; ///< "/loggkontroll": the page, its cookies' path, the redirect target
        QString role;
        QByteArray sessionCookie, loginCookie;
        QString refusal; ///< the one answer to a wrong password and a wrong role alike
        TrustedProxies proxies;
        bool tls = false;
        /** Called with the new session once the password is right, before the browser gets its
         *  cookie (the booking page registers its pseudo device and audits the sign-in). */
        std::function<void(const WebSessions::Session &)> signedIn;
    };
    /** The page's own HTML: the sign-in form (token, error, username) and a message. */
    struct Pages
    {
        std::function<QByteArray(const QString &, const QString &, const QString &)> login;
        std::function<QByteArray(const QString &, const QString &)> message;
    };

    /** What a signed-in page answers beyond its sign-in: its stylesheet, the page and its CSV
     *  (whose file name under the path is csvName, "loggkontroll.csv"). */
    struct Content
    {
        using Reader
            = std::function<HttpReply(const QHttpServerRequest &, const WebSessions::Session &)>;
        std::function<QByteArray()> style;
        Reader show, download;
        QString csvName;
    };

    WebSignIn(Database &db, Auth &auth, Options options, Pages pages, const Clock &clock);

    /** Every address under the page's path: stil.css, logga-in (POST), the page itself (the
     *  sign-in form while signed out), the CSV and logga-ut (POST); a known address asked the
     *  wrong way gets 405 and any other 404. A server error rolls back what was begun and
     *  answers a page in words, with nothing of its cause. */
    HttpReply route(const QHttpServerRequest &request, const Content &content);

    std::optional<WebSessions::Session> session(const QHttpServerRequest &request);
    HttpReply loginForm(
        const QHttpServerRequest &request, int status, const QString &error, const QString &user);
    /** POST <path>/logga-in. */
    HttpReply login(const QHttpServerRequest &request);
    /** POST <path>/logga-ut, with the session's CSRF token. */
    HttpReply logout(const QHttpServerRequest &request, const WebSessions::Session &session);

    /** A Set-Cookie value for a cookie of this page: HttpOnly, SameSite=Strict, the page's path,
     *  Secure when the connection is TLS. */
    QByteArray cookie(const QHttpServerRequest &request, const QByteArray &name,
        const QString &value, bool expire = false) const;

private:
    Database &m_db;
    Auth &m_auth;
    WebSessions m_sessions;
    Options m_options;
    Pages m_pages;
};

} // namespace barntid::server
