// SPDX-License-Identifier: GPL-3.0-or-later
#include "loggkontrollpage.h"

#include "database.h"
#include "domain/ids.h"
#include "domain/timeformat.h"
#include "loggkontrollhtml.h"
#include "supervisorapi.h"
#include "webreply.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace barntid::server {

namespace {

namespace Html = LoggkontrollHtml;
using WebReply::formValue;
using WebReply::html;

constexpr qsizetype shownRows = 500;

const QString neutralRefusal = QStringLiteral(
    "Fel användarnamn eller lösenord, eller så har kontot inte tillgång till loggkontrollen.");

} // namespace

LoggkontrollPage::LoggkontrollPage(
    Database &db, Auth &auth, SupervisorApi &api, Options options, const Clock &clock)
    : m_api(api)
    , m_signIn(db, auth,
          WebSignIn::Options {"/loggkontroll", QStringLiteral("supervisor"), "barntid_session",
              "barntid_login", neutralRefusal, std::move(options.proxies), options.tls, {}},
          WebSignIn::Pages {LoggkontrollHtml::login, LoggkontrollHtml::message}, clock)
{ }

HttpReply LoggkontrollPage::handle(const QHttpServerRequest &request)
{
    return m_signIn.route(request,
        {[] { return Html::style(); },
            [this](const auto &r, const auto &session) { return show(r, session); },
            [this](const auto &r, const auto &session) { return download(r, session); },
            QStringLiteral("loggkontroll.csv")});
}

namespace {

struct PageFilter
{
    AccessLogFilter filter;
    QString caseNumber, userId, from, to;
    QString error;
    QUrlQuery query; ///< the same filter, for the download link
};

PageFilter readFilter(const QHttpServerRequest &request)
{
    const QUrlQuery q(request.url());
    PageFilter p;
    p.caseNumber = formValue(q, QStringLiteral("arende")).trimmed().left(64);
    p.userId = formValue(q, QStringLiteral("medarbetare")).trimmed().toLower();
    p.from = formValue(q, QStringLiteral("fran")).trimmed();
    p.to = formValue(q, QStringLiteral("till")).trimmed();
    p.filter.caseNumber = p.caseNumber;
    if (!p.userId.isEmpty() && !isValidId(p.userId))
        p.error = QStringLiteral("Välj en medarbetare i listan.");
    else
        p.filter.userId = p.userId;
    // Days only on the page (an input of type date): Europe/Stockholm days, "till" included.
    if ((!p.from.isEmpty() && (!parseIsoDate(p.from) || !p.filter.setFrom(p.from)))
        || (!p.to.isEmpty() && (!parseIsoDate(p.to) || !p.filter.setTo(p.to))))
        p.error = QStringLiteral("Skriv datum som ÅÅÅÅ-MM-DD.");
    const std::pair<const char *, QString> items[]
        = {{"arende", p.caseNumber}, {"medarbetare", p.userId}, {"fran", p.from}, {"till", p.to}};
    for (const auto &[name, value] : items) {
        if (!value.isEmpty())
            p.query.addQueryItem(
                QString::fromLatin1(name), QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    return p;
}

} // namespace

HttpReply LoggkontrollPage::show(
    const QHttpServerRequest &request, const WebSessions::Session &session)
{
    const PageFilter p = readFilter(request);
    Html::Report report;
    const QJsonObject team = m_api.team(session.caller);
    report.teamName = team.value(QLatin1StringView("team"))
                          .toObject()
                          .value(QLatin1StringView("name"))
                          .toString();
    for (const QJsonValue &v : team.value(QLatin1StringView("members")).toArray()) {
        const QJsonObject m = v.toObject();
        const auto text
            = [&](const char *key) { return m.value(QLatin1StringView(key)).toString(); };
        const QString label = text("display_name") + QStringLiteral(" (") + text("username") + u')';
        if (text("id") == session.caller.userId)
            report.signedInAs = label;
        report.members.append({text("id"), label});
    }
    report.csrf = session.csrf;
    report.caseNumber = p.caseNumber;
    report.userId = p.userId;
    report.from = p.from;
    report.to = p.to;
    report.error = p.error;
    report.csvQuery = p.query.toString(QUrl::FullyEncoded);
    if (p.error.isEmpty()) {
        const QList<AccessLogRow> rows
            = m_api.readLog(session.caller, p.filter, QStringLiteral("html"));
        report.total = rows.size();
        report.rows = rows.mid(0, shownRows);
    }
    return html(p.error.isEmpty() ? 200 : 400, Html::report(report));
}

HttpReply LoggkontrollPage::download(
    const QHttpServerRequest &request, const WebSessions::Session &session)
{
    const PageFilter p = readFilter(request);
    if (!p.error.isEmpty())
        return html(400, Html::message(QStringLiteral("Urvalet kunde inte läsas"), p.error));
    return m_api.csv(m_api.readLog(session.caller, p.filter, QStringLiteral("csv")));
}

} // namespace barntid::server
