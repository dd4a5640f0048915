// SPDX-License-Identifier: GPL-3.0-or-later
#include "mutationrules.h"

#include "accounts.h"
#include "bookingmail.h"
#include "changewriter.h"
#include "domain/timeformat.h"
#include "protocol/recordcheck.h"
#include "scope.h"

#include <QDateTime>
#include <QJsonArray>

namespace barntid::server {

namespace {

using Status = protocol::MutationResult::Status;

const QString forbidden = QStringLiteral("forbidden");
const QString invalid = QStringLiteral("invalid");

// A device's clock may run a little ahead of or behind the server's.
constexpr qint64 clockSkewSeconds = 10 * 60;

const char *const positionFields[] = {"check_in_lat", "check_in_lon", "check_in_accuracy",
    "check_in_at", "check_out_lat", "check_out_lon", "check_out_accuracy", "check_out_at"};

void setText(StoredRecord &r, const char *field, const QString &value)
{
    r.data.insert(QLatin1StringView(field), value.isEmpty() ? QJsonValue() : QJsonValue(value));
}

bool isProtected(const std::optional<StoredRecord> &c)
{
    return c && c->data.value(QLatin1StringView("protected_identity")).toBool();
}

/** Returns true when the visit carried a position (or its time) that is now gone. */
bool dropPositions(StoredRecord &visit)
{
    bool had = false;
    for (const char *f : positionFields) {
        had = had || !visit.data.value(QLatin1StringView(f)).isNull();
        visit.data.insert(QLatin1StringView(f), QJsonValue());
    }
    return had;
}

} // namespace

MutationRules::MutationRules(const Caller &caller, Scope &scope, ChangeWriter &writer,
    Accounts &accounts, QuestionSets &questionSets, const Clock &clock, const ServerConfig &config)
    : m_caller(caller)
    , m_scope(scope)
    , m_writer(writer)
    , m_accounts(accounts)
    , m_supervisor(caller, scope)
    , m_now(toRfc3339(clock.now()))
    , m_bookings(caller, scope, writer, accounts, config, clock.now())
    , m_surveys(scope, questionSets)
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
    if (m.entity == u"journal_entry")
        return reject(m, forbidden, QStringLiteral("only the journal export writes these"));
    const std::optional<StoredRecord> current = m_scope.lookup(m.entity, m.id);
    return m.op == protocol::Op::Delete ? remove(m, current) : upsert(m, current);
}

