// SPDX-License-Identifier: GPL-3.0-or-later
// (f): loading a long visit list. The baseline runs the query VisitRepository::list runs, on the
// same connection, and reads every column with the C API; the difference is what the store
// spends turning rows into JSON and Visit values.
#include "benchtiming.h"
#include "domain/clock.h"
#include "domain/ids.h"
#include "store/entitytable.h"
#include "store/store.h"
#include "store/transaction.h"
#include "store/visitrepository.h"
#include "storebench.h"
#include "visitfixture.h"

#include <QDir>
#include <QTemporaryDir>

#include <sqlcipher/sqlite3.h>
#include <stdexcept>

namespace barntid::bench {

namespace {

/** Steps every row and touches every column as a hand-written reader would. */
qint64 rawList(sqlite3 *db)
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(
            db, "SELECT * FROM visits WHERE deleted = 0 ORDER BY created_at", -1, &s, nullptr)
        != SQLITE_OK)
        throw std::runtime_error(sqlite3_errmsg(db));
    qint64 rows = 0;
    qint64 checksum = 0;
    const int columns = sqlite3_column_count(s);
    while (sqlite3_step(s) == SQLITE_ROW) {
        ++rows;
        for (int c = 0; c < columns; ++c) {
            switch (sqlite3_column_type(s, c)) {
            case SQLITE_TEXT:
                checksum += sqlite3_column_text(s, c)[0] + sqlite3_column_bytes(s, c);
                break;
            case SQLITE_INTEGER:
                checksum += sqlite3_column_int64(s, c);
                break;
            case SQLITE_FLOAT:
                checksum += qint64(sqlite3_column_double(s, c));
                break;
            default:
                break;
            }
        }
    }
    sqlite3_finalize(s);
    return checksum != 0 ? rows : -1;
}

void fill(Store &store, const VisitFixture &fixture, int count)
{
    // Filled in one transaction through the store's own column mapping: the rows are exactly
    // what VisitRepository::create leaves, without waiting for one fsync per visit.
    const EntityTable &table = entityTable(Visit::entity);
    Connection &connection = store.connection();
    Transaction tx(connection);
    for (int i = 0; i < count; ++i) {
        Statement &upsert = connection.cached(table.upsertSql.constData());
        table.bindRecord(upsert, fixture.stampedRecord(i));
        upsert.run();
    }
    tx.commit();
}

} // namespace

void benchListLoad(const BenchConfig &config)
{
    QTemporaryDir dir(QDir(config.tempDir).filePath(QStringLiteral("list-XXXXXX")));
    if (!dir.isValid())
        throw std::runtime_error("no temporary directory");
    Store store(dir.filePath(QStringLiteral("store")), systemClock());
    store.initialize(benchPin);
    fill(store, VisitFixture(newId(), store.deviceId()), config.listRows);
    VisitRepository visits(store);

    const qsizetype expected = config.listRows;
    if (visits.list().size() != expected || rawList(store.connection().handle()) != expected)
        throw std::runtime_error("the list benchmark did not read every visit");
    std::vector<double> ours, raw;
    for (int round = 0; round < config.rounds; ++round) {
        ours.push_back(elapsedMs([&] { visits.list(); }));
        raw.push_back(elapsedMs([&] { rawList(store.connection().handle()); }));
    }
    const QByteArray name
        = QByteArray("list load (") + QByteArray::number(config.listRows) + " visits)";
    printRatio(name.constData(), median(ours), median(raw), "ms", "ours", "raw sqlcipher");
}

} // namespace barntid::bench
