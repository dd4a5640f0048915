// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/syncclient.h"

#include "protocol/entityspec.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace barntid::sync {

using namespace Qt::StringLiterals;
using Kind = SyncError::Kind;

namespace {

Kind kindOfStatus(int status)
{
    switch (status) {
    case 400:
        return Kind::BadRequest;
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 409:
        return Kind::ResetRequired;
    case 410:
        return Kind::DeviceWiped;
    case 413:
        return Kind::TooLarge;
    case 429:
        return Kind::RateLimited;
    default:
        return status >= 500 ? Kind::ServerError : Kind::Protocol;
    }
}

qint64 retryAfterMs(const QByteArray &header)
{
    bool ok = false;
    const qint64 seconds = header.trimmed().toLongLong(&ok);
    if (ok)
        return qMax<qint64>(0, seconds) * 1000;
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(header), Qt::RFC2822Date);
    return at.isValid() ? qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at)) : 0;
}

SyncError networkError(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
        return SyncError::of(
            Kind::Unreachable, u"unreachable"_s, u"connection refused or no such host"_s);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
        return SyncError::of(Kind::Timeout, u"timeout"_s, u"no answer in time"_s);
    default:
        return SyncError::of(Kind::Interrupted, u"interrupted"_s, u"the connection broke off"_s);
    }
}

SyncError protocolError(const QString &message)
{
    return SyncError::of(Kind::Protocol, u"bad_answer"_s, message, 200);
}

} // namespace

SyncClient::SyncClient(QNetworkAccessManager &network, const QUrl &server)
    : m_network(network)
    , m_server(server)
{ }

bool SyncClient::isAllowedServer(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == u"https")
        return true;
    if (url.scheme() != u"http")
        return false;
    const QHostAddress address(url.host());
    return url.host() == u"localhost" || (!address.isNull() && address.isLoopback());
}

QUrl SyncClient::endpoint(const QString &path) const
{
    QUrl url = m_server;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

SyncClient::Answer SyncClient::send(
    const QByteArray &verb, const QUrl &url, const QByteArray &body, bool withToken)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setRawHeader("Accept", "application/json");
    // A redirect could carry the token elsewhere: it is an error, never followed.
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(m_timeout.count()));
    if (withToken)
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    ++m_requests;
    QNetworkReply *reply
        = verb == "GET" ? m_network.get(request) : m_network.sendCustomRequest(request, verb, body);
    // The transfer timeout only covers Qt's own HTTP backend; this one covers every reply.
    QTimer idle;
    idle.setSingleShot(true);
    bool timedOut = false;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&idle, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
        loop.quit();
    });
    const auto progress = [&idle] { idle.start(); };
    QObject::connect(reply, &QNetworkReply::downloadProgress, &idle, progress);
    QObject::connect(reply, &QNetworkReply::uploadProgress, &idle, progress);
    idle.start(m_timeout);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    idle.stop();

    Answer answer;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    const QNetworkReply::NetworkError netError = reply->error();
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    if (timedOut)
        answer.error = networkError(QNetworkReply::TimeoutError);
    else if (status == 0)
        answer.error = networkError(netError);
    else if (status >= 200 && status < 300 && netError == QNetworkReply::NoError)
        return answer;
    else if (status >= 200 && status < 300) // the body was cut after the status line
        answer.error = networkError(netError);
    else {
        SyncError &e = answer.error;
        e.kind = kindOfStatus(status);
        e.httpStatus = status;
        const QJsonObject envelope
            = QJsonDocument::fromJson(answer.body).object().value("error"_L1).toObject();
        e.code = envelope.value("code"_L1).toString(u"http_%1"_s.arg(status));
        // 409 is also the login's answer for a device id that belongs to another account.
        if (status == 409 && e.code == u"device_taken")
            e.kind = Kind::DeviceTaken;
        if (status == 403 && e.code == u"device_revoked")
            e.kind = Kind::DeviceRevoked;
        e.message = envelope.value("message"_L1).toString();
        e.index = envelope.value("index"_L1).toInt(-1);
        e.field = envelope.value("field"_L1).toString();
        if (status == 429 || status == 503)
            e.retryAfterMs = retryAfterMs(retryAfter);
    }
    return answer;
}

SyncError SyncClient::login(const LoginRequest &request, LoginResult &result)
{
    const QJsonObject body {{u"username"_s, request.username}, {u"password"_s, request.password},
        {u"device_id"_s, request.deviceId}, {u"device_name"_s, request.deviceName}};
    Answer a = send("POST", endpoint(u"/v1/auth/login"_s),
        QJsonDocument(body).toJson(QJsonDocument::Compact), false);
    if (a.error.kind == Kind::Unauthorized)
        a.error.kind = Kind::InvalidCredentials;
    if (a.error.isError())
        return a.error;
    const QJsonObject root = QJsonDocument::fromJson(a.body).object();
    const QJsonObject user = root.value("user"_L1).toObject();
    result.token = root.value("token"_L1).toString();
    result.userId = user.value("id"_L1).toString();
    result.role = user.value("role"_L1).toString();
    result.displayName = user.value("display_name"_L1).toString();
    if (result.token.isEmpty() || result.userId.isEmpty())
        return protocolError(u"a login answer without token or user id"_s);
    m_token = result.token;
    return {};
}