MutationRules::Result MutationRules::remove(
    const protocol::Mutation &m, const std::optional<StoredRecord> &cur)
{
    // Before the lookup's result counts: the answer says nothing about another family's records.
    if (m_caller.isFosterParent())
        return reject(m, forbidden,
            QStringLiteral("foster parents cancel bookings; they delete "
                           "nothing"));
    if (!cur || cur->deleted)
        return Result {m.mutationId, Status::Applied, cur ? cur->version : 0, {}, {}};
    if (!mayChange(*cur))
        return reject(m, forbidden, QStringLiteral("not yours to delete"));
    if (m_caller.disabled)
        return reject(m, forbidden, QStringLiteral("a disabled account deletes nothing"));
    if (cur->isLocked())
        return reject(
            m, QStringLiteral("locked"), QStringLiteral("signed or approved records stay"));
    if (m_scope.hasLockedDependent(*cur))
        return reject(m, QStringLiteral("locked"),
            QStringLiteral("signed or approved records depend on this record"));
    if (cur->entity == u"survey_response") {
        const QString error = m_surveys.checkRemove(*cur);
        if (!error.isEmpty())
            return reject(m, error.section(u'|', 0, 0), error.section(u'|', 1));
    }
    const QString booked = cur->entity == u"slot" ? m_bookings.checkWithdraw(*cur) : QString();
    if (!booked.isEmpty())
        return reject(m, booked.section(u'|', 0, 0), booked.section(u'|', 1));
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
    if (isForeignBooking(m, cur))
        return reject(m, forbidden, QStringLiteral("not yours to change"));
    if (cur && cur->deleted)
        return reject(m, QStringLiteral("deleted"), QStringLiteral("the record was deleted"));
    if (cur) {
        // A supervisor hands the team's cases over and writes nothing else (issue 12).
        const bool handover = m_caller.isSupervisor() && m_supervisor.mayHandOver(*cur);
        if (!handover && !mayChange(*cur))
            return reject(m, forbidden, QStringLiteral("not yours to change"));
        if (cur->isLocked())
            return reject(m, QStringLiteral("locked"),
                QStringLiteral("signed, approved and logged records stay as they are"));
        // A retry of a cancel or confirm that already happened: nothing new, whatever the base.
        if (cur->entity == u"booking" && m_bookings.isRepeat(data, *cur))
            return Result {m.mutationId, Status::Applied, cur->version, {}, {}};
        if (m.baseVersion != cur->version)
            return conflict(m, *cur);
        const QString handoverError = handover ? m_supervisor.handover(data, *cur) : QString();
        if (!handoverError.isEmpty())
            return reject(m, handoverError.section(u'|', 0, 0), handoverError.section(u'|', 1));
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
    // The server's clock and the caller, never the device's word (DESIGN.md §4).
    next.receivedAt = m_now;
    next.data.insert(QStringLiteral("version"), next.version);
    next.data.insert(QStringLiteral("author_id"), next.authorId);
    next.data.insert(QStringLiteral("device_id"), next.deviceId);
    next.data.insert(QStringLiteral("deleted"), false);
    next.data.insert(QStringLiteral("created_at"), cur ? cur->text("created_at") : m_now);
    next.data.insert(QStringLiteral("updated_at"), m_now);
    m_writer.add(next);
    if (next.entity == u"slot" && cur)
        m_bookings.followSlot(next);
    BookingMail::recordWritten(m_caller, m_scope, cur, next);
    if (next.entity == u"visit_amendment")
        newVisitVersion(next.parentId);
    if (next.entity == u"case" && isProtected(next) && !isProtected(cur))
        forgetPositions(next.id);
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
        if (m_caller.isSupervisor() && !account->active)
            return QStringLiteral("invalid|responsible_id is not an active social worker");
        setText(next, "responsible_id", responsible);
    } else if (e == u"visit") {
        // Never a location stamp for protected identity, whatever a client sends.
        if (touchesProtectedChild(next))
            dropPositions(next);
        if (next.text("status") == u"signed") {
            setText(next, "signed_by", m_caller.userId);
            return checkUserTime(next, "signed_at", cur, {});
        }
        setText(next, "signed_by", {});
        setText(next, "signed_at", {});
    } else if (e == u"visit_amendment") {
        const std::optional<StoredRecord> visit
            = m_scope.lookup(QStringLiteral("visit"), next.text("visit_id"));
        if (!visit)
            return QStringLiteral("invalid|the visit is not on the server");
        setText(next, "signed_by", m_caller.userId);
        return checkUserTime(next, "signed_at", cur, visit->text("signed_at"));
    } else if (e == u"survey_response") {
        next.deriveColumns();
        // Out of reach before anything else: a foreign or missing visit answer alike.
        if (!m_scope.keys(next).contains(m_caller.audienceKey()))
            return QStringLiteral("forbidden|the visit is not yours");
        const QString error = m_surveys.checkWrite(next, cur);
        if (!error.isEmpty() || next.text("completed_at").isEmpty())
            return error;
        return checkUserTime(next, "completed_at", cur, {});
    } else if (e == u"access_event") {
        return checkUserTime(next, "opened_at", cur, {});
    } else if (e == u"foster_home") {
        next.data.insert(QStringLiteral("worker_ids"),
            QJsonArray::fromStringList(m_scope.workersOfHome(next.id)));
        next.data.insert(QStringLiteral("foster_parent_ids"),
            QJsonArray::fromStringList(m_accounts.parentsOfHome(next.id)));
    } else if (e == u"slot") {
        return m_bookings.fillSlot(next, cur);
    } else if (e == u"booking") {
        return cur ? m_bookings.changeBooking(next, *cur) : m_bookings.fillNewBooking(next);
    } else if (e == u"review") {
        setText(next, "reviewer_id", m_caller.userId);
    }
    return {};
}

