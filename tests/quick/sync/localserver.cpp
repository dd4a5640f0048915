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
        if (serve())
            return true;
    }
    return false;
}

bool LocalServer::restart()
{
    return m_process.state() == QProcess::Running || serve();
}

bool LocalServer::serve()
{
    m_process.setStandardOutputFile(m_log, QIODevice::Append);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(m_program,
        {u"serve"_s, u"--database"_s, m_database, u"--listen"_s,
            u"127.0.0.1:%1"_s.arg(m_url.port())});
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

bool LocalServer::healthy()
{
    QNetworkAccessManager network;
    const QDeadlineTimer deadline(startLimitMs);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        QNetworkRequest request(m_url.resolved(QUrl(u"/v1/health"_s)));
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
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(commandLimitMs);
}
