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

namespace Html = BarnensSvarHtml;
using WebReply::formValue;
using WebReply::html;

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
              "barntid_admin_login", neutralRefusal, std::move(options.proxies), options.tls, {}},
          WebSignIn::Pages {BarnensSvarHtml::login, BarnensSvarHtml::message}, clock)
{ }

HttpReply BarnensSvarPage::handle(const QHttpServerRequest &request)
{
    return m_signIn.route(request,
        {[] {
             return LoggkontrollHtml::style()
                 + QByteArrayLiteral(
                     "section{margin:1rem 0}.scroll{overflow-x:auto}@media (max-width:600px){"
                     "main{padding:1rem .75rem}th,td{padding:.35rem .4rem;font-size:.92rem}}"
                     ".scroll:focus{outline:3px solid "
                     "#b45309}td.withheld{color:#4f5865;"
                     "font-style:italic}tr.total th,tr.total td{font-weight:600}"
                     ".legend{background:#fff;border-left:4px solid #1d5fa8;"
                     "padding:.5rem .8rem}\n");
         },
            [this](const auto &r, const auto &session) { return show(r, session); },
            [this](const auto &r, const auto &session) { return download(r, session); },
            QStringLiteral("barnens-svar.csv")});
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
