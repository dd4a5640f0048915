// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/questionset.h"
#include "engine/syncerror.h"
#include "protocol/mutation.h"
#include "protocol/pullpage.h"
#include "protocol/pushresult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;

namespace barntid::sync {

struct LoginRequest
{
    QString username, password, deviceId, deviceName;
};

struct LoginResult
{
    QString token, userId, role, displayName;
};

/** One record as the server holds it for this account (GET /v1/records/{entity}/{id}). */
struct ServerRecord
{
    QString entity, id;
    qint64 version = 0;
    QJsonObject data;
};

/** The sync server's HTTP API (DESIGN.md §6) as blocking calls on a local event loop, so it works
 *  in whichever thread owns the network access manager (the app's sync worker, the CLI, tests). */
class SyncClient
{
public:
    SyncClient(QNetworkAccessManager &network, const QUrl &server);

    /** https anywhere; plain http only to this machine (passwords and tokens travel here). */
    static bool isAllowedServer(const QUrl &url);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    QUrl server() const { return m_server; }
    /** Requests sent so far (benchmarks count them). */
    int requestCount() const { return m_requests; }

    SyncError login(const LoginRequest &request, LoginResult &result);
    SyncError logout();
    SyncError push(const protocol::PushRequest &request, protocol::PushResponse &response);
    /** Changes of entities this client does not know are dropped (ignored counts them); the
     *  cursor still moves past them. */
    SyncError pull(qint64 since, int limit, protocol::PullPage &page, int *ignored = nullptr);
    /** The server's current copy of one record (to resolve a conflict); NotFound outside scope. */
    SyncError fetchRecord(const QString &entity, const QString &id, ServerRecord &record);
    /** A supervisor's team (GET /v1/team): {"team":{id,name},"members":[…]} as the server sent
     *  it. Forbidden for other roles, NotFound from a server without the endpoint. */
    SyncError fetchTeam(QJsonObject &team);
    /** GET /v1/question-sets: every version of every child survey, each checked as the server
     *  checked it on import; a set that fails the check is a protocol error, nothing kept. */
    SyncError fetchQuestionSets(QList<QuestionSet> &sets);
    /** GET /v1/survey-aggregates: what children answered, in withheld-where-small figures per
     *  question, team and ended quarter, as the server sent it (supervisors and admins only). */
    SyncError fetchSurveyAggregates(QJsonObject &report);
    /** A one-time link to the journal PDF of a signed visit or of a case's exported notes
     *  (POST /v1/journal/links): the platform opens it, the app keeps no file (issue 14). */
    SyncError journalLink(const QString &entity, const QString &id, QUrl &link);

private:
    struct Answer
    {
        SyncError error;
        QByteArray body;
    };
    Answer send(const QByteArray &verb, const QUrl &url, const QByteArray &body, bool withToken);
    QUrl endpoint(const QString &path) const;

    QNetworkAccessManager &m_network;
    QUrl m_server;
    QString m_token;
    std::chrono::milliseconds m_timeout {30000};
    int m_requests = 0;
};

} // namespace barntid::sync

Q_DECLARE_METATYPE(barntid::sync::ServerRecord)
