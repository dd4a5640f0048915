// SPDX-License-Identifier: GPL-3.0-or-later
#include "mutationrules.h"

#include "accounts.h"
#include "changewriter.h"
#include "domain/timeformat.h"
#include "openinghours.h"
#include "protocol/recordcheck.h"
#include "scope.h"

#include <QDateTime>
#include <QJsonArray>

namespace barntid::server {

namespace {

using Status = protocol::MutationResult::Status;

const QString forbidden = QStringLiteral("forbidden");
const QString invalid = QStringLiteral("invalid");
const QString slotTaken = QStringLiteral("slot_taken");

void setText(StoredRecord &r, const char *field, const QString &value)
{
    r.data.insert(QLatin1StringView(field), value.isEmpty() ? QJsonValue() : QJsonValue(value));
}

} // namespace

MutationRules::MutationRules(
    const Caller &caller, Scope &scope, ChangeWriter &writer, Accounts &accounts)
    : m_caller(caller)
    , m_scope(scope)
    , m_writer(writer)
    , m_accounts(accounts)
    , m_now(toRfc3339(QDateTime::currentDateTimeUtc()))
{ }

MutationRules::Result MutationRules::reject(
    const protocol::Mutation &m, const QString &code, const QString &message)
{
    return Result {m.mutationId, Status::Rejected, 0, code, message};
}

MutationRules::Result MutationRules::conflict(
    const protocol::Mutation &m, const StoredRecord &current)
{
    // Both versions stay: the server's untouched, the incoming one in the conflicts table.
    m_conflicts.append({m, current.version});
    return Result {m.mutationId, Status::Conflict, current.version, QStringLiteral("stale_version"),
        QStringLiteral("the record changed on the server")};
}

bool MutationRules::isLocked(const StoredRecord &r)
{
    return r.locked || (r.entity == u"visit" && r.text("status") == u"signed")
        || r.entity == u"visit_amendment" || r.entity == u"review";
}

bool MutationRules::mayChange(const StoredRecord &r)
{
    if (m_caller.isWorker())
        return r.entity != u"review" && m_scope.keys(r).contains(m_caller.audienceKey());
    if (m_caller.isFosterParent())
        return r.entity == u"booking" && r.fosterHomeId == m_caller.fosterHomeId;
    return false;
}

protocol::MutationResult MutationRules::apply(const protocol::Mutation &m)
{
    if (m_caller.role == u"admin")
        return reject(m, forbidden, QStringLiteral("administrators do not write records"));
    const std::optional<StoredRecord> current = m_scope.lookup(m.entity, m.id);
    return m.op == protocol::Op::Delete ? remove(m, current) : upsert(m, current);
}

MutationRules::Result MutationRules::remove(
    const protocol::Mutation &m, const std::optional<StoredRecord> &cur)
{
    if (!cur || cur->deleted)
        return Result {m.mutationId, Status::Applied, cur ? cur->version : 0, {}, {}};
    if (!mayChange(*cur))
        return reject(m, forbidden, QStringLiteral("not yours to delete"));
    if (isLocked(*cur))
        return reject(
            m, QStringLiteral("locked"), QStringLiteral("signed or approved records stay"));
    if (m.baseVersion != cur->version)
        return conflict(m, *cur);
    StoredRecord next = *cur;
    next.deleted = true;
    next.version = cur->version + 1;
    next.deviceId = m_caller.deviceId;
    next.updatedAt = m_now;
    next.data.insert(QStringLiteral("deleted"), true);
    next.data.insert(QStringLiteral("version"), next.version);
    m_writer.add(next);
    return Result {m.mutationId, Status::Applied, next.version, {}, {}};
}

MutationRules::Result MutationRules::upsert(
    const protocol::Mutation &m, const std::optional<StoredRecord> &cur)
{
    QJsonObject data = m.data;
    data.insert(QStringLiteral("id"), m.id);
    const ValidationIssues issues = protocol::checkRecord(m.entity, data);
    if (!issues.isEmpty())
        return reject(m, invalid, protocol::describe(issues));
    if (cur && cur->deleted)
        return reject(m, QStringLiteral("deleted"), QStringLiteral("the record was deleted"));
    if (cur) {
        if (!mayChange(*cur))
            return reject(m, forbidden, QStringLiteral("not yours to change"));
        if (isLocked(*cur))
            return reject(
                m, QStringLiteral("locked"), QStringLiteral("signed or approved records stay"));
        if (m.baseVersion != cur->version)
            return conflict(m, *cur);
    }
    if (!cur) {
        // The role decides before any field is looked at: a supervisor's case is forbidden,
        // not "invalid" because the supervisor is not a social worker.
        const QString roleError = checkRole(m.entity);
        if (!roleError.isEmpty())
            return reject(m, forbidden, roleError);
    }
    StoredRecord next;
    next.entity = m.entity;
    next.id = m.id;
    next.version = (cur ? cur->version : 0) + 1;
    next.locked = cur && cur->locked;
    next.authorId = cur && !cur->authorId.isEmpty() ? cur->authorId : m_caller.userId;
    next.deviceId = m_caller.deviceId;
    next.updatedAt = m_now;
    next.data = data;
    const QString fillError = fillServerFields(next, cur);
    if (!fillError.isEmpty())
        return reject(m, fillError.section(u'|', 0, 0), fillError.section(u'|', 1));
    next.deriveColumns();
    if (!cur) {
        const QString createError = checkCreate(next);
        if (!createError.isEmpty())
            return reject(m, createError.section(u'|', 0, 0), createError.section(u'|', 1));
    } else if (next.entity != u"case" && !mayChange(next)) {
        // A case may go to a colleague in the team (checked above); nothing else leaves reach.
        return reject(
            m, forbidden, QStringLiteral("the change would move the record out of reach"));
    }
    next.data.insert(QStringLiteral("version"), next.version);
    next.data.insert(QStringLiteral("author_id"), next.authorId);
    next.data.insert(QStringLiteral("device_id"), next.deviceId);
    next.data.insert(QStringLiteral("deleted"), false);
    if (!next.data.value(QLatin1StringView("created_at")).isString())
        next.data.insert(QStringLiteral("created_at"), cur ? cur->text("created_at") : m_now);
    if (!next.data.value(QLatin1StringView("updated_at")).isString())
        next.data.insert(QStringLiteral("updated_at"), m_now);
    m_writer.add(next);
    if (next.entity == u"review" && next.text("decision") == u"approved") {
        if (std::optional<StoredRecord> target
            = m_scope.lookup(next.text("target_entity"), next.parentId)) {
            target->locked = true;
            m_writer.add(*target);
        }
    }
    return Result {m.mutationId, Status::Applied, next.version, {}, {}};
}

QString MutationRules::fillServerFields(StoredRecord &next, const std::optional<StoredRecord> &cur)
{
    const QString &e = next.entity;
    if (e == u"case") {
        QString responsible = next.text("responsible_id");
        if (responsible.isEmpty())
            responsible = cur ? cur->text("responsible_id") : m_caller.userId;
        const std::optional<Account> account = m_accounts.byId(responsible);
        if (!account || account->role != u"social_worker")
            return QStringLiteral("invalid|responsible_id is not a social worker");
        if (account->teamId != m_caller.teamId)
            return QStringLiteral("forbidden|cases are handed over within the team");
        setText(next, "responsible_id", responsible);
    } else if (e == u"visit") {
        const std::optional<StoredRecord> c
            = m_scope.lookup(QStringLiteral("case"), next.text("case_id"));
        if (c && c->data.value(QLatin1StringView("protected_identity")).toBool()) {
            // Never a location stamp for protected identity, whatever a client sends.
            for (const char *f :
                {"check_in_lat", "check_in_lon", "check_in_accuracy", "check_in_at",
                    "check_out_lat", "check_out_lon", "check_out_accuracy", "check_out_at"})
                next.data.insert(QLatin1StringView(f), QJsonValue());
        }
        if (next.text("status") == u"signed") {
            if (next.text("signed_by").isEmpty())
                setText(next, "signed_by", m_caller.userId);
            if (next.text("signed_at").isEmpty())
                setText(next, "signed_at", m_now);
        }
    } else if (e == u"visit_amendment") {
        if (!m_scope.lookup(QStringLiteral("visit"), next.text("visit_id")))
            return QStringLiteral("invalid|the visit is not on the server");
        if (next.text("signed_by").isEmpty())
            setText(next, "signed_by", m_caller.userId);
    } else if (e == u"foster_home") {
        next.data.insert(QStringLiteral("worker_ids"),
            QJsonArray::fromStringList(m_scope.workersOfHome(next.id)));
        next.data.insert(QStringLiteral("foster_parent_ids"),
            QJsonArray::fromStringList(m_accounts.parentsOfHome(next.id)));
    } else if (e == u"slot") {
        setText(next, "owner_id", cur ? cur->text("owner_id") : m_caller.userId);
        const auto start = parseRfc3339(next.text("starts_at"));
        const auto end = parseRfc3339(next.text("ends_at"));
        next.data.insert(QStringLiteral("after_hours"), start && end && isAfterHours(*start, *end));
    } else if (e == u"booking") {
        const QString status = next.text("status");
        if (cur) {
            // Only the status (and why it was cancelled) changes after a booking is made.
            const bool allowed = m_caller.isFosterParent()
                ? status == u"cancelled"
                : status == u"confirmed" || status == u"cancelled";
            if (!allowed || next.text("slot_id") != cur->text("slot_id"))
                return QStringLiteral("forbidden|only the status of a booking changes");
            const QJsonValue reason = next.data.value(QLatin1StringView("cancel_reason"));
            next.data = cur->data;
            setText(next, "status", status);
            next.data.insert(QStringLiteral("cancel_reason"), reason);
        } else {
            if (status != u"requested")
                return QStringLiteral("invalid|a new booking is requested");
            setText(next, "foster_home_id", m_caller.fosterHomeId);
            setText(next, "booked_by", m_caller.userId);
        }
    } else if (e == u"review") {
        setText(next, "reviewer_id", m_caller.userId);
    }
    return {};
}

QString MutationRules::checkRole(const QString &entity) const
{
    if (m_caller.isSupervisor() && entity != u"review")
        return QStringLiteral("supervisors review; they do not write records");
    if (m_caller.isFosterParent() && entity != u"booking")
        return QStringLiteral("foster parents book meetings only");
    if (m_caller.isWorker() && (entity == u"review" || entity == u"booking"))
        return QStringLiteral("not allowed for your role");
    return {};
}

QString MutationRules::checkCreate(StoredRecord &next)
{
    const QString &e = next.entity;
    if (m_caller.isSupervisor()) {
        if (e != u"review")
            return QStringLiteral("forbidden|supervisors review; they do not write records");
        const std::optional<StoredRecord> target
            = m_scope.lookup(next.text("target_entity"), next.parentId);
        if (!target || target->deleted || !m_scope.keys(*target).contains(m_caller.audienceKey()))
            return QStringLiteral("forbidden|not a record of your team");
        return {};
    }
    if (m_caller.isFosterParent()) {
        if (e != u"booking")
            return QStringLiteral("forbidden|foster parents book meetings only");
        // One answer for a missing, hidden or taken slot: nothing leaks about others' bookings.
        const std::optional<StoredRecord> slot
            = m_scope.lookup(QStringLiteral("slot"), next.parentId);
        if (!slot || slot->deleted || !m_scope.keys(*slot).contains(m_caller.audienceKey())
            || m_scope.activeBooking(slot->id))
            return slotTaken + QStringLiteral("|the time is no longer free");
        return {};
    }
    if (!m_caller.isWorker() || e == u"review" || e == u"booking")
        return QStringLiteral("forbidden|not allowed for your role");
    if (e == u"foster_home") {
        m_scope.assignWorker(next.id, m_caller.userId);
        next.data.insert(QStringLiteral("worker_ids"),
            QJsonArray::fromStringList(m_scope.workersOfHome(next.id)));
    }
    if (e == u"case")
        return {}; // the responsible worker was checked against the team above
    if (!m_scope.keys(next).contains(m_caller.audienceKey()))
        return QStringLiteral("forbidden|the linked case or foster home is not yours");
    return {};
}

} // namespace barntid::server
