// SPDX-License-Identifier: GPL-3.0-or-later
#include "barnenssvarpage.h"

#include "barnenssvarhtml.h"
#include "database.h"
#include "loggkontrollhtml.h"
#include "questionsets.h"
#include "servererror.h"
#include "surveyaggregates.h"
#include "webreply.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QUrlQuery>

namespace barntid::server {

namespace {

using Method = QHttpServerRequest::Method;
namespace Html = BarnensSvarHtml;
using WebReply::formValue;
using WebReply::html;
using WebReply::redirect;

const QString neutralRefusal = QStringLiteral(
    "Fel användarnamn eller lösenord, eller så har kontot inte tillgång till barnens svar.");

/** The chosen set and quarter from the query, checked against what the report has. */
struct Choice
{
    QString setId, quarter;
};

Choice readChoice(const QHttpServerRequest &request)
{
    const QUrlQuery q(request.url());
    return {formValue(q, QStringLiteral("formular")).trimmed().toLower(),
        formValue(q, QStringLiteral("kvartal")).trimmed().toUpper()};
}

} // namespace

BarnensSvarPage::BarnensSvarPage(Database &db, Auth &auth, SurveyAggregates &aggregates,
    QuestionSets &sets, Options options, const Clock &clock)
    : m_db(db)
    , m_aggregates(aggregates)
    , m_sets(sets)
    , m_signIn(db, auth,
          WebSignIn::Options {"/barnens-svar", QStringLiteral("admin"), "barntid_admin",
              "barntid_admin_login", neutralRefusal, std::move(options.proxies), options.tls},
          WebSignIn::Pages {BarnensSvarHtml::login, BarnensSvarHtml::message}, clock)
{ }

HttpReply BarnensSvarPage::handle(const QHttpServerRequest &request)
{
    try {
        const QString path = request.url().path();
        const bool get = request.method() == Method::Get;
        const bool post = request.method() == Method::Post;
        if (path == u"/barnens-svar/stil.css" && get) {
            HttpReply r;
            r.contentType = QByteArrayLiteral("text/css; charset=utf-8");
            r.body = LoggkontrollHtml::style()
                + QByteArrayLiteral(
                    "section{margin:1rem 0}.scroll{overflow-x:auto}@media (max-width:600px){"
                    "main{padding:1rem .75rem}th,td{padding:.35rem .4rem;font-size:.92rem}}"
                    ".scroll:focus{outline:3px solid "
                    "#b45309}td.withheld{color:#4f5865;"
                    "font-style:italic}tr.total th,tr.total td{font-weight:600}"
                    ".legend{background:#fff;border-left:4px solid #1d5fa8;"
                    "padding:.5rem .8rem}\n");
            return r;
        }
        if (path == u"/barnens-svar/logga-in" && post)
            return m_signIn.login(request);
        const std::optional<WebSessions::Session> session = m_signIn.session(request);
        if (path == u"/barnens-svar" && get)
            return session ? show(request, *session) : m_signIn.loginForm(request, 200, {}, {});
        if (path == u"/barnens-svar/barnens-svar.csv" && get)
            return session ? download(request, *session) : redirect("/barnens-svar");
        if (path == u"/barnens-svar/logga-ut" && post)
            return session ? m_signIn.logout(request, *session) : redirect("/barnens-svar");
        const bool known = path == u"/barnens-svar" || path == u"/barnens-svar/stil.css"
            || path == u"/barnens-svar/logga-in" || path == u"/barnens-svar/barnens-svar.csv"
            || path == u"/barnens-svar/logga-ut";
        return known ? html(405,
                   Html::message(QStringLiteral("Fel metod"),
                       QStringLiteral("Sidan kan inte användas på det sättet.")))
                     : html(404,
                         Html::message(QStringLiteral("Sidan finns inte"),
                             QStringLiteral("Adressen leder inte till någon sida.")));
    } catch (const ServerError &e) {
        if (e.status >= 500)
            m_db.rollback();
        return html(e.status >= 500 ? 500 : e.status,
            Html::message(QStringLiteral("Något gick fel"),
                QStringLiteral("Sidan kunde inte visas. Försök igen om en stund.")));
    }
}

HttpReply BarnensSvarPage::show(
    const QHttpServerRequest &request, const WebSessions::Session &session)
{
    const QList<QuestionSet> sets = m_sets.all();
    const QJsonObject all = m_aggregates.read(session.caller, {}, QStringLiteral("html"));
    const SurveyAggregates::Wording words(all, sets);
    Html::View view;
    QSqlQuery me
        = m_db.exec(QStringLiteral("SELECT display_name, username FROM users WHERE id = ?"),
            {session.caller.userId});
    if (me.next())
        view.signedInAs
            = me.value(0).toString() + QStringLiteral(" (") + me.value(1).toString() + u')';
    view.csrf = session.csrf;
    const QJsonArray tables = all.value(QLatin1StringView("tables")).toArray();
    for (const QJsonValue &t : tables) {
        const QJsonObject o = t.toObject();
        const QString setId = o.value(QLatin1StringView("question_set_id")).toString();
        const QString quarter = o.value(QLatin1StringView("quarter")).toString();
        if (std::none_of(view.sets.cbegin(), view.sets.cend(),
                [&](const auto &s) { return s.first == setId; }))
            view.sets.append({setId, words.set(setId)});
        if (!view.quarters.contains(quarter))
            view.quarters.append(quarter); // newest first, as the report orders them
    }
    const Choice chosen = readChoice(request);
    view.setId = std::any_of(view.sets.cbegin(), view.sets.cend(),
                     [&](const auto &s) { return s.first == chosen.setId; })
        ? chosen.setId
        : (view.sets.isEmpty() ? QString() : view.sets.first().first);
    view.quarter = view.quarters.contains(chosen.quarter)
        ? chosen.quarter
        : (view.quarters.isEmpty() ? QString() : view.quarters.first());
    QJsonArray shown;
    for (const QJsonValue &t : tables) {
        const QJsonObject o = t.toObject();
        if (o.value(QLatin1StringView("question_set_id")).toString() == view.setId
            && o.value(QLatin1StringView("quarter")).toString() == view.quarter)
            shown.append(o);
    }
    view.report = all;
    view.report.insert(QStringLiteral("tables"), shown);
    return html(200, Html::report(view, words));
}

HttpReply BarnensSvarPage::download(
    const QHttpServerRequest &request, const WebSessions::Session &session)
{
    const Choice chosen = readChoice(request);
    QUrlQuery filter;
    if (!chosen.setId.isEmpty())
        filter.addQueryItem(QStringLiteral("question_set_id"), chosen.setId);
    if (!chosen.quarter.isEmpty())
        filter.addQueryItem(QStringLiteral("quarter"), chosen.quarter);
    QJsonObject report;
    try {
        report = m_aggregates.read(session.caller, filter, QStringLiteral("csv"));
    } catch (const ServerError &e) {
        if (e.status != 400)
            throw;
        return html(400,
            Html::message(QStringLiteral("Urvalet kunde inte läsas"),
                QStringLiteral("Välj formulär och kvartal i listorna.")));
    }
    HttpReply r;
    r.contentType = QByteArrayLiteral("text/csv; charset=utf-8");
    r.body = SurveyAggregates::csv(report, SurveyAggregates::Wording(report, m_sets.all()));
    const QString name = QStringLiteral("barnens-svar%1.csv")
                             .arg(chosen.quarter.isEmpty() ? QString() : u'-' + chosen.quarter);
    r.headers.append(
        {"Content-Disposition", QStringLiteral("attachment; filename=\"%1\"").arg(name).toUtf8()});
    return r;
}

} // namespace barntid::server
