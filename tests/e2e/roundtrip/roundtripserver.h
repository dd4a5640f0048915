// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <memory>

class LocalServer;

namespace e2eserver {
class ServerProcess;
}

namespace roundtrip {

/** The barntid-server the roundtrip runs against, seeded with the demo municipality: on SQLite
 *  (LocalServer), or with BARNTID_ROUNDTRIP_BACKEND=postgres on a new database in the PostgreSQL
 *  cluster of BARNTID_TEST_POSTGRES. The database is made and dropped with createdb and dropdb:
 *  this process holds SQLCipher stores and loads no Qt SQL driver. */
class RoundtripServer
{
public:
    RoundtripServer();
    ~RoundtripServer();
    RoundtripServer(const RoundtripServer &) = delete;
    RoundtripServer &operator=(const RoundtripServer &) = delete;

    static bool wantsPostgres();
    /** Seeds, serves and waits until /v1/health answers; false with error() if not. */
    bool start(const QString &dir);
    QUrl url() const;
    /** The nightly journal export into `to` on the served database: the server writes
     *  journal_entry records no device may push. False with error() if it failed. */
    bool exportJournal(const QString &to);
    QString error() const { return m_error; }

private:
    bool startPostgres();
    /** createdb or dropdb on the cluster, for this run's database. */
    bool runClusterTool(const QString &tool);

    std::unique_ptr<LocalServer> m_local;
    std::unique_ptr<e2eserver::ServerProcess> m_process;
    QUrl m_cluster;
    QString m_databaseUrl; ///< PostgreSQL only
    QString m_database; ///< the PostgreSQL database made for this run; empty when none
    QString m_error;
};

} // namespace roundtrip