bool MutationRules::touchesProtectedChild(const StoredRecord &visit)
{
    if (isProtected(m_scope.lookup(QStringLiteral("case"), visit.text("case_id"))))
        return true;
    // A foster home is where its placed children live: a protected one hides the home too.
    const std::optional<StoredRecord> home
        = m_scope.lookup(QStringLiteral("foster_home"), visit.text("foster_home_id"));
    if (!home)
        return false;
    const QJsonArray placed = home->data.value(QLatin1StringView("placed_case_ids")).toArray();
    for (const QJsonValue &id : placed) {
        if (id.toString() != visit.text("case_id")
            && isProtected(m_scope.lookup(QStringLiteral("case"), id.toString())))
            return true;
    }
    return false;
}

void MutationRules::forgetPositions(const QString &caseId)
{
    // The case became protected after its visits were made: the positions go now, signed or
    // approved visits included (a privacy correction by the server, not an edit of the note).
    for (StoredRecord visit : m_scope.visitsTouchingCase(caseId)) {
        if (visit.deleted || !dropPositions(visit))
            continue;
        visit.version += 1;
        visit.updatedAt = m_now;
        visit.data.insert(QStringLiteral("version"), visit.version);
        visit.data.insert(QStringLiteral("updated_at"), m_now);
        m_writer.add(visit);
    }
}

QString MutationRules::checkUserTime(const StoredRecord &next, const char *field,
    const std::optional<StoredRecord> &cur, const QString &notBefore)
{
    // The user's own times stay (a visit signed offline a week ago is valid), within reason.
    const QString name = QString::fromLatin1(field);
    const std::optional<QDateTime> t = parseRfc3339(next.text(field));
    if (!t)
        return QStringLiteral("invalid|%1: required").arg(name);
    const std::optional<QDateTime> now = parseRfc3339(m_now);
    if (now && *t > now->addSecs(clockSkewSeconds))
        return QStringLiteral("invalid|%1: in the future").arg(name);
    QStringList floors {m_accounts.createdAt(m_caller.userId), notBefore};
    if (cur && cur->text("created_at") < m_now)
        floors << cur->text("created_at"); // on the server before this push: signed after that
    for (const QString &floor : std::as_const(floors)) {
        const std::optional<QDateTime> f = parseRfc3339(floor);
        if (f && *t < f->addSecs(-clockSkewSeconds))
            return QStringLiteral("invalid|%1: before the record or its author existed").arg(name);
    }
    return {};
}

bool MutationRules::isForeignBooking(
    const protocol::Mutation &m, const std::optional<StoredRecord> &cur)
{
    // Another home's booking and no booking at all look the same to a foster parent.
    if (!m_caller.isFosterParent() || m.entity != u"booking")
        return false;
    if (cur)
        return !mayChange(*cur);
    return m.data.value(QLatin1StringView("status")).toString() != u"requested";
}

QString MutationRules::checkRole(const QString &entity) const
{
    if (m_caller.isSupervisor() && entity != u"review" && entity != u"access_event")
        return QStringLiteral("supervisors review; they do not write records");
    if (m_caller.isFosterParent() && entity != u"booking")
        return QStringLiteral("foster parents book meetings only");
    if (m_caller.isWorker() && (entity == u"review" || entity == u"booking"))
        return QStringLiteral("not allowed for your role");
    return {};
}

QString MutationRules::checkSupervisorCreate(StoredRecord &next)
{
    if (next.entity == u"access_event")
        return {}; // their own reading, logged by their own device
    if (next.entity != u"review")
        return QStringLiteral("forbidden|supervisors review; they do not write records");
    return m_supervisor.review(next);
}

void MutationRules::newVisitVersion(const QString &visitId)
{
    // A review decides on a version of the note with all its amendments: a new amendment is a
    // new version of the visit, pulled by every device in scope (and back in the review queue).
    std::optional<StoredRecord> visit = m_scope.lookup(QStringLiteral("visit"), visitId);
    if (!visit || visit->deleted)
        return;
    visit->version += 1;
    visit->updatedAt = m_now;
    visit->data.insert(QStringLiteral("version"), visit->version);
    visit->data.insert(QStringLiteral("updated_at"), m_now);
    m_writer.add(*visit);
}

QString MutationRules::checkCreate(StoredRecord &next)
{
    const QString &e = next.entity;
    if (m_caller.isSupervisor())
        return checkSupervisorCreate(next);
    if (m_caller.isFosterParent()) {
        if (e != u"booking")
            return QStringLiteral("forbidden|foster parents book meetings only");
        return m_bookings.checkBookable(next);
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
