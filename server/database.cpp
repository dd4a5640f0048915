// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "servererror.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QUrl>

Q_LOGGING_CATEGORY(lcDb, "barntid.server.db")

namespace barntid::server {

namespace {

/** SQLite's SQLITE_FULL, PostgreSQL's disk_full and out of memory (SQLSTATE 53100, 53200). */
bool isStorageFull(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == u"13" || code == u"53100" || code == u"53200";
}

/** The disk refused a read or write: SQLite's SQLITE_IOERR (with or without its extended
 *  code), PostgreSQL's io_error (SQLSTATE 58030). */
bool isStorageError(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    bool numeric = false;
    const int sqlite = code.toInt(&numeric);
    return (numeric && code.size() <= 4 && (sqlite & 0xff) == 10) || code == u"58030";
}

[[noreturn]] void fail(const QSqlError &error, const char *what)
{
    // The driver text can quote values; log only the codes.
    qCWarning(lcDb) << what << "failed:" << error.type() << error.nativeErrorCode();
    // Neither is the request's fault, and both may pass: the device keeps the work and tries
    // again, and the operator reads why in the log.
    if (isStorageFull(error)) {
        qCCritical(lcDb) << "the database has no room left: free space on its disk";
        throw ServerError {503, QStringLiteral("storage_full"),
            QStringLiteral("the server cannot store anything right now; try again later"),
            QByteArrayLiteral("60")};
    }
    if (isStorageError(error)) {
        qCCritical(lcDb) << "the database's disk reported an I/O error: check the disk";
        throw ServerError {503, QStringLiteral("storage_error"),
            QStringLiteral("the server could not use its storage; try again later"),
            QByteArrayLiteral("60")};
    }
    throw ServerError {
        500, QStringLiteral("internal"), QStringLiteral("a database error occurred")};
}

} // namespace

bool Database::isUrl(const QString &url)
{
    return (url.startsWith(u"sqlite:") && url.size() > 7) || url.startsWith(u"postgresql://")
        || url.startsWith(u"postgres://");
}

Database::Database(const QString &url, const QString &connectionName)
    : m_name(connectionName)
{
    if (!isUrl(url))
        throw ServerError {400, QStringLiteral("bad_url"),
            QStringLiteral(
                "the database URL must be sqlite:PATH or postgresql://user@host:port/db")};
    QSqlDatabase db;
    if (url.startsWith(u"sqlite:")) {
        m_kind = Kind::Sqlite;
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(url.mid(7));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        m_kind = Kind::Postgres;
        const QUrl u(url);
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setPassword(u.password().isEmpty() ? qEnvironmentVariable("PGPASSWORD") : u.password());
        db.setDatabaseName(u.path().mid(1));
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    if (!db.open()) {
        qCWarning(lcDb) << "cannot open the database:" << db.lastError().nativeErrorCode();
        throw ServerError {503, QStringLiteral("database_unavailable"),
            QStringLiteral("the database cannot be opened: %1").arg(db.lastError().databaseText())};
    }
    if (m_kind == Kind::Sqlite) {
        // FULL: an acknowledged push survives a power cut, not only a killed process.
        exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        exec(QStringLiteral("PRAGMA synchronous = FULL"));
        exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
}

Database::~Database()
{
    m_prepared.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool Database::reopen()
{
    m_prepared.clear();
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    db.close();
    if (!db.open())
        return false;
    qCInfo(lcDb) << "reconnected to the database";
    return true;
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &binds)
{
    ++m_statements;
    // A PostgreSQL restart drops the connection: outside a transaction, reconnect once and retry.
    for (int attempt = 0;; ++attempt) {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.setForwardOnly(true);
        bool ok = binds.isEmpty() ? q.exec(sql) : q.prepare(sql);
        if (ok && !binds.isEmpty()) {
            for (const QVariant &v : binds)
                q.addBindValue(v);
            ok = q.exec();
        }
        if (ok)
            return q;
        const bool lost = q.lastError().type() == QSqlError::ConnectionError
            || !QSqlDatabase::database(m_name, false).isOpen();
        if (attempt > 0 || m_inTransaction || m_kind != Kind::Postgres || !lost || !reopen())
            fail(q.lastError(), "query");
    }
}

QSqlQuery &Database::run(const QString &sql, const QVariantList &binds)
{
    constexpr size_t maxPrepared = 256;
    ++m_statements;
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        if (m_prepared.size() >= maxPrepared)
            m_prepared.clear();
        auto q = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_name, false));
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            fail(q->lastError(), "prepare");
        it = m_prepared.emplace(sql, std::move(q)).first;
    }
    QSqlQuery &q = *it->second;
    q.finish();
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        m_prepared.erase(it);
        fail(error, "query");
    }
    return q;
}

