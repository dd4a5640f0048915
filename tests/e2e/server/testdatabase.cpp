// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include "serverprocess.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>

namespace e2eserver {

namespace {

const QString adminConnection = QStringLiteral("e2e_pg_admin");
const char postgresVariable[] = "BARNTID_TEST_POSTGRES";

// Seeded once per test process and backend, then copied for every test that wants demo data.
struct Templates
{
    std::unique_ptr<QTemporaryDir> sqliteDir;
    QString sqlitePath;
    QString postgresName;
};

Templates &templates()
{
    static Templates t;
    return t;
}

QString uniqueName(const char *prefix)
{
    return QStringLiteral("%1_%2_%3")
        .arg(QLatin1StringView(prefix))
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

QUrl clusterUrl()
{
    return QUrl(qEnvironmentVariable(postgresVariable));
}

QString postgresUrl(const QString &dbName)
{
    QUrl u = clusterUrl();
    u.setPath(u'/' + dbName);
    return u.toString();
}

QSqlDatabase openPostgres(const QString &connection, const QString &dbName, QString *error)
{
    const QUrl u = clusterUrl();
    QSqlDatabase db = QSqlDatabase::contains(connection)
        ? QSqlDatabase::database(connection, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
    if (db.isOpen())
        return db;
    db.setHostName(u.host());
    db.setPort(u.port(5432));
    db.setUserName(u.userName());
    db.setPassword(u.password());
    db.setDatabaseName(dbName.isEmpty() ? u.path().mid(1) : dbName);
    if (!db.open() && error)
        *error = QStringLiteral("cannot connect to PostgreSQL: ") + db.lastError().text();
    return db;
}

/** Runs DDL on the cluster's own database (CREATE/DROP DATABASE cannot run inside one). */
QString adminExec(const QString &sql)
{
    QString error;
    QSqlDatabase db = openPostgres(adminConnection, {}, &error);
    if (!error.isEmpty())
        return error;
    QSqlQuery q(db);
    if (!q.exec(sql))
        return sql + QStringLiteral(": ") + q.lastError().text();
    return {};
}

QString seedInto(const QString &url)
{
    const CliRun run = runServerCli(
        {QStringLiteral("seed"), QStringLiteral("--demo"), QStringLiteral("--database"), url});
    return run.ok() ? QString() : QStringLiteral("seed --demo failed: ") + run.describe();
}

QString ensureTemplate(Backend backend)
{
    Templates &t = templates();
    if (backend == Backend::Sqlite) {
        if (t.sqliteDir)
            return {};
        auto dir = std::make_unique<QTemporaryDir>();
        const QString path = dir->filePath(QStringLiteral("template.db"));
        if (const QString error = seedInto(QStringLiteral("sqlite:") + path); !error.isEmpty())
            return error;
        t.sqliteDir = std::move(dir);
        t.sqlitePath = path;
        return {};
    }
    if (!t.postgresName.isEmpty())
        return {};
    const QString name = uniqueName("tpl");
    if (const QString error = adminExec(QStringLiteral("CREATE DATABASE ") + name);
        !error.isEmpty())
        return error;
    if (const QString error = seedInto(postgresUrl(name)); !error.isEmpty()) {
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        return error;
    }
    t.postgresName = name;
    return {};
}

} // namespace

QString TestDatabase::unavailableReason(Backend backend)
{
    if (backend == Backend::Postgres && qEnvironmentVariableIsEmpty(postgresVariable))
        return QStringLiteral("BARNTID_TEST_POSTGRES is not set (scripts/test starts a throwaway "
                              "PostgreSQL and sets it); the PostgreSQL rows cannot run");
    return {};
}

void TestDatabase::dropTemplates()
{
    Templates &t = templates();
    t.sqliteDir.reset();
    if (!t.postgresName.isEmpty())
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(t.postgresName));
    t.postgresName.clear();
    if (QSqlDatabase::contains(adminConnection)) {
        QSqlDatabase::database(adminConnection, false).close();
        QSqlDatabase::removeDatabase(adminConnection);
    }
}

TestDatabase::TestDatabase(Backend backend, bool seeded)
    : m_backend(backend)
    , m_connection(uniqueName("conn"))
{
    m_error = unavailableReason(backend);
    if (!m_error.isEmpty())
        return;
    if (seeded)
        m_error = ensureTemplate(backend);
    if (!m_error.isEmpty())
        return;
    if (backend == Backend::Sqlite) {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString path = m_dir->filePath(QStringLiteral("server.db"));
        if (seeded) {
            const QString from = templates().sqlitePath;
            for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
                if (QFile::exists(from + suffix) && !QFile::copy(from + suffix, path + suffix))
                    m_error = QStringLiteral("cannot copy the seeded template");
            }
        }
        m_url = QStringLiteral("sqlite:") + path;
    } else {
        m_dbName = uniqueName("t");
        m_error = adminExec(QStringLiteral("CREATE DATABASE ") + m_dbName
            + (seeded ? QStringLiteral(" TEMPLATE ") + templates().postgresName : QString()));
        m_url = postgresUrl(m_dbName);
    }
    if (m_error.isEmpty() && seeded && !open())
        m_error = QStringLiteral("cannot open the test database: ") + m_lastError;
}

TestDatabase::~TestDatabase()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
    if (!m_dbName.isEmpty())
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_dbName));
}

