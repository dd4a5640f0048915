// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryplans.h"

#include "benchdatabase.h"
#include "database.h"

#include <QHash>

#include <cstdio>

namespace barntid::bench {

namespace {

const QString columns = QStringLiteral(
    "SELECT entity, id, version, seq, deleted, locked, author_id, device_id, case_id, "
    "foster_home_id, parent_id, data, updated_at, received_at FROM records ");

/** A value as an SQL literal: EXPLAIN cannot be prepared with parameters on PostgreSQL. The
 *  values are ids and numbers this bench read from the database itself. */
QString literal(const QVariant &v)
{
    if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
        return v.toString();
    return u'\'' + v.toString().replace(u'\'', QStringLiteral("''")) + u'\'';
}

QString withLiterals(const QString &sql, const QVariantList &binds)
{
    QString out;
    qsizetype next = 0;
    for (const QChar c : sql) {
        if (c == u'?' && next < binds.size())
            out += literal(binds.at(next++));
        else
            out += c;
    }
    return out;
}

} // namespace

QueryPlans::QueryPlans(BenchDatabase &db)
    : m_db(db)
{ }

QString QueryPlans::one(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q = m_db.exec(sql, binds);
    return q.next() ? q.value(0).toString() : QString();
}

void QueryPlans::showLookup(const QString &dbName, const QString &name, const QString &head,
    const QList<QVariantList> &rows)
{
    using server::Database;
    const auto [sql, binds] = Database::rowsQuery(
        m_db.isSqlite() ? Database::Kind::Sqlite : Database::Kind::Postgres, head, rows);
    show(dbName, name, sql + u')', binds);
}

void QueryPlans::show(
    const QString &dbName, const QString &name, const QString &sql, const QVariantList &binds)
{
    std::printf("plan (%s): %s\n  %s\n", qPrintable(dbName), qPrintable(name), qPrintable(sql));
    if (m_db.isSqlite()) {
        // Rows of (id, parent, notused, detail): indent each under its parent.
        QSqlQuery q = m_db.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql, binds);
        QHash<int, int> depth;
        while (q.next()) {
            const int d = depth.value(q.value(1).toInt(), 0) + 1;
            depth.insert(q.value(0).toInt(), d);
            std::printf("%*s%s\n", 2 * d, "", qPrintable(q.value(3).toString()));
        }
    } else {
        QSqlQuery q
            = m_db.exec(QStringLiteral("EXPLAIN (ANALYZE, BUFFERS) ") + withLiterals(sql, binds));
        while (q.next())
            std::printf("    %s\n", qPrintable(q.value(0).toString()));
    }
    std::printf("\n");
    std::fflush(stdout);
}