SyncError SyncClient::logout()
{
    const Answer a = send("POST", endpoint(u"/v1/auth/logout"_s), "{}", true);
    if (!a.error.isError() || a.error.kind == Kind::Unauthorized)
        m_token.clear();
    return a.error.kind == Kind::Unauthorized ? SyncError {} : a.error;
}

SyncError SyncClient::push(const protocol::PushRequest &request, protocol::PushResponse &response)
{
    const Answer a = send("POST", endpoint(u"/v1/sync/push"_s), request.toJson(), true);
    if (a.error.isError())
        return a.error;
    protocol::ProtocolError error;
    response = protocol::PushResponse::parse(a.body, error);
    if (error.isError())
        return protocolError(error.message);
    return {};
}

SyncError SyncClient::pull(qint64 since, int limit, protocol::PullPage &page, int *ignored)
{
    QUrl url = endpoint(u"/v1/sync/pull"_s);
    url.setQuery(
        QUrlQuery {{u"since"_s, QString::number(since)}, {u"limit"_s, QString::number(limit)}});
    const Answer a = send("GET", url, {}, true);
    if (a.error.isError())
        return a.error;
    protocol::ProtocolError error;
    page = protocol::PullPage::parse(a.body, error);
    if (error.isError())
        return protocolError(error.message);
    if (ignored)
        *ignored = page.ignored;
    return {};
}

SyncError SyncClient::fetchRecord(const QString &entity, const QString &id, ServerRecord &record)
{
    // Both come from the local store: an entity name of the allow-list and a UUID.
    const Answer a = send("GET", endpoint(u"/v1/records/"_s + entity + u'/' + id), {}, true);
    if (a.error.isError())
        return a.error;
    const QJsonObject root = QJsonDocument::fromJson(a.body).object();
    record.entity = root.value("entity"_L1).toString();
    record.id = root.value("id"_L1).toString();
    record.version = root.value("version"_L1).toInteger(-1);
    record.data = root.value("data"_L1).toObject();
    if (record.entity != entity || record.id.compare(id, Qt::CaseInsensitive) != 0
        || record.version < 0 || record.data.isEmpty())
        return protocolError(u"a record answer that is not the record asked for"_s);
    return {};
}

SyncError SyncClient::journalLink(const QString &entity, const QString &id, QUrl &link)
{
    const QByteArray body = QJsonDocument(
        QJsonObject {{u"entity"_s, entity},
            {u"id"_s, id}}).toJson(QJsonDocument::Compact);
    const Answer a = send("POST", endpoint(u"/v1/journal/links"_s), body, true);
    if (a.error.isError())
        return a.error;
    const QString path = QJsonDocument::fromJson(a.body).object().value("url"_L1).toString();
    // Only a path on this server: the link is opened outside the app, with no token of ours.
    if (!path.startsWith(u"/journal/"_s) || path.contains(u"//"_s))
        return protocolError(u"a journal link that is not a path on this server"_s);
    link = endpoint(path);
    return {};
}

SyncError SyncClient::fetchTeam(QJsonObject &team)
{
    const Answer a = send("GET", endpoint(u"/v1/team"_s), {}, true);
    if (a.error.isError())
        return a.error;
    const QJsonObject root = QJsonDocument::fromJson(a.body).object();
    if (!root.value("team"_L1).isObject() || !root.value("members"_L1).isArray())
        return protocolError(u"a team answer without team or members"_s);
    team = root;
    return {};
}

SyncError SyncClient::fetchSurveyAggregates(QJsonObject &report)
{
    const Answer a = send("GET", endpoint(u"/v1/survey-aggregates"_s), {}, true);
    if (a.error.isError())
        return a.error;
    const QJsonObject root = QJsonDocument::fromJson(a.body).object();
    if (!root.value("groups"_L1).isArray() || !root.value("tables"_L1).isArray())
        return protocolError(u"a survey answer without groups or tables"_s);
    report = root;
    return {};
}

SyncError SyncClient::fetchQuestionSets(QList<QuestionSet> &sets)
{
    const Answer a = send("GET", endpoint(u"/v1/question-sets"_s), {}, true);
    if (a.error.isError())
        return a.error;
    const QJsonValue list = QJsonDocument::fromJson(a.body).object().value("question_sets"_L1);
    if (!list.isArray())
        return protocolError(u"a question-set answer without question_sets"_s);
    QList<QuestionSet> read;
    for (const QJsonValue &v : list.toArray()) {
        QString why;
        const std::optional<QuestionSet> set = QuestionSet::fromJson(v.toObject(), &why);
        if (!set || set->version < 1)
            return protocolError(
                u"a question set the app cannot use: "_s + (why.isEmpty() ? u"no version"_s : why));
        read.append(*set);
    }
    sets = read;
    return {};
}

} // namespace barntid::sync
