// SPDX-License-Identifier: GPL-3.0-or-later
#include "localserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

constexpr int commandLimitMs = 60'000;
constexpr int startLimitMs = 20'000;

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

LocalServer::LocalServer(QString program)
    : m_program(std::move(program))
{ }

LocalServer::~LocalServer()
{
    stop();
}

bool LocalServer::start(const QString &dir)
{
    m_database = u"sqlite:"_s + QDir(dir).filePath(u"server.db"_s);
    m_log = QDir(dir).filePath(u"server.log"_s);
    if (run({u"seed"_s, u"--demo"_s}).isNull())
        return false;
    // The port is free when probed; if another process takes it first, try another.
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_url = QUrl(u"http://127.0.0.1:%1"_s.arg(freePort()));
        if (serve(m_url))
            return true;
    }
    return false;
}

bool LocalServer::restart()
{
    if (m_callUrl != m_url)
        stop(); // the aside server: one process on the database at a time
    return m_process.state() == QProcess::Running || serve(m_url);
}

bool LocalServer::serveAside()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_error = u"serveAside() needs the server stopped first"_s;
        return false;
    }
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (serve(QUrl(u"http://127.0.0.1:%1"_s.arg(freePort()))))
            return true;
    }
    return false;
}

bool LocalServer::serve(const QUrl &url)
{
    m_callUrl = url;
    m_process.setStandardOutputFile(m_log, QIODevice::Append);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(m_program,
        {u"serve"_s, u"--database"_s, m_database, u"--listen"_s,
            u"127.0.0.1:%1"_s.arg(url.port())});
    if (!m_process.waitForStarted(startLimitMs)) {
        m_error = u"cannot start barntid-server: "_s + m_process.errorString();
        return false;
    }
    if (healthy())
        return true;
    stop();
    m_error = u"barntid-server did not answer /v1/health (log: %1)"_s.arg(m_log);
    return false;
}

QString LocalServer::exportJournal(const QString &to, const QStringList &options)
{
    const QByteArray out = run(QStringList {u"export"_s, u"--to"_s, to} + options);
    return QString::fromUtf8(out).trimmed();
}

QByteArray LocalServer::run(const QStringList &args, const QByteArray &input)
{
    QProcess command;
    command.start(m_program, args + QStringList {u"--database"_s, m_database});
    if (!input.isEmpty() && command.waitForStarted(commandLimitMs)) {
        command.write(input);
        command.closeWriteChannel();
    }
    if (!command.waitForFinished(commandLimitMs) || command.exitStatus() != QProcess::NormalExit
        || command.exitCode() != 0) {
        m_error = u"barntid-server %1 failed: %2\n%3"_s.arg(args.join(u' '), command.errorString(),
            QString::fromUtf8(command.readAllStandardError()));
        return {};
    }
    const QByteArray out = command.readAllStandardOutput();
    return out.isNull() ? QByteArray("") : out;
}

QString LocalServer::importQuestionSets(const QString &file)
{
    return QString::fromUtf8(run({u"question-set"_s, u"import"_s, u"--file"_s, file}));
}

bool LocalServer::revokeDevices(const QString &username)
{
    return onDevices(username, u"revoke"_s);
}

