// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>

#include <stdexcept>

namespace barntid::bench {

namespace {

constexpr int startLimitMs = 30'000;

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        throw std::runtime_error("no free loopback port");
    return probe.serverPort();
}

} // namespace

ServerProcess::ServerProcess(const QString &executable, const QString &databaseUrl,
    const QString &logPath, const QStringList &serveArgs)
    : m_executable(executable)
    , m_databaseUrl(databaseUrl)
    , m_logPath(logPath)
    , m_serveArgs(serveArgs)
{ }

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::logTail() const
{
    QFile log(m_logPath);
    if (!log.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = log.readAll();
    return QString::fromUtf8(all.right(2000));
}

void ServerProcess::seedDemo()
{
    QProcess seed;
    seed.setProcessChannelMode(QProcess::MergedChannels);
    seed.start(m_executable,
        {QStringLiteral("seed"), QStringLiteral("--demo"), QStringLiteral("--database"),
            m_databaseUrl});
    if (!seed.waitForFinished(120'000) || seed.exitStatus() != QProcess::NormalExit
        || seed.exitCode() != 0)
        throw std::runtime_error(qPrintable(QStringLiteral("barntid-server seed failed: ")
            + seed.errorString() + u'\n' + QString::fromUtf8(seed.readAll())));
}

void ServerProcess::start()
{
    // A port probed free can be taken before the server binds it: one more try on another.
    for (int attempt = 0; attempt < 2; ++attempt) {
        const quint16 port = freePort();
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        m_process.setStandardOutputFile(m_logPath, QIODevice::Append);
        m_process.setStandardErrorFile(m_logPath, QIODevice::Append);
        m_process.start(m_executable,
            QStringList {QStringLiteral("serve"), QStringLiteral("--database"), m_databaseUrl,
                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)}
                + m_serveArgs);
        if (!m_process.waitForStarted(startLimitMs))
            throw std::runtime_error(qPrintable(
                QStringLiteral("cannot start barntid-server: ") + m_process.errorString()));
        const QDeadlineTimer deadline(startLimitMs);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            if (healthy())
                return;
            // Between health checks, wake at once if the server exits instead of starting.
            m_process.waitForFinished(50);
        }
        stop();
    }
    throw std::runtime_error(
        qPrintable(QStringLiteral("barntid-server did not start:\n") + logTail()));
}

bool ServerProcess::healthy()
{
    QNetworkAccessManager network;
    QNetworkRequest request(m_url.resolved(QUrl(QStringLiteral("/v1/health"))));
    request.setTransferTimeout(2000);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const bool ok = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    delete reply;
    return ok;
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM: the server shuts down cleanly
    if (!m_process.waitForFinished(10'000)) {
        m_process.kill();
        m_process.waitForFinished(10'000);
    }
}

} // namespace barntid::bench
