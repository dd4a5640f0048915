// SPDX-License-Identifier: GPL-3.0-or-later
#include "bokapage.h"

#include "accounts.h"
#include "audit.h"
#include "auth.h"
#include "database.h"
#include "domain/clock.h"
#include "domain/timeformat.h"
#include "servererror.h"
#include "webreply.h"

#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcBoka, "barntid.server.boka")

namespace barntid::server {

namespace {

using Method = QHttpServerRequest::Method;
using WebReply::form;
using WebReply::formValue;
using WebReply::html;
using WebReply::redirect;
using WebReply::sameToken;

const QByteArray sessionCookie = QByteArrayLiteral("barntid_boka");
const QByteArray loginCookie = QByteArrayLiteral("barntid_boka_login");

// The same words for a wrong password, an unknown user and an account of another role.
const QString neutralRefusal = QStringLiteral("Fel användarnamn eller lösenord.");

} // namespace

BokaPage::BokaPage(Database &db, Auth &auth, Accounts &accounts, SyncService &sync, Options options,
    const Clock &clock)
    : m_db(db)
    , m_accounts(accounts)
    , m_booking(sync, accounts, options.config.cancelCutoffHours)
    , m_options(std::move(options))
    , m_clock(clock)
    , m_signIn(db, auth,
          WebSignIn::Options {"/boka", QStringLiteral("foster_parent"), sessionCookie, loginCookie,
              neutralRefusal, m_options.proxies, m_options.tls,
              [this](const WebSessions::Session &session) { signedIn(session); }},
          WebSignIn::Pages {
              [help = m_options.config.passwordHelp](const QString &token, const QString &error,
                  const QString &user) { return BokaHtml::login(token, error, user, help); },
              BokaHtml::message},
          clock)
{ }

QString BokaPage::webDeviceId(const QString &userId)
{
    static const QUuid space(QStringLiteral("6f1d4c2e-8b0a-4f5e-9c3d-2a7b1e0f9d84"));
    return QUuid::createUuidV5(space, QStringLiteral("boka:") + userId)
        .toString(QUuid::WithoutBraces);
}

std::optional<WebSessions::Session> BokaPage::session(const QHttpServerRequest &request)
{
    std::optional<WebSessions::Session> s = m_signIn.session(request);
    if (s)
        s->caller.deviceId = webDeviceId(s->caller.userId);
    return s;
}

HttpReply BokaPage::handle(const QHttpServerRequest &request)
{
    try {
        return route(request, request.url().path());
    } catch (const ServerError &e) {
        if (e.status >= 500)
            m_db.rollback();
        qCWarning(lcBoka) << "page failed" << e.status << e.code;
        return html(e.status >= 500 ? 500 : e.status,
            BokaHtml::message(QStringLiteral("Något gick fel"),
                QStringLiteral("Sidan kunde inte visas. Inget har ändrats. Försök igen om en "
                               "stund.")));
    }
}

HttpReply BokaPage::route(const QHttpServerRequest &request, const QString &path)
{
    const bool get = request.method() == Method::Get;
    const bool post = request.method() == Method::Post;
    if (get && path == u"/boka/stil.css") {
        HttpReply r;
        r.contentType = QByteArrayLiteral("text/css; charset=utf-8");
        r.body = BokaHtml::style();
        return r;
    }
    if (get && path == u"/boka/tillganglighet")
        return html(200, BokaHtml::accessibility(m_options.config.unitName));
    if (get && path == u"/boka/integritet")
        return html(200, BokaHtml::privacy(m_options.config.unitName));
    if (post && path == u"/boka/logga-in")
        return m_signIn.login(request);
    const bool known = path == u"/boka" || path == u"/boka/logga-ut" || path == u"/boka/boka"
        || path == u"/boka/avboka";
    const bool ics = path.startsWith(u"/boka/kalender/") && path.endsWith(u".ics");
    if (!known && !ics)
        return html(404, BokaHtml::notFound());
    if ((ics || path == u"/boka") ? !get : !post)
        return html(405,
            BokaHtml::message(QStringLiteral("Fel metod"),
                QStringLiteral("Sidan kan inte användas på det sättet.")));
    const std::optional<WebSessions::Session> s = session(request);
    if (!s)
        return path == u"/boka" ? m_signIn.loginForm(request, 200, {}, {}) : redirect("/boka");
    if (path == u"/boka")
        return show(request, *s);
    if (ics)
        return calendar(path, *s);
    // Every form of a signed-in page carries the session's token: another site's form cannot.
    if (!sameToken(formValue(form(request), QStringLiteral("csrf")), s->csrf))
        return html(403,
            BokaHtml::message(QStringLiteral("Formuläret godtogs inte"),
                QStringLiteral("Formuläret hörde inte till din inloggning, så inget har "
                               "ändrats. Gå tillbaka till bokningssidan och försök igen.")));
    if (path == u"/boka/logga-ut")
        return m_signIn.logout(request, *s);
    return path == u"/boka/boka" ? book(request, *s) : cancel(request, *s);
}

void BokaPage::signedIn(const WebSessions::Session &session)
{
    // The web's pseudo device is the account's own, as a device of the app would be.
    m_db.exec(QStringLiteral("INSERT INTO devices (id, user_id, name, created_at) VALUES "
                             "(?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
        {webDeviceId(session.caller.userId), session.caller.userId,
            QStringLiteral("Bokningssidan (webb)"), toRfc3339(m_clock.now())});
    Caller caller = session.caller;
    caller.deviceId = webDeviceId(caller.userId);
    Audit audit(caller, m_clock);
    audit.add(QStringLiteral("login"), {}, {}, QStringLiteral("web_boka"));
    audit.commit(m_db);
}

} // namespace barntid::server