QByteArray LocalServer::log() const
{
    QFile file(m_log);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool LocalServer::liftDevices(const QString &username)
{
    return onDevices(username, u"lift"_s);
}

bool LocalServer::endSessions(const QString &username)
{
    return !run({u"user"_s, u"passwd"_s, u"--username"_s, username}, "barntid-demo\n").isNull();
}

bool LocalServer::wipeDevices(const QString &username)
{
    return onDevices(username, u"wipe"_s);
}

bool LocalServer::onDevices(const QString &username, const QString &action)
{
    const QByteArray list = run({u"device"_s, u"list"_s, u"--username"_s, username});
    const QJsonArray devices = QJsonDocument::fromJson(list).array();
    if (devices.isEmpty()) {
        m_error = u"no devices of "_s + username;
        return false;
    }
    for (const QJsonValue &device : devices) {
        const QString id = device.toObject().value(u"id"_s).toString();
        if (run({u"device"_s, action, u"--device"_s, id}).isNull())
            return false;
    }
    return true;
}

bool LocalServer::assignCase(const QString &caseId, const QString &worker)
{
    return !run({u"case"_s, u"assign"_s, u"--id"_s, caseId, u"--worker"_s, worker}).isNull();
}

QJsonObject LocalServer::call(const QByteArray &verb, const QString &path, const QJsonObject &body,
    const QString &token, int &status)
{
    QNetworkAccessManager network;
    QNetworkRequest request(m_callUrl.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setTransferTimeout(commandLimitMs);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = verb == "GET" ? network.get(request)
                                         : network.sendCustomRequest(request, verb,
                                             QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

QJsonObject LocalServer::login(const QString &username)
{
    int status = 0;
    const QJsonObject answer = call("POST", u"/v1/auth/login"_s,
        {{u"username"_s, username}, {u"password"_s, u"barntid-demo"_s},
            {u"device_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"device_name"_s, u"test device"_s}},
        {}, status);
    if (status != 200) {
        m_error = u"login of %1 answered %2"_s.arg(username).arg(status);
        return {};
    }
    return answer;
}

QString LocalServer::signIn(const QString &username)
{
    return login(username).value("token"_L1).toString();
}

QString LocalServer::userId(const QString &username)
{
    return login(username).value("user"_L1).toObject().value("id"_L1).toString();
}

QJsonObject LocalServer::record(const QString &username, const QString &entity, const QString &id)
{
    const QString token = signIn(username);
    if (token.isEmpty())
        return {};
    int status = 0;
    const QJsonObject r = call("GET", u"/v1/records/%1/%2"_s.arg(entity, id), {}, token, status);
    if (status != 200) {
        m_error = u"GET /v1/records answered %1"_s.arg(status);
        return {};
    }
    return r;
}

qint64 LocalServer::editElsewhere(
    const QString &username, const QString &entity, const QString &id, const QJsonObject &fields)
{
    const QString token = signIn(username);
    int status = 0;
    const QJsonObject current = token.isEmpty()
        ? QJsonObject()
        : call("GET", u"/v1/records/%1/%2"_s.arg(entity, id), {}, token, status);
    if (status != 200)
        return -1;
    QJsonObject data = current.value("data"_L1).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        data.insert(it.key(), it.value());
    QJsonObject pushed;
    const QJsonObject result = pushOne(token,
        {{u"entity"_s, entity}, {u"op"_s, u"upsert"_s}, {u"id"_s, id},
            {u"base_version"_s, current.value("version"_L1)}, {u"data"_s, data}},
        status, &pushed);
    if (status != 200 || result.value("status"_L1).toString() != u"applied") {
        m_error = u"the edit elsewhere answered %1 %2"_s.arg(status).arg(
            QString::fromUtf8(QJsonDocument(pushed).toJson(QJsonDocument::Compact)));
        return -1;
    }
    return result.value("version"_L1).toInteger();
}

QJsonObject LocalServer::createElsewhere(
    const QString &username, const QString &entity, const QJsonObject &data)
{
    const QString token = signIn(username);
    if (token.isEmpty())
        return {};
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject record = data;
    record.insert(u"id"_s, id);
    int status = 0;
    const QJsonObject result = pushOne(token,
        {{u"entity"_s, entity}, {u"op"_s, u"upsert"_s}, {u"id"_s, id}, {u"data"_s, record}},
        status);
    if (status != 200) {
        m_error = u"the push elsewhere answered %1"_s.arg(status);
        return {};
    }
    return result;
}

QJsonObject LocalServer::deleteElsewhere(
    const QString &username, const QString &entity, const QString &id)
{
    const QString token = signIn(username);
    int status = 0;
    const QJsonObject current = token.isEmpty()
        ? QJsonObject()
        : call("GET", u"/v1/records/%1/%2"_s.arg(entity, id), {}, token, status);
    if (status != 200) {
        m_error = u"the record to delete answered %1"_s.arg(status);
        return {};
    }
    const QJsonObject result = pushOne(token,
        {{u"entity"_s, entity}, {u"op"_s, u"delete"_s}, {u"id"_s, id},
            {u"base_version"_s, current.value("version"_L1)}},
        status);
    if (status != 200) {
        m_error = u"the delete elsewhere answered %1"_s.arg(status);
        return {};
    }
    return result;
}

QJsonObject LocalServer::pushOne(
    const QString &token, QJsonObject mutation, int &status, QJsonObject *pushed)
{
    mutation.insert(u"mutation_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QJsonObject answer = call(
        "POST", u"/v1/sync/push"_s, {{u"mutations"_s, QJsonArray {mutation}}}, token, status);
    if (pushed)
        *pushed = answer;
    return answer.value("results"_L1).toArray().at(0).toObject();
}

bool LocalServer::healthy()
{
    QNetworkAccessManager network;
    const QDeadlineTimer deadline(startLimitMs);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        QNetworkRequest request(m_callUrl.resolved(QUrl(u"/v1/health"_s)));
        request.setTransferTimeout(2000);
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        if (status == 200)
            return true;
        QEventLoop pause;
        QTimer::singleShot(100, &pause, &QEventLoop::quit);
        pause.exec();
    }
    return false;
}

void LocalServer::stop()
{
    m_callUrl = m_url;
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(commandLimitMs);
}
