// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpapi.h"

#include "accounts.h"
#include "barnenssvarpage.h"
#include "bokapage.h"
#include "bookingcalendar.h"
#include "bookingmail.h"
#include "connectionguard.h"
#include "database.h"
#include "domain/clock.h"
#include "domain/ids.h"
#include "journalapi.h"
#include "loggkontrollpage.h"
#include "protocol/entityspec.h"
#include "protocol/mutation.h"
#include "questionsets.h"
#include "servererror.h"
#include "supervisorapi.h"
#include "surveyaggregates.h"
#include "syncservice.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcHttp, "barntid.server.http")

namespace barntid::server {

namespace {

using Method = QHttpServerRequest::Method;

bool isMethod(const QHttpServerRequest &r, Method m)
{
    return r.method() == m;
}

ServerError wrongMethod()
{
    return ServerError {405, QStringLiteral("method_not_allowed"), QStringLiteral("wrong method")};
}

} // namespace

HttpApi::HttpApi(Database &db, Options options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_db(db)
    , m_options(options)
    , m_clock(m_options.clock ? *m_options.clock : systemClock())
    , m_accounts(std::make_unique<Accounts>(db, m_clock))
    , m_auth(std::make_unique<Auth>(db, *m_accounts, options.limits, m_clock))
    , m_sync(std::make_unique<SyncService>(
          db, *m_accounts, m_clock, options.config, options.group.get()))
    , m_supervisor(std::make_unique<SupervisorApi>(db, m_clock))
    , m_page(std::make_unique<LoggkontrollPage>(db, *m_auth, *m_supervisor,
          LoggkontrollPage::Options {options.proxies, options.tls}, m_clock))
    , m_boka(std::make_unique<BokaPage>(db, *m_auth, *m_accounts, *m_sync,
          BokaPage::Options {options.proxies, options.tls, options.config}, m_clock))
    , m_calendar(
          std::make_unique<BookingCalendar>(db, *m_accounts, options.config.unitName, m_clock))
    , m_journal(std::make_unique<JournalApi>(db, m_clock))
    , m_questionSets(std::make_unique<QuestionSets>(db, m_clock))
    , m_aggregates(std::make_unique<SurveyAggregates>(db, *m_questionSets, m_clock))
    , m_svarPage(std::make_unique<BarnensSvarPage>(db, *m_auth, *m_aggregates, *m_questionSets,
          BarnensSvarPage::Options {options.proxies, options.tls}, m_clock))
{
    if (options.config.smtp.enabled())
        m_mail = std::make_unique<BookingMail>(db, *m_accounts, options.config, m_clock);
}

HttpApi::~HttpApi() = default;

HttpApi::Reply HttpApi::json(const QJsonObject &o, int status)
{
    Reply r;
    r.status = status;
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return r;
}

HttpApi::Reply HttpApi::error(const ServerError &e)
{
    Reply r = json(QJsonObject {{QStringLiteral("error"),
                       QJsonObject {{QStringLiteral("code"), e.code},
                           {QStringLiteral("message"), e.message}}}},
        e.status);
    if (!e.retryAfter.isEmpty())
        r.headers.append({QByteArrayLiteral("Retry-After"), e.retryAfter});
    return r;
}

bool HttpApi::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    Reply reply;
    try {
        reply = route(request);
    } catch (const ServerError &e) {
        if (e.status >= 500)
            m_db.rollback();
        reply = error(e);
    } catch (const std::exception &) {
        m_db.rollback();
        reply = error(
            ServerError {500, QStringLiteral("internal"), QStringLiteral("internal error")});
    }
    m_db.finishAll();
    send(request, socket, reply);
    // Ids and numbers only: the path carries no names, the query only since/limit; a journal
    // link's token stays out of the log even once spent.
    const QString path = request.url().path();
    qCInfo(lcHttp).noquote() << (path.startsWith(u"/journal/") ? QStringLiteral("/journal/…")
                                                               : path)
                             << reply.status << timer.elapsed() << "ms";
    return true;
}

void HttpApi::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(request, socket,
        error(ServerError {404, QStringLiteral("not_found"), QStringLiteral("no such endpoint")}));
}

void HttpApi::send(const QHttpServerRequest &request, QTcpSocket *socket, const Reply &reply)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder.writeHeader("Content-Type", reply.contentType);
    responder.writeHeader("Cache-Control", "no-store");
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
    ConnectionGuard::responseSent(socket);
}

