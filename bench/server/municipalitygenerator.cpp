// SPDX-License-Identifier: GPL-3.0-or-later
#include "municipalitygenerator.h"

#include "accounts.h"
#include "adminwrites.h"
#include "caseworkmaker.h"
#include "database.h"
#include "schema.h"
#include "syncservice.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlQuery>

#include <cstdio>
#include <stdexcept>
#include <vector>

namespace barntid::bench {

namespace {

using server::Caller;

const QString password = QStringLiteral("barntid-demo"); // BenchDevice signs in with it
constexpr int pushLimit = 2'000; ///< mutations per push: big, but far below the body limit

const QStringList givenNames {QStringLiteral("Anna"), QStringLiteral("Johan"),
    QStringLiteral("Sara"), QStringLiteral("Per"), QStringLiteral("Karin"), QStringLiteral("Erik"),
    QStringLiteral("Lena"), QStringLiteral("Mats"), QStringLiteral("Eva"), QStringLiteral("Nils")};
const QStringList familyNames {QStringLiteral("Lindqvist"), QStringLiteral("Ek"),
    QStringLiteral("Holm"), QStringLiteral("Berg"), QStringLiteral("Sundin"),
    QStringLiteral("Norberg"), QStringLiteral("Sjögren"), QStringLiteral("Ahmadi")};

QString displayName(int team, int member)
{
    return givenNames.at((team + member) % givenNames.size()) + u' '
        + familyNames.at((team * 3 + member) % familyNames.size());
}

/** Pushes in batches of pushLimit; every mutation must be applied. Returns how many were. */
qint64 push(server::SyncService &sync, const Caller &caller, const QList<protocol::Mutation> &all)
{
    for (qsizetype at = 0; at < all.size(); at += pushLimit) {
        const protocol::PushResponse r
            = sync.push(caller, protocol::PushRequest {all.mid(at, pushLimit)});
        for (const protocol::MutationResult &m : r.results) {
            if (m.status != protocol::MutationResult::Status::Applied)
                throw std::runtime_error(
                    qPrintable(QStringLiteral("the generator's push was refused: %1 %2")
                                   .arg(m.errorCode, m.errorMessage)));
        }
    }
    return all.size();
}

} // namespace

MunicipalityGenerator::MunicipalityGenerator(const QString &databaseUrl, quint32 seed)
    : m_seed(seed)
    , m_clock(QDateTime::currentDateTimeUtc())
    , m_db(std::make_unique<server::Database>(
          databaseUrl, QStringLiteral("generator-%1").arg(quintptr(this))))
{
    server::Schema::migrate(*m_db);
    // Setup, not a measured write: the generator's own connection need not wait for the disk
    // (the server's connections keep their settings; the throwaway cluster has fsync off).
    // A page cache that holds the indexes: SQLite's default 2 MiB has every lookup of a push
    // read its pages again once the database outgrows it.
    if (m_db->kind() == server::Database::Kind::Sqlite) {
        m_db->exec(QStringLiteral("PRAGMA synchronous = OFF"));
        m_db->exec(QStringLiteral("PRAGMA cache_size = -524288"));
    } else {
        m_db->exec(QStringLiteral("SET synchronous_commit = off"));
    }
    // The server logs every push at info level; a million records would drown the bench's output.
    QLoggingCategory::setFilterRules(QStringLiteral("barntid.server.*.info=false"));
    m_records = records();
    m_accounts = std::make_unique<server::Accounts>(*m_db, m_clock);
    m_sync = std::make_unique<server::SyncService>(*m_db, *m_accounts, m_clock);
}

MunicipalityGenerator::~MunicipalityGenerator() = default;

QString MunicipalityGenerator::workerName(int team, int worker)
{
    return QStringLiteral("t%1.w%2").arg(team).arg(worker);
}

QString MunicipalityGenerator::supervisorName(int team)
{
    return QStringLiteral("t%1.sup").arg(team);
}

qint64 MunicipalityGenerator::addTeam(int years)
{
    const int team = m_teams++;
    const QString teamName = QStringLiteral("team%1").arg(team);
    // Quarters of 91 days, the last one ending this morning.
    const QDateTime start(QDate::currentDate().addDays(-91 * 4 * years), QTime(5, 0), Qt::UTC);
    std::vector<std::unique_ptr<CaseworkMaker>> makers;
    for (int w = 0; w < teamSize; ++w)
        makers.push_back(std::make_unique<CaseworkMaker>(m_seed, team, w));
    // The staff was hired before the years of work begin: nothing they sign is older.
    m_clock.set(start.addDays(-30));
    const auto callerOf = [&](const QString &username) {
        const server::Account a = *m_accounts->byUsername(username);
        return Caller {a.id, a.role, a.teamId, a.fosterHomeId, makers.front()->id(start)};
    };
    m_db->begin();
    m_accounts->addUser(supervisorName(team), displayName(team, teamSize),
        QStringLiteral("supervisor"), teamName, {}, password);
    for (int w = 0; w < teamSize; ++w) {
        m_accounts->addUser(workerName(team, w), displayName(team, w),
            QStringLiteral("social_worker"), teamName, {}, password);
    }
    m_db->commit();
    std::vector<Caller> workers, parents;
    qint64 written = 0;
    m_clock.set(start);
    for (int w = 0; w < teamSize; ++w) {
        workers.push_back(callerOf(workerName(team, w)));
        written += push(*m_sync, workers.back(), makers[w]->fosterHomes(start, 3));
    }
    // Each worker's first foster home has a foster parent who books the worker's slots.
    m_db->begin();
    for (int w = 0; w < teamSize; ++w) {
        m_accounts->addUser(QStringLiteral("t%1.fp%2").arg(team).arg(w),
            QStringLiteral("Familjen %1").arg(familyNames.at(w % familyNames.size())),
            QStringLiteral("foster_parent"), {}, makers[w]->firstHome(), password);
    }
    m_db->commit();
    for (int w = 0; w < teamSize; ++w) {
        server::AdminWrites::refreshFosterHome(*m_db, *m_accounts, m_clock, makers[w]->firstHome());
        parents.push_back(callerOf(QStringLiteral("t%1.fp%2").arg(team).arg(w)));
    }
    const Caller supervisor = callerOf(supervisorName(team));
    for (int q = 0; q < 4 * years; ++q) {
        const QDateTime from = start.addDays(91 * q);
        const QDateTime to = from.addDays(91);
        m_clock.set(to);
        QList<protocol::Mutation> reviews;
        for (int w = 0; w < teamSize; ++w) {
            if (q > 0 && q % 4 == 0)
                written += push(*m_sync, workers[w], makers[w]->fosterHomes(from, 1));
            written += push(*m_sync, workers[w], makers[w]->quarter(from, to));
            written += push(*m_sync, parents[w], makers[w]->bookings(to));
            reviews += makers[w]->reviews(to);
        }
        written += push(*m_sync, supervisor, reviews);
    }
    m_clock.set(QDateTime::currentDateTimeUtc());
    return written;
}

void MunicipalityGenerator::generate(int workers, int years, qint64 targetRecords)
{
    QElapsedTimer timer;
    timer.start();
    qint64 written = 0;
    // Every mutation the generator pushes makes a new record (an approval rewrites its visit),
    // so the count needs no query per team.
    for (int w = 0; targetRecords > 0 ? m_records < targetRecords : w < workers; w += teamSize) {
        const qint64 added = addTeam(years);
        written += added;
        m_records += added;
    }
    // PostgreSQL's autovacuum analyses a table after a bulk load like this one; the bench does
    // it at once so the plans are those of a settled database. SQLite keeps no statistics unless
    // asked, and the server never asks: it is measured as it runs.
    if (m_db->kind() == server::Database::Kind::Postgres)
        m_db->exec(QStringLiteral("ANALYZE"));
    const double seconds = double(timer.elapsed()) / 1000.0;
    const qint64 total = records();
    std::fprintf(stderr,
        "bench_server: generated %d teams, %lld mutations, %lld records in %.1f s (%.0f "
        "records/s)\n",
        m_teams, static_cast<long long>(written), static_cast<long long>(total), seconds,
        seconds > 0 ? double(total) / seconds : 0.0);
}

qint64 MunicipalityGenerator::records()
{
    QSqlQuery q = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM records"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace barntid::bench
