// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clock.h"

#include <QString>

#include <memory>

namespace barntid::server {
class Accounts;
class Database;
class SyncService;
} // namespace barntid::server

namespace barntid::bench {

/** A synthetic municipality for the size figure (issue 15, item 5): teams of a supervisor and
 *  eight social workers, each worker with a caseload, foster homes and a foster parent, and years
 *  of their work quarter by quarter. It writes in-process through the server's own write path
 *  (Accounts, SyncService::push with a Caller, as server/demoseed.cpp does), with the server's
 *  clock set to each quarter's end, so every record passes the same rules a device's push does.
 *  The years end today; on the same day the same seed writes the same records, ids included.
 *  Every account's password is the demo one, so BenchDevice can sign in. */
class MunicipalityGenerator
{
public:
    static constexpr int teamSize = 8;

    MunicipalityGenerator(const QString &databaseUrl, quint32 seed);
    ~MunicipalityGenerator();
    MunicipalityGenerator(const MunicipalityGenerator &) = delete;
    MunicipalityGenerator &operator=(const MunicipalityGenerator &) = delete;

    /** Adds one team with `years` of work ending today; returns the records it wrote. */
    qint64 addTeam(int years);
    /** Adds teams of `years` until there are `workers` social workers or, when targetRecords > 0,
     *  until the database holds that many records; prints records/s to stderr. */
    void generate(int workers, int years, qint64 targetRecords = 0);
    /** Rows in the records table now. */
    qint64 records();
    int teams() const { return m_teams; }
    server::Database &database() { return *m_db; }

    static QString workerName(int team, int worker);
    static QString supervisorName(int team);

private:
    quint32 m_seed;
    int m_teams = 0;
    qint64 m_records = 0; ///< in the database, counted as the generator writes them
    ManualClock m_clock;
    std::unique_ptr<server::Database> m_db;
    std::unique_ptr<server::Accounts> m_accounts;
    std::unique_ptr<server::SyncService> m_sync;
};

} // namespace barntid::bench
