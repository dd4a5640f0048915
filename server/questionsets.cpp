// SPDX-License-Identifier: GPL-3.0-or-later
#include "questionsets.h"

#include "audit.h"
#include "caller.h"
#include "database.h"
#include "domain/timeformat.h"
#include "servererror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace barntid::server {

namespace {

ServerError invalidFile(const QString &message)
{
    return ServerError {400, QStringLiteral("invalid"), message};
}

QByteArray canonical(const QuestionSet &set)
{
    return QJsonDocument(set.content()).toJson(QJsonDocument::Compact);
}

} // namespace

QuestionSets::QuestionSets(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

QList<QuestionSet> QuestionSets::parseFile(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        throw invalidFile(QStringLiteral("the file is not a JSON object (at byte %1: %2)")
                              .arg(parseError.offset)
                              .arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    QJsonArray items;
    if (root.contains(QLatin1StringView("question_sets"))) {
        if (root.size() != 1 || !root.value(QLatin1StringView("question_sets")).isArray())
            throw invalidFile(QStringLiteral("the file is one set or {\"question_sets\": [...]}"));
        items = root.value(QLatin1StringView("question_sets")).toArray();
    } else {
        items.append(root);
    }
    if (items.isEmpty())
        throw invalidFile(QStringLiteral("the file holds no question set"));
    QList<QuestionSet> sets;
    QSet<QString> ids;
    for (const QJsonValue &item : std::as_const(items)) {
        QString error;
        const std::optional<QuestionSet> set = QuestionSet::fromJson(item.toObject(), &error);
        if (!set)
            throw invalidFile(error.isEmpty() ? QStringLiteral("a set is not an object") : error);
        if (ids.contains(set->id))
            throw invalidFile(QStringLiteral("set %1 is in the file twice").arg(set->id));
        ids.insert(set->id);
        sets.append(*set);
    }
    return sets;
}

QList<QuestionSets::Imported> QuestionSets::import(const QList<QuestionSet> &sets)
{
    QList<Imported> out;
    const QString now = toRfc3339(m_clock.now());
    m_db.begin();
    try {
        for (QuestionSet set : sets) {
            QSqlQuery q = m_db.exec(QStringLiteral("SELECT version, body FROM question_sets WHERE "
                                                   "id = ? ORDER BY version DESC LIMIT 1"),
                {set.id});
            int newest = 0;
            QByteArray body;
            if (q.next()) {
                newest = q.value(0).toInt();
                body = q.value(1).toString().toUtf8();
            }
            q.finish();
            if (newest > 0 && body == canonical(set)) {
                set.version = newest;
                out.append({set, false});
                continue;
            }
            set.version = newest + 1;
            m_db.exec(QStringLiteral("INSERT INTO question_sets (id, version, body, imported_at) "
                                     "VALUES (?, ?, ?, ?)"),
                {set.id, set.version, QString::fromUtf8(canonical(set)), now});
            out.append({set, true});
        }
        m_db.commit();
    } catch (...) {
        m_db.rollback();
        throw;
    }
    return out;
}

QList<QuestionSet> QuestionSets::all()
{
    QList<QuestionSet> sets;
    QSqlQuery q
        = m_db.exec(QStringLiteral("SELECT version, body FROM question_sets ORDER BY id, version"));
    while (q.next()) {
        QString error;
        std::optional<QuestionSet> set = QuestionSet::fromJson(
            QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(), &error);
        // Stored only after the same check: a row that fails it was written by hand.
        if (!set)
            throw ServerError {500, QStringLiteral("internal"),
                QStringLiteral("a stored question set is damaged")};
        set->version = q.value(0).toInt();
        sets.append(*set);
    }
    return sets;
}

std::optional<QuestionSet> QuestionSets::find(const QString &id, int version)
{
    QSqlQuery q
        = m_db.exec(QStringLiteral("SELECT body FROM question_sets WHERE id = ? AND version = ?"),
            {id, version});
    if (!q.next())
        return std::nullopt;
    std::optional<QuestionSet> set = QuestionSet::fromJson(
        QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(), nullptr);
    if (set)
        set->version = version;
    return set;
}

QJsonObject QuestionSets::read(const Caller &caller)
{
    const auto refuse = [&](const QString &outcome) {
        Audit log(caller, m_clock);
        log.add(QStringLiteral("read"), QStringLiteral("question_set"), {}, outcome);
        log.commit(m_db);
    };
    if (caller.disabled) {
        refuse(QStringLiteral("account_disabled"));
        throw ServerError {401, QStringLiteral("account_disabled"),
            QStringLiteral("the account is disabled; the device may only deliver its changes")};
    }
    if (caller.isFosterParent()) {
        refuse(QStringLiteral("forbidden"));
        throw ServerError {403, QStringLiteral("forbidden"),
            QStringLiteral("question sets are for the social services' staff")};
    }
    QJsonArray sets;
    for (const QuestionSet &set : all())
        sets.append(set.toJson());
    return {{QStringLiteral("question_sets"), sets}};
}

} // namespace barntid::server
