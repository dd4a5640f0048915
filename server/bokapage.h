// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bokabooking.h"
#include "bokahtml.h"
#include "httpreply.h"
#include "serverconfig.h"
#include "trustedproxies.h"
#include "websessions.h"
#include "websignin.h"

#include <QHttpServerRequest>

namespace barntid {
class Clock;
}

namespace barntid::server {

class Accounts;
class Auth;
class Database;
class SyncService;

/** The foster parents' booking page (/boka, issue 13) for families without the app: sign in
 *  under the API's login limits, see the workers' free times, book, cancel, download the
 *  calendar file. Writes go through the sync push as the family, so the API's rules decide. */
class BokaPage
{
public:
    struct Options
    {
        TrustedProxies proxies;
        bool tls = false;
        ServerConfig config;
    };

    BokaPage(Database &db, Auth &auth, Accounts &accounts, SyncService &sync, Options options,
        const Clock &clock);

    HttpReply handle(const QHttpServerRequest &request);
    /** The pseudo device every web booking of the account is made from: replays of a form (the
     *  same request id) are found in the push's (device, mutation) memory. */
    static QString webDeviceId(const QString &userId);

private:
    HttpReply route(const QHttpServerRequest &request, const QString &path);
    HttpReply show(const QHttpServerRequest &request, const WebSessions::Session &session);
    /** Registers the page's pseudo device for the new session and audits the sign-in. */
    void signedIn(const WebSessions::Session &session);
    HttpReply book(const QHttpServerRequest &request, const WebSessions::Session &session);
    HttpReply cancel(const QHttpServerRequest &request, const WebSessions::Session &session);
    HttpReply calendar(const QString &path, const WebSessions::Session &session);
    /** The signed-in page with what home already holds (a notice, a refusal). */
    HttpReply render(const WebSessions::Session &session, BokaHtml::Home home, int status);
    HttpReply done(const QHttpServerRequest &request, const QString &notice);
    std::optional<WebSessions::Session> session(const QHttpServerRequest &request);

    Database &m_db;
    Accounts &m_accounts;
    BokaBooking m_booking;
    Options m_options;
    const Clock &m_clock;
    WebSignIn m_signIn; // after m_options, which it reads
};

} // namespace barntid::server
