// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncservice.h"

#include "accounts.h"
#include "audit.h"
#include "changewriter.h"
#include "database.h"
#include "domain/ids.h"
#include "domain/timeformat.h"
#include "groupcommit.h"
#include "mutationrules.h"
#include "questionsets.h"
#include "recordstore.h"
#include "scope.h"
#include "servererror.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlQuery>

#include <optional>

Q_LOGGING_CATEGORY(lcSync, "barntid.server.sync")

namespace barntid::server {

namespace {

using protocol::MutationResult;

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/** What a foster parent may see (DESIGN.md §5): of their own home its name and contact
 *  persons, never the placed children, the training and supervision record or the workers' and
 *  devices' ids; of slots and bookings no device id, of slots no video link. */
QJsonObject limitedFor(const Caller &caller, const QString &entity, QJsonObject data)
{
    if (!caller.isFosterParent())
        return data;
    data.remove(QStringLiteral("device_id"));
    // The link is the worker's until a family books the time: the booking carries its copy.
    if (entity == u"slot")
        data.remove(QStringLiteral("video_link"));
    if (entity != u"foster_home")
        return data;
    static const QStringList kept {QStringLiteral("id"), QStringLiteral("version"),
        QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("deleted"),
        QStringLiteral("name"), QStringLiteral("contact_persons")};
    QJsonObject limited;
    for (const QString &field : kept) {
        if (data.contains(field))
            limited.insert(field, data.value(field));
    }
    return limited;
}

bool visibleEntity(const Caller &caller, const QString &entity)
{
    if (caller.isFosterParent())
        return entity == u"foster_home" || entity == u"slot" || entity == u"booking";
    return true;
}

/** Whether the caller receives the record: the one rule pull and fetch share. inAudience: the
 *  record has the caller's audience key. */
bool delivered(const Caller &caller, const QString &entity, bool inAudience, bool deleted)
{
    return inAudience && !deleted && visibleEntity(caller, entity);
}

/** A record's data as the caller may receive it, or nothing. */
std::optional<QJsonObject> deliverable(
    const Caller &caller, const QString &entity, bool inAudience, bool deleted, const QString &data)
{
    if (!delivered(caller, entity, inAudience, deleted))
        return std::nullopt;
    return limitedFor(caller, entity, QJsonDocument::fromJson(data.toUtf8()).object());
}

} // namespace

SyncService::SyncService(
    Database &db, Accounts &accounts, const Clock &clock, ServerConfig config, GroupCommit *group)
    : m_db(db)
    , m_accounts(accounts)
    , m_clock(clock)
    , m_config(std::move(config))
    , m_group(group)
{ }

protocol::PushResponse SyncService::push(const Caller &caller, const protocol::PushRequest &request)
{
    if (m_group)
        return m_group->push(*this, caller, request);
    WriteTransaction tx(m_db);
    protocol::PushResponse response = apply(caller, request);
    tx.commit();
    return response;
}

protocol::PushResponse SyncService::apply(
    const Caller &caller, const protocol::PushRequest &request)
{
    const qint64 statementsBefore = m_db.statementCount();
    RecordStore store(m_db);
    Scope scope(store, m_accounts);
    ChangeWriter writer(store, scope, m_clock);
    QuestionSets questionSets(m_db, m_clock);
    MutationRules rules(caller, scope, writer, m_accounts, questionSets, m_clock, m_config);
    Audit audit(caller, m_clock);

    QList<QVariantList> ids;
    QList<RecordKey> keys;
    for (const protocol::Mutation &m : request.mutations) {
        ids.append({caller.deviceId, m.mutationId});
        keys.append({m.entity, m.id});
    }
    QHash<QString, MutationResult> earlier;
    m_db.selectRows(QStringLiteral("SELECT mutation_id, result FROM mutations WHERE "
                                   "(device_id, mutation_id) IN (VALUES "),
        ids, QStringLiteral(")"), [&](QSqlQuery &q) {
            bool ok = false;
            const MutationResult r = MutationResult::fromJson(
                QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(), &ok);
            if (ok)
                earlier.insert(q.value(0).toString(), r);
        });
    const QHash<RecordKey, StoredRecord> existing = store.load(keys);
    for (const StoredRecord &r : existing)
        scope.remember(r);
    // The rest are new: the rules need not ask the database again, one query per mutation (the
    // writer lock is held, so no one else can write them before this push commits).
    for (const RecordKey &k : std::as_const(keys)) {
        if (!existing.contains(k))
            scope.rememberAbsent(k);
    }

    protocol::PushResponse response;
    QList<QVariantList> remembered;
    const QString now = toRfc3339(m_clock.now());
    int applied = 0, rejected = 0;
    for (const protocol::Mutation &m : request.mutations) {
        MutationResult result;
        if (earlier.contains(m.mutationId)) {
            result = earlier.value(m.mutationId);
            if (result.status == MutationResult::Status::Applied)
                result.status = MutationResult::Status::Duplicate;
        } else {
            result = rules.apply(m);
            earlier.insert(m.mutationId, result);
            remembered.append({caller.deviceId, m.mutationId, json(result.toJson()), now});
            applied += result.status == MutationResult::Status::Applied;
            rejected += result.status != MutationResult::Status::Applied;
            if (Audit::isCaseContent(m.entity) || result.status != MutationResult::Status::Applied
                || caller.disabled)
                audit.add(QStringLiteral("write"), m.entity, m.id,
                    MutationResult::statusName(result.status)
                        + (result.errorCode.isEmpty() ? QString() : u':' + result.errorCode)
                        + (caller.disabled ? QStringLiteral(":disabled_account") : QString()));
        }
        response.results.append(result);
    }
    writer.commit();
    m_db.execRows(
        QStringLiteral("INSERT INTO mutations (device_id, mutation_id, result, created_at)"),
        remembered);
    QList<QVariantList> conflicts;
    for (const ConflictRow &c : rules.conflicts()) {
        conflicts.append({newId(), c.mutation.entity, c.mutation.id, caller.userId, caller.deviceId,
            c.mutation.mutationId,
            c.mutation.baseVersion ? QVariant(*c.mutation.baseVersion)
                                   : QVariant(QMetaType(QMetaType::LongLong)),
            c.serverVersion, json(c.mutation.data), now});
    }
    m_db.execRows(
        QStringLiteral("INSERT INTO conflicts (id, entity, record_id, user_id, device_id, "
                       "mutation_id, base_version, server_version, data, created_at)"),
        conflicts);
    audit.write(m_db);
    response.checkpoint = store.checkpoint();
    qCInfo(lcSync) << "push user" << caller.userId << "device" << caller.deviceId << "mutations"
                   << request.mutations.size() << "applied" << applied << "not applied" << rejected
                   << "statements" << m_db.statementCount() - statementsBefore;
    return response;
}

void SyncService::refusePull(
    const Caller &caller, const QString &outcome, const QString &entity, const QString &id)
{
    // Refused requests are audited too (DESIGN.md §5).
    Audit denied(caller, m_clock);
    denied.add(QStringLiteral("read"), entity, id, outcome);
    denied.commit(m_db);
}

void SyncService::checkReader(const Caller &caller)
{
    if (caller.disabled) {
        refusePull(caller, QStringLiteral("account_disabled"));
        throw ServerError {401, QStringLiteral("account_disabled"),
            QStringLiteral("the account is disabled; the device may only deliver its changes")};
    }
    if (caller.audienceKey().isEmpty()) {
        refusePull(caller, QStringLiteral("forbidden"));
        throw ServerError {403, QStringLiteral("forbidden"),
            QStringLiteral("this account has no records to sync")};
    }
}

protocol::PullPage SyncService::pull(const Caller &caller, qint64 since, int limit)
{
    const QString key = caller.audienceKey();
    checkReader(caller);
    if (caller.mustReset) {
        if (since > 0)
            throw ServerError {409, QStringLiteral("reset_required"),
                QStringLiteral("the account's scope changed; download everything again")};
        m_db.exec(
            QStringLiteral("UPDATE devices SET must_reset = 0 WHERE id = ?"), {caller.deviceId});
    }
    RecordStore store(m_db);
    // Every seq up to the checkpoint is committed (seq is handed out under the writer lock), so
    // a page bounded by it can never skip a transaction that commits later.
    const qint64 checkpoint = store.checkpoint();
    if (since < 0 || since > checkpoint || (since > 0 && since < store.horizon()))
        throw ServerError {409, QStringLiteral("reset_required"),
            QStringLiteral("the cursor is too old or unknown; download everything again")};
    QSqlQuery q = m_db.exec(
        QStringLiteral(
            "SELECT c.seq, c.entity, c.id, r.version, r.deleted, r.data, a.key "
            "FROM changes c LEFT JOIN records r ON r.entity = c.entity AND r.id = c.id "
            "LEFT JOIN audience a ON a.entity = c.entity AND a.id = c.id AND a.key = c.key "
            "WHERE c.key = ? AND c.seq > ? AND c.seq <= ? ORDER BY c.seq LIMIT ?"),
        {key, since, checkpoint, limit + 1});
    protocol::PullPage page;
    Audit audit(caller, m_clock);
    while (q.next()) {
        if (page.changes.size() == limit) {
            page.hasMore = true;
            break;
        }
        protocol::Change c;
        c.seq = q.value(0).toLongLong();
        c.entity = q.value(1).toString();
        c.id = q.value(2).toString();
        c.version = q.value(3).toLongLong();
        if (delivered(caller, c.entity, !q.value(6).isNull(), q.value(4).toInt() != 0)) {
            c.op = protocol::Op::Upsert;
            // Staff receive the stored text as it is; a foster parent's copy is cut down first.
            if (caller.isFosterParent())
                c.data = limitedFor(caller, c.entity,
                    QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object());
            else
                c.rawData = q.value(5).toString().toUtf8();
            if (Audit::isCaseContent(c.entity))
                audit.add(QStringLiteral("read"), c.entity, c.id, QStringLiteral("pulled"));
        } else {
            c.op = protocol::Op::Delete;
            c.data = QJsonObject {{QStringLiteral("id"), c.id}};
        }
        page.changes.append(c);
    }
    page.next = page.hasMore ? page.changes.last().seq : checkpoint;
    // An unfinished SELECT keeps SQLite's read snapshot open; a write on it after another
    // process committed fails at once with SQLITE_BUSY_SNAPSHOT instead of waiting its turn.
    q.finish();
    audit.commit(m_db);
    return page;
}

RecordCopy SyncService::fetch(const Caller &caller, const QString &entity, const QString &id)
{
    checkReader(caller);
    QSqlQuery q
        = m_db.exec(QStringLiteral("SELECT r.version, r.deleted, r.data, a.key FROM records r "
                                   "LEFT JOIN audience a ON a.entity = r.entity AND "
                                   "a.id = r.id AND a.key = ? WHERE r.entity = ? AND r.id = ?"),
            {caller.audienceKey(), entity, id});
    std::optional<QJsonObject> data;
    RecordCopy copy {entity, id, 0, {}};
    if (q.next()) {
        copy.version = q.value(0).toLongLong();
        data = deliverable(
            caller, entity, !q.value(3).isNull(), q.value(1).toInt() != 0, q.value(2).toString());
    }
    q.finish(); // as in pull: no open read snapshot under the audit write
    if (!data) {
        // The same answer whether the record is absent or another audience's.
        refusePull(caller, QStringLiteral("not_found"), entity, id);
        throw ServerError {404, QStringLiteral("not_found"), QStringLiteral("no such record")};
    }
    copy.data = *data;
    Audit audit(caller, m_clock);
    if (Audit::isCaseContent(entity))
        audit.add(QStringLiteral("read"), entity, id, QStringLiteral("fetched"));
    audit.commit(m_db);
    return copy;
}

QJsonObject RecordCopy::toJson() const
{
    return {{QStringLiteral("entity"), entity}, {QStringLiteral("id"), id},
        {QStringLiteral("version"), version}, {QStringLiteral("data"), data}};
}

} // namespace barntid::server
