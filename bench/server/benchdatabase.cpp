// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchdatabase.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUrl>

#include <cstdio>
#include <stdexcept>

namespace barntid::bench {

namespace {

[[noreturn]] void fail(const QString &what, const QSqlError &error)
{
    throw std::runtime_error(qPrintable(what + QStringLiteral(": ") + error.text()));
}

/** A QPSQL connection named name to the database dbName of the cluster at url. */
QSqlDatabase openPostgres(const QString &url, const QString &dbName, const QString &name)
{
    const QUrl u(url);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(u.host());
    db.setPort(u.port(5432));
    db.setUserName(u.userName());
    db.setPassword(u.password());
    db.setDatabaseName(dbName.isEmpty() ? u.path().mid(1) : dbName);
    if (!db.open())
        fail(QStringLiteral("cannot connect to PostgreSQL at ") + u.host(), db.lastError());
    return db;
}

QString randomSuffix()
{
    return QString::number(QRandomGenerator::system()->generate64() & 0xffffffffffffULL, 36);
}

void execOn(const QString &connection, const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(connection, false));
    if (!q.exec(sql))
        fail(sql, q.lastError());
}

} // namespace

std::unique_ptr<BenchDatabase> BenchDatabase::sqlite(const QString &dir)
{
    std::unique_ptr<BenchDatabase> db(new BenchDatabase);
    db->m_sqlitePath = QDir(dir).filePath(QStringLiteral("bench-server-%1.db").arg(randomSuffix()));
    db->m_url = QStringLiteral("sqlite:") + db->m_sqlitePath;
    db->m_connection = QStringLiteral("bench-sqlite");
    return db;
}

std::unique_ptr<BenchDatabase> BenchDatabase::postgres(const QString &clusterUrl)
{
    std::unique_ptr<BenchDatabase> db(new BenchDatabase);
    db->m_clusterUrl = clusterUrl;
    db->m_pgName = QStringLiteral("bench_") + randomSuffix();
    db->m_connection = QStringLiteral("bench-postgresql");
    const QString admin = QStringLiteral("bench-admin");
    {
        openPostgres(clusterUrl, {}, admin);
        execOn(admin, QStringLiteral("CREATE DATABASE ") + db->m_pgName);
        QSqlDatabase::database(admin, false).close();
    }
    QSqlDatabase::removeDatabase(admin);
    QUrl u(clusterUrl);
    u.setPath(u'/' + db->m_pgName);
    db->m_url = u.toString();
    return db;
}

BenchDatabase::~BenchDatabase()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
    if (isSqlite()) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(m_sqlitePath + QLatin1StringView(suffix));
        return;
    }
    const QString admin = QStringLiteral("bench-admin");
    try {
        openPostgres(m_clusterUrl, {}, admin);
        execOn(admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName));
    } catch (const std::exception &e) {
        std::fprintf(
            stderr, "bench_server: could not drop %s: %s\n", qPrintable(m_pgName), e.what());
    }
    QSqlDatabase::database(admin, false).close();
    QSqlDatabase::removeDatabase(admin);
}

void BenchDatabase::open()
{
    if (isSqlite()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            fail(QStringLiteral("cannot open ") + m_sqlitePath, db.lastError());
        // The server's own settings (server/database.cpp).
        exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        exec(QStringLiteral("PRAGMA synchronous = FULL"));
        exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        return;
    }
    openPostgres(m_clusterUrl, m_pgName, m_connection);
}

QSqlQuery BenchDatabase::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (binds.isEmpty()) {
        if (!q.exec(sql))
            fail(sql.left(80), q.lastError());
        return q;
    }
    if (!q.prepare(sql))
        fail(sql.left(80), q.lastError());
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        fail(sql.left(80), q.lastError());
    return q;
}

} // namespace barntid::bench
