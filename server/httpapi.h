// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth.h"
#include "domain/clock.h"
#include "httpreply.h"
#include "serverconfig.h"
#include "trustedproxies.h"

#include <QAbstractHttpServer>
#include <QJsonObject>

namespace barntid::server {

class Accounts;
class BokaPage;
class BookingCalendar;
class BookingMail;
class Database;
class GroupCommit;
class JournalApi;
class LoggkontrollPage;
class QuestionSets;
class SurveyAggregates;
class BarnensSvarPage;
class SupervisorApi;
class SyncService;
struct ServerError;

/** The HTTP face of the server: routing, the bearer check and the error envelope.
 *  One HttpApi per serving thread, each on a database connection of its own (ServeWorkers);
 *  it handles its connections' requests one at a time. Sockets come from a ConnectionIntake
 *  (bind()), which bounds what a request may cost (body and head sizes, time) before Qt
 *  HttpServer reads it. */
class HttpApi : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Options
    {
        Auth::Limits limits;
        TrustedProxies proxies;
        /** The server speaks TLS itself: cookies are marked Secure. */
        bool tls = false;
        /** Opening hours, cut-off, SMTP (serve --config). */
        ServerConfig config;
        /** "now" for every rule; the system clock when empty (serve --clock-file in tests). */
        std::shared_ptr<const Clock> clock;
        /** Shared by the process's threads on SQLite: pushes commit together (GroupCommit). */
        std::shared_ptr<GroupCommit> group;
    };

    HttpApi(Database &db, Options options, QObject *parent = nullptr);
    ~HttpApi() override;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    using Reply = HttpReply;
    Reply route(const QHttpServerRequest &request);
    Reply push(const QHttpServerRequest &request);
    Reply pull(const QHttpServerRequest &request);
    Reply record(const QHttpServerRequest &request);
    Reply supervisor(const QHttpServerRequest &request);
    Reply bookingCalendar(const QHttpServerRequest &request);
    Reply journal(const QHttpServerRequest &request);
    Reply questionSets(const QHttpServerRequest &request);
    Reply surveyAggregates(const QHttpServerRequest &request);
    static Reply json(const QJsonObject &o, int status = 200);
    static Reply error(const ServerError &e);
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const Reply &reply);

    Database &m_db;
    Options m_options;
    const Clock &m_clock;
    std::unique_ptr<Accounts> m_accounts;
    std::unique_ptr<Auth> m_auth;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<SupervisorApi> m_supervisor;
    std::unique_ptr<LoggkontrollPage> m_page;
    std::unique_ptr<BokaPage> m_boka;
    std::unique_ptr<BookingCalendar> m_calendar;
    std::unique_ptr<JournalApi> m_journal;
    std::unique_ptr<QuestionSets> m_questionSets;
    std::unique_ptr<SurveyAggregates> m_aggregates;
    std::unique_ptr<BarnensSvarPage> m_svarPage;
    std::unique_ptr<BookingMail> m_mail; ///< only where SMTP is configured
};

} // namespace barntid::server