void Database::finishAll()
{
    for (auto &[sql, query] : m_prepared)
        query->finish();
}

qsizetype Database::chunkRows(const QList<QVariantList> &rows) const
{
    // PostgreSQL allows 65535 binds per statement.
    const qsizetype binds = m_kind == Kind::Sqlite ? sqliteBindsPerStatement : 30000;
    const qsizetype columns = rows.isEmpty() ? 1 : qMax<qsizetype>(1, rows.first().size());
    return qMax<qsizetype>(1, binds / columns);
}

QString Database::valuesList(const QList<QVariantList> &rows)
{
    QString out;
    out.reserve(rows.size() * 16);
    for (const QVariantList &row : rows) {
        out += out.isEmpty() ? u"(" : u", (";
        for (qsizetype i = 0; i < row.size(); ++i)
            out += i == 0 ? u"?" : u", ?";
        out += u')';
    }
    return out;
}

QString Database::rowsIn(const QString &head, const QList<QVariantList> &rows)
{
    if (rows.first().size() > 1 && head.endsWith(u"IN (VALUES "))
        return head.chopped(7) + QStringLiteral("SELECT * FROM (VALUES ") + valuesList(rows)
            + QStringLiteral(") AS v");
    return head + valuesList(rows);
}

std::pair<QString, QVariantList> Database::rowsQuery(
    Kind kind, const QString &head, const QList<QVariantList> &rows)
{
    if (kind == Kind::Postgres)
        return {unnestHead(head, rows), unnestArrays(rows)};
    return {rowsIn(head, rows), flatten(rows)};
}

QVariantList Database::flatten(const QList<QVariantList> &rows)
{
    QVariantList all;
    for (const QVariantList &row : rows)
        all += row;
    return all;
}

namespace {

bool isNumber(const QVariant &v)
{
    switch (v.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return true;
    default:
        return false;
    }
}

/** One column of rows as a PostgreSQL array literal: {"a","b",NULL} or {1,2,NULL}. */
QString arrayLiteral(const QList<QVariantList> &rows, qsizetype column, bool numbers)
{
    QString out;
    out.reserve(rows.size() * 40);
    out += u'{';
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (r > 0)
            out += u',';
        const QVariant &v = rows.at(r).at(column);
        if (v.isNull()) {
            out += QLatin1StringView("NULL");
        } else if (numbers) {
            out += QString::number(v.toLongLong());
        } else {
            out += u'"';
            const QString text = v.toString();
            for (const QChar c : text) {
                if (c == u'"' || c == u'\\')
                    out += u'\\';
                out += c;
            }
            out += u'"';
        }
    }
    out += u'}';
    return out;
}

} // namespace

QString Database::unnestSelect(const QList<QVariantList> &rows)
{
    return QStringLiteral("SELECT * FROM ") + unnestCall(rows);
}

QString Database::unnestCall(const QList<QVariantList> &rows)
{
    QString call = QStringLiteral("unnest(");
    const QVariantList &first = rows.first();
    for (qsizetype c = 0; c < first.size(); ++c) {
        if (c > 0)
            call += QLatin1StringView(", ");
        call += isNumber(first.at(c)) ? QLatin1StringView("?::bigint[]")
                                      : QLatin1StringView("?::text[]");
    }
    return call + u')';
}

