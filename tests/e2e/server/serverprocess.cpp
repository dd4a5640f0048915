// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverprocess.h"

#include "httpclient.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTcpServer>

namespace e2eserver {

namespace {

constexpr int hangLimitMs = 60'000;
constexpr int startLimitMs = 20'000;

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

QString CliRun::describe() const
{
    return QStringLiteral("finished=%1 code=%2\nstdout: %3\nstderr: %4")
        .arg(finished ? QStringLiteral("yes") : QStringLiteral("no (hung, killed)"))
        .arg(exitCode)
        .arg(QString::fromUtf8(out.left(2000)), QString::fromUtf8(err.left(2000)));
}

QString serverPath()
{
    return QStringLiteral(BARNTID_SERVER_PATH);
}

CliRun runServerCli(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.start(serverPath(), args);
    CliRun run;
    if (!p.waitForStarted(hangLimitMs)) {
        run.err = p.errorString().toUtf8();
        return run;
    }
    p.write(input);
    p.closeWriteChannel();
    run.finished = p.waitForFinished(hangLimitMs);
    if (!run.finished) {
        p.kill();
        p.waitForFinished(hangLimitMs);
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

ServerProcess::ServerProcess(const QString &databaseUrl, const QStringList &extraArgs)
    : m_databaseUrl(databaseUrl)
    , m_extraArgs(extraArgs)
{ }

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start()
{
    m_error.clear();
    // The port is free when probed; another process may take it before the server binds, so a
    // failed bind gets a second try on another port.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const quint16 port = m_url.port() > 0 ? quint16(m_url.port()) : freePort();
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        const QString log = m_dir.filePath(QStringLiteral("server-%1.log").arg(++m_starts));
        m_process.setStandardOutputFile(log);
        m_process.setStandardErrorFile(log);
        m_log = log;
        m_process.start(serverPath(),
            QStringList {QStringLiteral("serve"), QStringLiteral("--database"), m_databaseUrl,
                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)}
                + m_extraArgs);
        if (!m_process.waitForStarted(startLimitMs)) {
            m_error = QStringLiteral("cannot start barntid-server: ") + m_process.errorString();
            return false;
        }
        if (waitHealthy())
            return true;
        if (isRunning()) {
            kill();
            m_error = QStringLiteral("barntid-server did not answer /v1/health in time\n")
                + QString::fromUtf8(logTail());
            return false;
        }
        m_error = QStringLiteral("barntid-server exited at start\n") + QString::fromUtf8(logTail());
        m_url.setPort(-1);
    }
    return false;
}

bool ServerProcess::waitHealthy()
{
    HttpClient client(m_url);
    const QDeadlineTimer deadline(startLimitMs);
    while (!deadline.hasExpired() && isRunning()) {
        const HttpResponse r = client.send("GET", QStringLiteral("/v1/health"), {}, {}, 2000);
        if (r.status == 200)
            return true;
        m_process.waitForFinished(50);
    }
    return false;
}

void ServerProcess::kill()
{
    if (!isRunning())
        return;
    m_process.kill();
    m_process.waitForFinished(hangLimitMs);
}

void ServerProcess::stop()
{
    if (!isRunning())
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10'000))
        kill();
}

QByteArray ServerProcess::log() const
{
    QFile f(m_log);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray ServerProcess::logTail() const
{
    QFile f(m_log);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = f.readAll();
    return all.right(3000);
}

} // namespace e2eserver
