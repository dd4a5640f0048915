// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

namespace barntid::bench {

/** The real barntid-server as a child process: seeded with the demo municipality, serving on a
 *  free loopback port, its log in a file. Errors throw std::runtime_error with the log's tail. */
class ServerProcess
{
public:
    /** serveArgs: added to every `serve` (bench_server --workers). */
    ServerProcess(const QString &executable, const QString &databaseUrl, const QString &logPath,
        const QStringList &serveArgs = {});
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    /** barntid-server seed --demo --database URL. */
    void seedDemo();
    /** barntid-server serve …, then waits for GET /v1/health. */
    void start();
    void stop();
    QUrl url() const { return m_url; }
    qint64 pid() const { return m_process.processId(); }

private:
    bool healthy();
    QString logTail() const;

    QString m_executable;
    QString m_databaseUrl;
    QString m_logPath;
    QStringList m_serveArgs;
    QUrl m_url;
    QProcess m_process;
};

} // namespace barntid::bench
