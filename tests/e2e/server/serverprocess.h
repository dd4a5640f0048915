// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace e2eserver {

/** One finished run of a barntid-server command (seed, user add, device …). */
struct CliRun
{
    bool finished = false; ///< false: it hung and was killed
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    bool ok() const { return finished && exitCode == 0; }
    QString describe() const;
};

QString serverPath();
/** barntid-server args…, with input on stdin; waits for the exit (hang guard 60 s). */
CliRun runServerCli(const QStringList &args, const QByteArray &input = {});

/** `barntid-server serve` on a free loopback port, its log in a temporary file. Killing it is
 *  SIGKILL, as a power cut or the OOM killer would; start() again reuses the database. */
class ServerProcess
{
public:
    ServerProcess(const QString &databaseUrl, const QStringList &extraArgs = {});
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    /** Starts and waits until /v1/health answers 200 (deadline 20 s). */
    bool start();
    /** SIGKILL, then waits for the process to be gone. */
    void kill();
    /** SIGTERM and wait. */
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    /** After the process ended: whether it exited by itself with status 0. */
    bool exitedCleanly() const
    {
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }
    QUrl url() const { return m_url; }
    /** The server's process id (0 when it is not running), e.g. to read /proc/<pid>/status. */
    qint64 pid() const { return m_process.processId(); }
    QString error() const { return m_error; }
    /** The last part of the server's log, for failure messages. */
    QByteArray logTail() const;
    /** The whole log so far (for checks that the server logs no names or note text). */
    QByteArray log() const;

private:
    bool waitHealthy();

    QString m_databaseUrl;
    QStringList m_extraArgs;
    QProcess m_process;
    QTemporaryDir m_dir;
    QUrl m_url;
    QString m_error;
    QString m_log;
    int m_starts = 0;
};

} // namespace e2eserver
