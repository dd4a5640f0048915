// SPDX-License-Identifier: GPL-3.0-or-later
#include "roundtripserver.h"

#include "localserver.h"
#include "serverprocess.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace roundtrip {

RoundtripServer::RoundtripServer() = default;

RoundtripServer::~RoundtripServer()
{
    m_process.reset(); // the server lets go of the database before it is dropped
    if (!m_database.isEmpty())
        runClusterTool(u"dropdb"_s);
}

bool RoundtripServer::wantsPostgres()
{
    return qEnvironmentVariable("BARNTID_ROUNDTRIP_BACKEND") == u"postgres";
}

QUrl RoundtripServer::url() const
{
    return m_local ? m_local->url() : m_process ? m_process->url() : QUrl();
}

bool RoundtripServer::start(const QString &dir)
{
    if (wantsPostgres())
        return startPostgres();
    m_local = std::make_unique<LocalServer>(e2eserver::serverPath());
    if (m_local->start(dir))
        return true;
    m_error = m_local->error();
    return false;
}

bool RoundtripServer::startPostgres()
{
    m_cluster = QUrl(qEnvironmentVariable("BARNTID_TEST_POSTGRES"));
    m_database = u"roundtrip_%1_%2"_s.arg(QCoreApplication::applicationPid())
                     .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    if (!runClusterTool(u"createdb"_s)) {
        m_database.clear();
        return false;
    }
    QUrl database = m_cluster;
    database.setPath(u'/' + m_database);
    const QString url = database.toString();
    m_databaseUrl = url;
    const e2eserver::CliRun seed
        = e2eserver::runServerCli({u"seed"_s, u"--demo"_s, u"--database"_s, url});
    if (!seed.ok()) {
        m_error = u"barntid-server seed --demo failed: "_s + seed.describe();
        return false;
    }
    m_process = std::make_unique<e2eserver::ServerProcess>(url);
    if (m_process->start())
        return true;
    m_error = m_process->error();
    return false;
}

bool RoundtripServer::exportJournal(const QString &to)
{
    if (m_local) {
        if (!m_local->exportJournal(to).isEmpty())
            return true;
        m_error = m_local->error();
        return false;
    }
    const e2eserver::CliRun run
        = e2eserver::runServerCli({u"export"_s, u"--to"_s, to, u"--database"_s, m_databaseUrl});
    if (run.ok())
        return true;
    m_error = u"barntid-server export failed: "_s + run.describe();
    return false;
}

bool RoundtripServer::runClusterTool(const QString &tool)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!m_cluster.password().isEmpty())
        env.insert(u"PGPASSWORD"_s, m_cluster.password());
    p.setProcessEnvironment(env);
    p.start(tool,
        {u"-h"_s, m_cluster.host(), u"-p"_s, QString::number(m_cluster.port(5432)), u"-U"_s,
            m_cluster.userName(), m_database});
    if (p.waitForFinished(60'000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
        return true;
    m_error = tool + u" failed: "_s + p.errorString() + u' '
        + QString::fromUtf8(p.readAllStandardError());
    return false;
}

} // namespace roundtrip