bool TestDatabase::open()
{
    if (QSqlDatabase::contains(m_connection)
        && QSqlDatabase::database(m_connection, false).isOpen())
        return true;
    if (m_backend == Backend::Postgres) {
        openPostgres(m_connection, m_dbName, &m_lastError);
        return m_lastError.isEmpty();
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_url.mid(7));
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        m_lastError = db.lastError().text();
        return false;
    }
    return true;
}

QSqlQuery TestDatabase::query(const QString &sql, const QVariantList &binds)
{
    m_lastError.clear();
    if (!open())
        return QSqlQuery();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    bool ok = q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    ok = ok && q.exec();
    if (!ok)
        m_lastError = sql + QStringLiteral(": ") + q.lastError().text();
    return q;
}

QList<QVariantList> TestDatabase::rows(const QString &sql, const QVariantList &binds)
{
    QList<QVariantList> out;
    QSqlQuery q = query(sql, binds);
    while (m_lastError.isEmpty() && q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i);
        out << row;
    }
    q.finish();
    return out;
}

QString TestDatabase::text(const QString &sql, const QVariantList &binds)
{
    const QList<QVariantList> all = rows(sql, binds);
    return all.isEmpty() ? QString() : all.first().value(0).toString();
}

qint64 TestDatabase::number(const QString &sql, const QVariantList &binds)
{
    const QList<QVariantList> all = rows(sql, binds);
    return m_lastError.isEmpty() && !all.isEmpty() ? all.first().value(0).toLongLong() : -1;
}

QMap<QString, qint64> TestDatabase::counts()
{
    QMap<QString, qint64> out;
    for (const char *table :
        {"records", "changes", "audience", "mutations", "conflicts", "users", "devices"})
        out.insert(QLatin1StringView(table),
            number(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1StringView(table)));
    out.insert(QStringLiteral("seq"),
        number(QStringLiteral("SELECT value FROM counters WHERE name = 'seq'")));
    return out;
}

QStringList TestDatabase::recordVersions()
{
    QStringList out;
    for (const QVariantList &row :
        rows(QStringLiteral("SELECT entity, id, version, seq, deleted, locked, data "
                            "FROM records ORDER BY entity, id"))) {
        out << QStringLiteral("%1/%2 v%3 s%4 d%5 l%6 %7")
                   .arg(row.at(0).toString(), row.at(1).toString())
                   .arg(row.at(2).toLongLong())
                   .arg(row.at(3).toLongLong())
                   .arg(row.at(4).toInt())
                   .arg(row.at(5).toInt())
                   .arg(row.at(6).toString());
    }
    return out;
}

} // namespace e2eserver