HttpApi::Reply HttpApi::route(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    if (path == u"/v1/health") {
        if (!isMethod(request, Method::Get))
            throw wrongMethod();
        return json({{QStringLiteral("status"), QStringLiteral("ok")},
            {QStringLiteral("version"), QStringLiteral(BARNTID_VERSION)}});
    }
    if (path == u"/v1/auth/login") {
        if (!isMethod(request, Method::Post))
            throw wrongMethod();
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            throw ServerError {400, QStringLiteral("invalid_json"),
                QStringLiteral("the body is not a JSON object")};
        // No transaction around the login: it would hold a read snapshot through the Argon2id
        // check, and on SQLite a write on a snapshot that another server process has moved
        // past fails at once. Each statement commits by itself; failed tries count either way.
        // Behind a trusted reverse proxy the socket peer is the proxy; the limit is per client.
        const QHostAddress client = m_options.proxies.clientAddress(
            request.remoteAddress(), request.value("X-Forwarded-For"));
        return json(m_auth->login(doc.object(), client.toString()));
    }
    if (path.startsWith(u"/v1/records/"))
        return record(request);
    if (path.startsWith(u"/v1/bookings/"))
        return bookingCalendar(request);
    if (path.startsWith(u"/v1/journal/"))
        return journal(request);
    if (path.startsWith(u"/journal/")) {
        if (!isMethod(request, Method::Get))
            throw wrongMethod();
        return m_journal->openLink(path.mid(9));
    }
    if (path == u"/v1/team" || path == u"/v1/access-log")
        return supervisor(request);
    if (path == u"/v1/question-sets")
        return questionSets(request);
    if (path == u"/v1/survey-aggregates")
        return surveyAggregates(request);
    if (path == u"/barnens-svar" || path.startsWith(u"/barnens-svar/"))
        return m_svarPage->handle(request);
    if (path == u"/loggkontroll" || path.startsWith(u"/loggkontroll/"))
        return m_page->handle(request);
    if (path == u"/boka" || path.startsWith(u"/boka/"))
        return m_boka->handle(request);
    const std::array<QString, 3> known {QStringLiteral("/v1/auth/logout"),
        QStringLiteral("/v1/sync/push"), QStringLiteral("/v1/sync/pull")};
    if (std::find(known.begin(), known.end(), path) == known.end())
        throw ServerError {404, QStringLiteral("not_found"), QStringLiteral("no such endpoint")};
    if (path == u"/v1/sync/push")
        return push(request);
    if (path == u"/v1/sync/pull")
        return pull(request);
    if (!isMethod(request, Method::Post))
        throw wrongMethod();
    const Caller caller = m_auth->authenticate(request.value("Authorization"));
    m_auth->logout(caller);
    return json({{QStringLiteral("status"), QStringLiteral("logged_out")}});
}

HttpApi::Reply HttpApi::push(const QHttpServerRequest &request)
{
    const Caller caller = m_auth->authenticate(request.value("Authorization"));
    if (!isMethod(request, Method::Post))
        throw wrongMethod();
    protocol::ProtocolError problem;
    const protocol::PushRequest push = protocol::PushRequest::parse(request.body(), problem);
    if (problem.isError()) {
        Reply r = json(problem.toEnvelope(), 400);
        return r;
    }
    Reply reply;
    reply.body = m_sync->push(caller, push).toJson();
    return reply;
}

HttpApi::Reply HttpApi::pull(const QHttpServerRequest &request)
{
    const Caller caller = m_auth->authenticate(request.value("Authorization"));
    if (!isMethod(request, Method::Get))
        throw wrongMethod();
    const QUrlQuery query(request.url());
    bool sinceOk = true, limitOk = true;
    const qint64 since = query.hasQueryItem(QStringLiteral("since"))
        ? query.queryItemValue(QStringLiteral("since")).toLongLong(&sinceOk)
        : 0;
    const int limit = query.hasQueryItem(QStringLiteral("limit"))
        ? query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk)
        : protocol::PullPage::defaultLimit;
    if (!sinceOk || !limitOk || since < 0 || limit < 1 || limit > protocol::PullPage::maxLimit)
        throw ServerError {400, QStringLiteral("invalid"),
            QStringLiteral("since must be a whole number ≥ 0 and limit 1-%1")
                .arg(protocol::PullPage::maxLimit)};
    Reply reply;
    reply.body = m_sync->pull(caller, since, limit).toJson();
    return reply;
}

