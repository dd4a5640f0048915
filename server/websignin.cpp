// SPDX-License-Identifier: GPL-3.0-or-later
#include "websignin.h"

#include "auth.h"
#include "database.h"
#include "secrets.h"
#include "servererror.h"
#include "webreply.h"

#include <QUrlQuery>

namespace barntid::server {

using WebReply::cookieValue;
using WebReply::form;
using WebReply::formValue;
using WebReply::html;
using WebReply::sameToken;

WebSignIn::WebSignIn(Database &db, Auth &auth, Options options, Pages pages, const Clock &clock)
    : m_db(db)
    , m_auth(auth)
    , m_sessions(db, options.role, clock)
    , m_options(std::move(options))
    , m_pages(std::move(pages))
{ }

QByteArray WebSignIn::cookie(const QHttpServerRequest &request, const QByteArray &name,
    const QString &value, bool expire) const
{
    return WebReply::cookie(name, value, m_options.path,
        WebReply::viaTls(request, m_options.proxies, m_options.tls), expire);
}

HttpReply WebSignIn::route(const QHttpServerRequest &request, const Content &content)
{
    using Method = QHttpServerRequest::Method;
    const QString base = QString::fromLatin1(m_options.path);
    try {
        const QString path = request.url().path();
        const bool get = request.method() == Method::Get;
        const bool post = request.method() == Method::Post;
        const QString style = base + QStringLiteral("/stil.css");
        const QString signIn = base + QStringLiteral("/logga-in");
        const QString csv = base + u'/' + content.csvName;
        const QString signOut = base + QStringLiteral("/logga-ut");
        if (path == style && get) {
            HttpReply r;
            r.contentType = QByteArrayLiteral("text/css; charset=utf-8");
            r.body = content.style();
            return r;
        }
        if (path == signIn && post)
            return login(request);
        const std::optional<WebSessions::Session> signedIn = session(request);
        if (path == base && get)
            return signedIn ? content.show(request, *signedIn) : loginForm(request, 200, {}, {});
        if (path == csv && get)
            return signedIn ? content.download(request, *signedIn)
                            : WebReply::redirect(m_options.path);
        if (path == signOut && post)
            return signedIn ? logout(request, *signedIn) : WebReply::redirect(m_options.path);
        const bool known
            = path == base || path == style || path == signIn || path == csv || path == signOut;
        return known ? html(405,
                   m_pages.message(QStringLiteral("Fel metod"),
                       QStringLiteral("Sidan kan inte användas på det sättet.")))
                     : html(404,
                         m_pages.message(QStringLiteral("Sidan finns inte"),
                             QStringLiteral("Adressen leder inte till någon sida.")));
    } catch (const ServerError &e) {
        if (e.status >= 500)
            m_db.rollback();
        return html(e.status >= 500 ? 500 : e.status,
            m_pages.message(QStringLiteral("Något gick fel"),
                QStringLiteral("Sidan kunde inte visas. Försök igen om en stund.")));
    }
}

std::optional<WebSessions::Session> WebSignIn::session(const QHttpServerRequest &request)
{
    return m_sessions.find(cookieValue(request, m_options.sessionCookie));
}

HttpReply WebSignIn::loginForm(
    const QHttpServerRequest &request, int status, const QString &error, const QString &user)
{
    const QString token = secrets::newToken();
    HttpReply r = html(status, m_pages.login(token, error, user));
    r.headers.append({"Set-Cookie", cookie(request, m_options.loginCookie, token)});
    return r;
}

HttpReply WebSignIn::login(const QHttpServerRequest &request)
{
    const QUrlQuery fields = form(request);
    const QString username = formValue(fields, QStringLiteral("anvandarnamn")).trimmed().toLower();
    const QString password = formValue(fields, QStringLiteral("losenord"));
    if (!sameToken(formValue(fields, QStringLiteral("token")),
            cookieValue(request, m_options.loginCookie)))
        return loginForm(
            request, 403, QStringLiteral("Inloggningen hade gått ut. Försök igen."), username);
    if (username.isEmpty() || password.isEmpty())
        return loginForm(
            request, 400, QStringLiteral("Fyll i användarnamn och lösenord."), username);
    try {
        const QHostAddress client = m_options.proxies.clientAddress(
            request.remoteAddress(), request.value("X-Forwarded-For"));
        const Account account
            = m_auth.verify(username, password, client.toString(), m_options.role);
        const WebSessions::Session session = m_sessions.open(account);
        if (m_options.signedIn)
            m_options.signedIn(session);
        HttpReply r = WebReply::redirect(m_options.path);
        r.headers.append({"Set-Cookie", cookie(request, m_options.sessionCookie, session.token)});
        r.headers.append({"Set-Cookie", cookie(request, m_options.loginCookie, {}, true)});
        return r;
    } catch (const ServerError &e) {
        if (e.status == 429) {
            const qint64 minutes = (e.retryAfter.toLongLong() + 59) / 60;
            HttpReply r = html(429,
                m_pages.message(QStringLiteral("För många försök"),
                    QStringLiteral("För många misslyckade inloggningar. Försök igen om %1 "
                                   "minuter.")
                        .arg(qMax<qint64>(1, minutes))));
            r.headers.append({"Retry-After", e.retryAfter});
            return r;
        }
        if (e.status != 401)
            throw;
        return loginForm(request, 401, m_options.refusal, username);
    }
}

HttpReply WebSignIn::logout(const QHttpServerRequest &request, const WebSessions::Session &session)
{
    if (!sameToken(formValue(form(request), QStringLiteral("csrf")), session.csrf))
        return html(403,
            m_pages.message(QStringLiteral("Utloggningen godtogs inte"),
                QStringLiteral("Formuläret hörde inte till din inloggning. Ladda om sidan.")));
    m_sessions.close(cookieValue(request, m_options.sessionCookie));
    HttpReply r = WebReply::redirect(m_options.path);
    r.headers.append({"Set-Cookie", cookie(request, m_options.sessionCookie, {}, true)});
    return r;
}

} // namespace barntid::server