void QueryPlans::print(const QString &dbName, const QString &workerUsername)
{
    const QString worker
        = one(QStringLiteral("SELECT id FROM users WHERE username = ?"), {workerUsername});
    const QString team = one(QStringLiteral("SELECT team_id FROM users WHERE id = ?"), {worker});
    const QString userKey = QStringLiteral("user:") + worker;
    const QString teamKey = QStringLiteral("team:") + team;
    const qint64 checkpoint
        = one(QStringLiteral("SELECT value FROM counters WHERE name = 'seq'"), {}).toLongLong();
    const qint64 midway = one(QStringLiteral("SELECT seq FROM changes WHERE key = ? ORDER BY seq "
                                             "LIMIT 1 OFFSET 2500"),
        {userKey})
                              .toLongLong();
    const auto idOf = [&](const char *entity) {
        return one(QStringLiteral("SELECT id FROM records WHERE entity = ? AND author_id = ? "
                                  "ORDER BY id LIMIT 1"),
            {QLatin1StringView(entity), worker});
    };
    const QString caseId = idOf("case"), visitId = idOf("visit"), slotId = idOf("slot"),
                  homeId = idOf("foster_home");
    const QString token = one(QStringLiteral("SELECT token_hash FROM devices WHERE user_id = ? "
                                             "AND token_hash IS NOT NULL LIMIT 1"),
        {worker});

    const QString pull = QStringLiteral(
        "SELECT c.seq, c.entity, c.id, r.version, r.deleted, r.data, a.key "
        "FROM changes c LEFT JOIN records r ON r.entity = c.entity AND r.id = c.id "
        "LEFT JOIN audience a ON a.entity = c.entity AND a.id = c.id AND a.key = c.key "
        "WHERE c.key = ? AND c.seq > ? AND c.seq <= ? ORDER BY c.seq LIMIT ?");
    show(dbName, QStringLiteral("pull, first page (syncservice.cpp)"), pull,
        {userKey, qint64(0), checkpoint, qint64(1001)});
    show(dbName, QStringLiteral("pull, a page midway"), pull,
        {userKey, midway, checkpoint, qint64(1001)});
    show(dbName, QStringLiteral("fetch one record (syncservice.cpp)"),
        QStringLiteral("SELECT r.version, r.deleted, r.data, a.key FROM records r LEFT JOIN "
                       "audience a ON a.entity = r.entity AND a.id = r.id AND a.key = ? WHERE "
                       "r.entity = ? AND r.id = ?"),
        {userKey, QStringLiteral("visit"), visitId});
    show(dbName, QStringLiteral("caller by token, every request (auth.cpp)"),
        QStringLiteral("SELECT d.id, d.wiped_at, d.revoked_at, d.token_expires_at, u.id, u.role, "
                       "u.team_id, u.foster_home_id, u.active, d.last_seen_at, d.must_reset FROM "
                       "devices d JOIN users u ON u.id = d.user_id WHERE d.token_hash = ?"),
        {token});
    const QList<QVariantList> keys {{QStringLiteral("case"), caseId},
        {QStringLiteral("visit"), visitId}, {QStringLiteral("slot"), slotId}};
    showLookup(dbName, QStringLiteral("audiences of a push's records (recordstore.cpp)"),
        QStringLiteral("SELECT entity, id, key FROM audience WHERE (entity, id) IN (VALUES "),
        keys);
    showLookup(dbName, QStringLiteral("a push's records by key (recordstore.cpp load)"),
        columns + QStringLiteral("WHERE (entity, id) IN (VALUES "), keys);
    show(dbName, QStringLiteral("one record by key (scope lookup)"),
        columns + QStringLiteral("WHERE entity = ? AND id = ?"), {QStringLiteral("case"), caseId});
    showLookup(dbName, QStringLiteral("dependents of a case (recordstore.cpp)"),
        columns + QStringLiteral("WHERE entity <> 'case' AND case_id IN (VALUES "), {{caseId}});
    showLookup(dbName, QStringLiteral("dependents of a foster home"),
        columns + QStringLiteral("WHERE entity <> 'foster_home' AND foster_home_id IN (VALUES "),
        {{homeId}});
    showLookup(dbName, QStringLiteral("children by parent: reviews, amendments"),
        columns + QStringLiteral("WHERE parent_id IN (VALUES "), {{visitId}});
    show(dbName, QStringLiteral("active booking of a slot (recordstore.cpp)"),
        columns + QStringLiteral("WHERE entity = 'booking' AND parent_id = ? AND deleted = 0"),
        {slotId});
    show(dbName, QStringLiteral("live slots of a worker, every slot written (recordstore.cpp)"),
        QStringLiteral("SELECT r.entity, r.id, r.data FROM records r JOIN audience a ON "
                       "a.entity = r.entity AND a.id = r.id WHERE a.entity = 'slot' AND "
                       "a.key = ? AND r.deleted = 0"),
        {userKey});
    show(dbName, QStringLiteral("homes placing a case, a case made protected (recordstore.cpp)"),
        columns
            + QStringLiteral("WHERE entity = 'foster_home' AND deleted = 0 AND id IN "
                             "(SELECT foster_home_id FROM placements WHERE case_id = ?)"),
        {caseId});
    show(dbName, QStringLiteral("workers of a home (accounts.cpp)"),
        QStringLiteral(
            "SELECT user_id FROM foster_home_workers WHERE foster_home_id = ? ORDER BY user_id"),
        {homeId});
    show(dbName, QStringLiteral("homes of a worker (accounts.cpp)"),
        QStringLiteral("SELECT foster_home_id FROM foster_home_workers WHERE user_id = ?"),
        {worker});
    show(dbName, QStringLiteral("team: name (supervisorapi.cpp)"),
        QStringLiteral("SELECT name FROM teams WHERE id = ?"), {team});
    show(dbName, QStringLiteral("team: devices"),
        QStringLiteral("SELECT d.user_id, d.id, d.name, d.last_seen_at FROM devices d JOIN users "
                       "u ON u.id = d.user_id WHERE u.team_id = ? AND d.revoked_at IS NULL AND "
                       "d.wiped_at IS NULL ORDER BY d.created_at, d.id"),
        {team});
    show(dbName, QStringLiteral("team: members"),
        QStringLiteral("SELECT id, username, display_name, role, active FROM users WHERE "
                       "team_id = ? ORDER BY username"),
        {team});
    show(dbName, QStringLiteral("team: access log (accesslog.cpp)"),
        QStringLiteral(
            "SELECT r.id, r.author_id, r.device_id, r.case_id, r.data, r.received_at, u.username, "
            "u.display_name, d.name FROM records r JOIN audience a ON a.entity = r.entity AND "
            "a.id = r.id AND a.key = ? LEFT JOIN users u ON u.id = r.author_id "
            "LEFT JOIN devices d ON d.id = r.device_id "
            "WHERE r.entity = 'access_event' AND r.deleted = 0"),
        {teamKey});
}

} // namespace barntid::bench