QVariantList Database::unnestArrays(const QList<QVariantList> &rows)
{
    QVariantList arrays;
    const QVariantList &first = rows.first();
    for (qsizetype c = 0; c < first.size(); ++c)
        arrays.append(arrayLiteral(rows, c, isNumber(first.at(c))));
    return arrays;
}

QString Database::unnestHead(const QString &head, const QList<QVariantList> &rows)
{
    Q_ASSERT(head.endsWith(u"VALUES "));
    return head.chopped(7) + unnestSelect(rows);
}

void Database::execRows(const QString &head, const QList<QVariantList> &rows, const QString &tail)
{
    // PostgreSQL: one array per column through unnest. The Qt driver formats every bound value
    // into the statement text; 13 arrays cost a fraction of 6,500 single values.
    if (m_kind == Kind::Postgres && head.startsWith(u"INSERT INTO") && !rows.isEmpty()) {
        run(head + u' ' + unnestSelect(rows) + tail, unnestArrays(rows));
        return;
    }
    for (qsizetype at = 0; at < rows.size(); at += chunkRows(rows)) {
        const QList<QVariantList> part = rows.mid(at, chunkRows(rows));
        // "DELETE … WHERE (a, b) IN (" as in selectRows: a subquery, so the index is searched.
        const QString values = head.endsWith(u"IN (") && part.first().size() > 1
            ? QStringLiteral(" SELECT * FROM (VALUES ") + valuesList(part)
                + QStringLiteral(") AS v")
            : QStringLiteral(" VALUES ") + valuesList(part);
        run(head + values + tail, flatten(part));
    }
}

void Database::insertRows(
    const QString &head, const QList<QVariantList> &rows, const QVariantList &constants)
{
    if (rows.isEmpty())
        return;
    QString shared;
    for (qsizetype i = 0; i < constants.size(); ++i)
        shared += QLatin1StringView(", ?");
    // Placeholders are numbered in the order of the text: the constants come first.
    if (m_kind == Kind::Postgres) {
        run(head + QStringLiteral(" SELECT t.*") + shared + QStringLiteral(" FROM ")
                + unnestCall(rows) + QStringLiteral(" AS t"),
            constants + unnestArrays(rows));
        return;
    }
    const qsizetype columns = rows.first().size();
    const qsizetype chunk
        = qMax<qsizetype>(1, (sqliteBindsPerStatement - constants.size()) / columns);
    for (qsizetype at = 0; at < rows.size(); at += chunk) {
        const QList<QVariantList> part = rows.mid(at, chunk);
        run(head + QStringLiteral(" SELECT *") + shared + QStringLiteral(" FROM (VALUES ")
                + valuesList(part) + u')',
            constants + flatten(part));
    }
}

QVariant Database::orNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

void Database::takeWriterTurn()
{
    static std::mutex sqliteWriter;
    if (m_kind == Kind::Sqlite && !m_writerTurn.owns_lock())
        m_writerTurn = std::unique_lock<std::mutex>(sqliteWriter);
}

void Database::beginWrite()
{
    finishAll();
    takeWriterTurn();
    try {
        exec(m_kind == Kind::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
        m_inTransaction = true;
        if (m_kind == Kind::Postgres)
            exec(QStringLiteral("SELECT value FROM counters WHERE name = 'seq' FOR UPDATE"));
    } catch (...) {
        rollback();
        throw;
    }
}

void Database::begin()
{
    finishAll();
    takeWriterTurn();
    try {
        exec(QStringLiteral("BEGIN"));
    } catch (...) {
        rollback();
        throw;
    }
    m_inTransaction = true;
}

void Database::commit()
{
    finishAll();
    exec(QStringLiteral("COMMIT"));
    m_inTransaction = false;
    if (m_writerTurn.owns_lock())
        m_writerTurn.unlock();
}

void Database::rollback()
{
    finishAll();
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    q.exec(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
    if (m_writerTurn.owns_lock())
        m_writerTurn.unlock();
}

WriteTransaction::~WriteTransaction()
{
    if (!m_done)
        m_db.rollback();
}

void WriteTransaction::commit()
{
    m_db.commit();
    m_done = true;
}

} // namespace barntid::server
