// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/visitduemodel.h"

#include "domain/clock.h"
#include "domain/fosterhome.h"
#include "domain/timeformat.h"
#include "models/fosterhometext.h"
#include "models/uitext.h"
#include "store/repository.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "store/visitrepository.h"

namespace barntid {
namespace {

QString maskedName(const Case &c)
{
    return c.protectedIdentity ? UiText::protectedIdentity() : c.displayName();
}

} // namespace

VisitDueModel::VisitDueModel(QObject *parent)
    : StoreBoundModel(parent)
{
    attach();
}

QVariant VisitDueModel::value(const QString &key, int role) const
{
    const auto it = m_rows.constFind(key);
    if (it == m_rows.cend())
        return {};
    const Row &row = *it;
    switch (role) {
    case CaseIdRole:
        return row.record.meta.id;
    case CaseNumberRole:
        return row.record.caseNumber;
    case DisplayNameRole:
        return maskedName(row.record);
    case ProtectedIdentityRole:
        return row.record.protectedIdentity;
    case DueOnRole:
        return toIsoDate(row.due.dueOn);
    case DueTextRole:
        return FosterHomeText::visitDue(row.due.dueOn, row.due.overdue, row.due.neverVisited());
    case OverdueRole:
        return row.due.needsVisit();
    case NeverVisitedRole:
        return row.due.neverVisited();
    default:
        return {};
    }
}

QHash<int, QByteArray> VisitDueModel::roleNames() const
{
    return {{CaseIdRole, "caseId"}, {CaseNumberRole, "caseNumber"},
        {DisplayNameRole, "displayName"}, {ProtectedIdentityRole, "protectedIdentity"},
        {DueOnRole, "dueOn"}, {DueTextRole, "dueText"}, {OverdueRole, "overdue"},
        {NeverVisitedRole, "neverVisited"}};
}

void VisitDueModel::setFosterHomeId(const QString &id)
{
    if (id == m_fosterHomeId)
        return;
    m_fosterHomeId = id;
    emit fosterHomeIdChanged();
    reload();
}

void VisitDueModel::setVisitsPerYear(int perYear)
{
    perYear = std::max(1, perYear);
    if (perYear == m_visitsPerYear)
        return;
    m_visitsPerYear = perYear;
    emit visitsPerYearChanged();
    reload();
}

VisitDue VisitDueModel::dueFor(Store &store, const QString &caseId, int visitsPerYear)
{
    return VisitDue::compute(
        VisitRepository(store).lastVisitAt(caseId), store.clock().now(), visitsPerYear);
}

QStringList VisitDueModel::watchedEntities() const
{
    // The home's placements, the children's cases and the visits the due dates count from.
    return {QStringLiteral("foster_home"), QStringLiteral("case"), QStringLiteral("visit")};
}

QStringList VisitDueModel::load(Store &store)
{
    m_rows.clear();
    if (m_fosterHomeId.isEmpty())
        return {};
    QList<Row> rows;
    const auto home = Repository<FosterHome>(store).find(m_fosterHomeId);
    Repository<Case> cases(store);
    for (const QString &caseId : home ? home->placedCaseIds : QStringList()) {
        if (auto c = cases.find(caseId); c && !c->meta.deleted && !m_rows.contains(caseId)) {
            rows.append({*c, dueFor(store, caseId, m_visitsPerYear)});
            m_rows.insert(caseId, rows.last());
        }
    }
    // Most urgent first: never visited, then by due date.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.due.neverVisited() != b.due.neverVisited())
            return a.due.neverVisited();
        return a.due.dueOn < b.due.dueOn;
    });
    QStringList keys;
    for (const Row &row : rows)
        keys << row.record.meta.id;
    return keys;
}

QVariantList VisitDueModel::placeableCases() const
{
    QVariantList out;
    Store *store = this->store();
    if (!store)
        return out;
    try {
        for (const Case &c : Repository<Case>(*store).list("ORDER BY case_number")) {
            if (m_rows.contains(c.meta.id))
                continue;
            out << QVariantMap {{QStringLiteral("id"), c.meta.id},
                {QStringLiteral("label"),
                    QStringLiteral("%1 · %2").arg(c.caseNumber, maskedName(c))}};
        }
    } catch (const StoreError &) {
        out.clear();
    }
    return out;
}

bool VisitDueModel::placeCase(const QString &caseId)
{
    const bool ok = report(
        [&] {
            Store *store = this->store();
            if (!store)
                throw StoreError(StoreErrorCode::Locked, {});
            place(*store, caseId);
        },
        &FosterHomeText::storeError);
    if (ok)
        setErrorText({});
    return ok;
}

void VisitDueModel::place(Store &store, const QString &caseId)
{
    Repository<FosterHome> homes(store);
    // A child lives in one foster home: placing here ends a placement elsewhere.
    for (FosterHome &other : homes.list("ORDER BY created_at")) {
        if (other.meta.id != m_fosterHomeId && other.placedCaseIds.removeAll(caseId) > 0)
            homes.update(other);
    }
    std::optional<FosterHome> home = homes.find(m_fosterHomeId);
    if (!home || !Repository<Case>(store).find(caseId))
        throw StoreError(StoreErrorCode::NotFound, {});
    if (!home->placedCaseIds.contains(caseId)) {
        home->placedCaseIds.append(caseId);
        homes.update(*home); // the feed shows the new row
    }
}

QVariantMap VisitDueModel::caseDue(const QString &caseId) const
{
    QVariantMap out {{QStringLiteral("placed"), false}};
    Store *store = this->store();
    if (!store || caseId.isEmpty())
        return out;
    try {
        for (const FosterHome &h : Repository<FosterHome>(*store).list("ORDER BY created_at")) {
            if (!h.placedCaseIds.contains(caseId))
                continue;
            const VisitDue due = dueFor(*store, caseId, m_visitsPerYear);
            out.insert(QStringLiteral("placed"), true);
            out.insert(QStringLiteral("dueOn"), toIsoDate(due.dueOn));
            out.insert(QStringLiteral("overdue"), due.needsVisit());
            out.insert(QStringLiteral("text"),
                FosterHomeText::visitDue(due.dueOn, due.overdue, due.neverVisited()));
            break;
        }
    } catch (const StoreError &) {
        return out;
    }
    return out;
}

} // namespace barntid
