// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawpagewriter.h"

#include "store/connection.h"
#include "store/migrations.h"
#include "store/securebytes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>
#include <sqlcipher/sqlite3.h>
#include <stdexcept>
#include <string>

namespace barntid::bench {

namespace {

const QHash<QString, QByteArray> &tableNames()
{
    static const QHash<QString, QByteArray> names {{QStringLiteral("case"), "cases"},
        {QStringLiteral("foster_home"), "foster_homes"}, {QStringLiteral("visit"), "visits"},
        {QStringLiteral("visit_amendment"), "visit_amendments"},
        {QStringLiteral("child_time"), "child_times"}, {QStringLiteral("contact"), "contacts"},
        {QStringLiteral("time_entry"), "time_entries"}, {QStringLiteral("slot"), "slots"},
        {QStringLiteral("booking"), "bookings"}, {QStringLiteral("review"), "reviews"},
        {QStringLiteral("access_event"), "access_events"}};
    return names;
}

void bindText(sqlite3_stmt *s, int index, const QByteArray &utf8)
{
    sqlite3_bind_text(s, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void bindValue(sqlite3_stmt *s, int index, const QJsonValue &v, bool integer)
{
    switch (v.type()) {
    case QJsonValue::String:
        bindText(s, index, v.toString().toUtf8());
        break;
    case QJsonValue::Bool:
        sqlite3_bind_int(s, index, v.toBool() ? 1 : 0);
        break;
    case QJsonValue::Double:
        if (integer)
            sqlite3_bind_int64(s, index, v.toInteger());
        else
            sqlite3_bind_double(s, index, v.toDouble());
        break;
    case QJsonValue::Array:
        bindText(s, index, QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::Object:
        bindText(s, index, QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        break;
    default:
        sqlite3_bind_null(s, index);
    }
}

} // namespace

RawPageWriter::RawPageWriter(const QString &path, const SecureBytes &key)
{
    {
        ConnectionOptions create;
        create.create = true;
        Connection schema(path, &key, create);
        Migrations::migrate(schema);
    }
    if (sqlite3_open_v2(
            path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK)
        throw std::runtime_error("raw open failed");
    std::string literal(3 + key.size() * 2, '\0');
    literal[0] = 'x';
    literal[1] = '\'';
    sodium_bin2hex(literal.data() + 2, key.size() * 2 + 1, key.data(), key.size());
    literal.back() = '\'';
    const int rc = sqlite3_key_v2(m_db, "main", literal.data(), int(literal.size()));
    sodium_memzero(literal.data(), literal.size());
    if (rc != SQLITE_OK)
        throw std::runtime_error("raw key failed");
    exec("PRAGMA cipher_memory_security = OFF");
    exec("SELECT count(*) FROM sqlite_schema");
    exec("PRAGMA journal_mode = WAL");
    exec("PRAGMA synchronous = FULL");
    exec("PRAGMA foreign_keys = ON");
    exec("PRAGMA temp_store = MEMORY");
    sqlite3_busy_timeout(m_db, 5000);
    m_begin = prepare("BEGIN IMMEDIATE");
    m_commit = prepare("COMMIT");
    m_cursor = prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('sync_cursor', ?)");
}

RawPageWriter::~RawPageWriter()
{
    for (const Table &t : std::as_const(m_tables)) {
        sqlite3_finalize(t.insert);
        sqlite3_finalize(t.remove);
    }
    sqlite3_finalize(m_begin);
    sqlite3_finalize(m_commit);
    sqlite3_finalize(m_cursor);
    sqlite3_close_v2(m_db);
}

void RawPageWriter::exec(const char *sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        throw std::runtime_error(std::string(sql) + ": " + sqlite3_errmsg(m_db));
}

sqlite3_stmt *RawPageWriter::prepare(const QByteArray &sql)
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v3(m_db, sql.constData(), -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr)
        != SQLITE_OK)
        throw std::runtime_error(sql.toStdString() + ": " + sqlite3_errmsg(m_db));
    return s;
}

void RawPageWriter::step(sqlite3_stmt *statement, const char *what)
{
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (rc != SQLITE_DONE)
        throw std::runtime_error(std::string(what) + ": " + sqlite3_errmsg(m_db));
}

RawPageWriter::Table &RawPageWriter::table(const QString &entity)
{
    auto found = m_tables.find(entity);
    if (found != m_tables.end())
        return *found;
    const QByteArray name = tableNames().value(entity);
    if (name.isEmpty())
        throw std::runtime_error("unknown entity " + entity.toStdString());
    Table t;
    sqlite3_stmt *info = prepare("PRAGMA table_info(" + name + ")");
    QByteArray columns, marks;
    while (sqlite3_step(info) == SQLITE_ROW) {
        const auto *column = reinterpret_cast<const char *>(sqlite3_column_text(info, 1));
        const auto *type = reinterpret_cast<const char *>(sqlite3_column_text(info, 2));
        t.columns.emplace_back(QString::fromUtf8(column), qstrcmp(type, "INTEGER") == 0);
        columns += (columns.isEmpty() ? "" : ", ") + QByteArray(column);
        marks += marks.isEmpty() ? "?" : ", ?";
    }
    sqlite3_finalize(info);
    t.insert
        = prepare("INSERT OR REPLACE INTO " + name + " (" + columns + ") VALUES (" + marks + ")");
    t.remove = prepare("DELETE FROM " + name + " WHERE id = ?");
    return *m_tables.insert(entity, t);
}

int RawPageWriter::writePage(const QByteArray &body)
{
    const QJsonObject page = QJsonDocument::fromJson(body).object();
    const QJsonArray changes = page.value(QLatin1StringView("changes")).toArray();
    step(m_begin, "begin");
    int written = 0;
    for (const QJsonValue &value : changes) {
        const QJsonObject change = value.toObject();
        Table &t = table(change.value(QLatin1StringView("entity")).toString());
        const QByteArray id = change.value(QLatin1StringView("id")).toString().toUtf8();
        if (change.value(QLatin1StringView("op")).toString() == u"delete") {
            bindText(t.remove, 1, id);
            step(t.remove, "delete");
            ++written;
            continue;
        }
        const QJsonObject data = change.value(QLatin1StringView("data")).toObject();
        int index = 1;
        for (const auto &[column, integer] : t.columns) {
            if (column == u"id")
                bindText(t.insert, index, id);
            else if (column == u"version")
                sqlite3_bind_int64(
                    t.insert, index, change.value(QLatin1StringView("version")).toInteger());
            else
                bindValue(t.insert, index, data.value(column), integer);
            ++index;
        }
        step(t.insert, "insert");
        ++written;
    }
    sqlite3_bind_int64(m_cursor, 1, page.value(QLatin1StringView("next")).toInteger());
    step(m_cursor, "cursor");
    step(m_commit, "commit");
    return written;
}

} // namespace barntid::bench
