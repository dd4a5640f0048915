// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminwrites.h"

#include "accounts.h"
#include "changewriter.h"
#include "database.h"
#include "domain/timeformat.h"
#include "recordstore.h"
#include "scope.h"
#include "servererror.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>

namespace barntid::server::AdminWrites {

namespace {

/** A foster parent sees the open slots of the home's workers: when the workers of a home or its
 *  parents change, the slots of those workers get their audience again. A slot does not hang on
 *  the home (no foster_home_id), so the change writer's cascade does not reach it. */
void refreshSlotsOfWorkers(
    Database &db, RecordStore &store, Scope &scope, ChangeWriter &writer, const QString &homeId)
{
    for (const QString &workerId : scope.workersOfHome(homeId)) {
        QSqlQuery q = db.exec(QStringLiteral("SELECT id FROM records WHERE entity = 'slot' AND "
                                             "deleted = 0 AND author_id = ?"),
            {workerId});
        QList<RecordKey> keys;
        while (q.next())
            keys.append(RecordKey {QStringLiteral("slot"), q.value(0).toString()});
        const QHash<RecordKey, QStringList> before = store.audiences(keys);
        for (const StoredRecord &slot : store.load(keys)) {
            QStringList old = before.value(slot.key());
            old.sort();
            if (old != scope.keys(slot))
                writer.add(slot);
        }
    }
}

/** Applies edit to the record in a write transaction with a new version. */
template<typename Edit>
void rewrite(Database &db, Accounts &accounts, const Clock &clock, const QString &entity,
    const QString &id, Edit edit)
{
    WriteTransaction tx(db);
    RecordStore store(db);
    Scope scope(store, accounts);
    std::optional<StoredRecord> record = store.find(entity, id.toLower());
    if (!record || record->deleted)
        throw ServerError {
            404, QStringLiteral("not_found"), QStringLiteral("no such %1").arg(entity)};
    edit(*record, scope);
    record->version += 1;
    record->updatedAt = toRfc3339(clock.now());
    record->data.insert(QStringLiteral("version"), record->version);
    record->data.insert(QStringLiteral("updated_at"), record->updatedAt);
    ChangeWriter writer(store, scope, clock);
    writer.add(*record);
    if (entity == u"foster_home")
        refreshSlotsOfWorkers(db, store, scope, writer, record->id);
    writer.commit();
    tx.commit();
}

Account worker(Accounts &accounts, const QString &username)
{
    const std::optional<Account> a = accounts.byUsername(username);
    if (!a || a->role != u"social_worker")
        throw ServerError {400, QStringLiteral("invalid"),
            QStringLiteral("%1 is not a social worker").arg(username)};
    return *a;
}

} // namespace

void refreshFosterHome(Database &db, Accounts &accounts, const Clock &clock, const QString &homeId)
{
    rewrite(db, accounts, clock, QStringLiteral("foster_home"), homeId,
        [&](StoredRecord &r, Scope &scope) {
            r.data.insert(QStringLiteral("worker_ids"),
                QJsonArray::fromStringList(scope.workersOfHome(r.id)));
            r.data.insert(QStringLiteral("foster_parent_ids"),
                QJsonArray::fromStringList(accounts.parentsOfHome(r.id)));
        });
}

void assignWorker(Database &db, Accounts &accounts, const Clock &clock, const QString &homeId,
    const QString &username)
{
    const Account a = worker(accounts, username);
    rewrite(db, accounts, clock, QStringLiteral("foster_home"), homeId,
        [&](StoredRecord &r, Scope &scope) {
            scope.assignWorker(r.id, a.id);
            r.data.insert(QStringLiteral("worker_ids"),
                QJsonArray::fromStringList(scope.workersOfHome(r.id)));
        });
}

void assignCase(Database &db, Accounts &accounts, const Clock &clock, const QString &caseId,
    const QString &username)
{
    const Account a = worker(accounts, username);
    rewrite(db, accounts, clock, QStringLiteral("case"), caseId,
        [&](StoredRecord &r, Scope &) { r.data.insert(QStringLiteral("responsible_id"), a.id); });
}

} // namespace barntid::server::AdminWrites