HttpApi::Reply HttpApi::record(const QHttpServerRequest &request)
{
    const Caller caller = m_auth->authenticate(request.value("Authorization"));
    if (!isMethod(request, Method::Get))
        throw wrongMethod();
    // /v1/records/{entity}/{id}
    const QStringList parts = request.url().path().split(u'/');
    if (parts.size() != 5)
        throw ServerError {404, QStringLiteral("not_found"), QStringLiteral("no such endpoint")};
    const QString entity = parts.at(3);
    if (!protocol::findEntity(entity))
        throw ServerError {400, QStringLiteral("unknown_entity"), QStringLiteral("unknown entity")};
    if (!isValidId(parts.at(4)))
        throw ServerError {400, QStringLiteral("invalid"), QStringLiteral("the id is no UUID")};
    return json(m_sync->fetch(caller, entity, parts.at(4).toLower()).toJson());
}

} // namespace barntid::server

namespace barntid::server {

HttpApi::Reply HttpApi::questionSets(const QHttpServerRequest &request)
{
    const Caller caller = m_auth->authenticate(request.value("Authorization"));
    if (!isMethod(request, Method::Get))
        throw wrongMethod();
    return json(m_questionSets->read(caller));
}

HttpApi::Reply HttpApi::surveyAggregates(const QHttpServerRequest &request)
{
    const Caller caller = m_auth->authenticate(request.value("Authorization"));
    if (!isMethod(request, Method::Get))
        throw wrongMethod();
    return json(m_aggregates->read(caller, QUrlQuery(request.url()), QStringLiteral("json")));
}

HttpApi::Reply HttpApi::supervisor(const QHttpServerRequest &request)
{
    const Caller caller = m_auth->authenticate(request.value("Authorization"));
    if (!isMethod(request, Method::Get))
        throw wrongMethod();
    if (request.url().path() == u"/v1/team")
        return json(m_supervisor->team(caller));
    return m_supervisor->accessLog(caller, QUrlQuery(request.url()));
}

} // namespace barntid::server

namespace barntid::server {

HttpApi::Reply HttpApi::bookingCalendar(const QHttpServerRequest &request)
{
    // /v1/bookings/{id}/calendar
    const QStringList parts = request.url().path().split(u'/');
    if (parts.size() != 5 || parts.at(4) != u"calendar")
        throw ServerError {404, QStringLiteral("not_found"), QStringLiteral("no such endpoint")};
    const Caller caller = m_auth->authenticate(request.value("Authorization"));
    if (!isMethod(request, Method::Get))
        throw wrongMethod();
    return m_calendar->get(caller, parts.at(3));
}

} // namespace barntid::server

namespace barntid::server {

HttpApi::Reply HttpApi::journal(const QHttpServerRequest &request)
{
    // /v1/journal/visits/{id}/pdf|text, /v1/journal/cases/{id}/pdf, /v1/journal/links
    const QStringList parts = request.url().path().split(u'/');
    if (request.url().path() == u"/v1/journal/links") {
        const Caller caller = m_auth->authenticate(request.value("Authorization"));
        if (!isMethod(request, Method::Post))
            throw wrongMethod();
        const QJsonDocument doc = QJsonDocument::fromJson(request.body());
        if (!doc.isObject())
            throw ServerError {400, QStringLiteral("invalid_json"),
                QStringLiteral("the body is not a JSON object")};
        return json(m_journal->createLink(caller, doc.object()));
    }
    const bool visit = parts.size() == 6 && parts.at(3) == u"visits"
        && (parts.at(5) == u"pdf" || parts.at(5) == u"text");
    const bool wholeCase = parts.size() == 6 && parts.at(3) == u"cases" && parts.at(5) == u"pdf";
    if (!visit && !wholeCase)
        throw ServerError {404, QStringLiteral("not_found"), QStringLiteral("no such endpoint")};
    const Caller caller = m_auth->authenticate(request.value("Authorization"));
    if (!isMethod(request, Method::Get))
        throw wrongMethod();
    return visit ? m_journal->visit(caller, parts.at(4), parts.at(5))
                 : m_journal->casePdf(caller, parts.at(4));
}

} // namespace barntid::server
