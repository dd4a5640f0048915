// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/visitduemodel.h"

#include "domain/clock.h"
#include "domain/fosterhome.h"
#include "domain/timeformat.h"
#include "models/fosterhometext.h"
#include "models/session.h"
#include "models/synccontroller.h"
#include "models/uitext.h"
#include "store/repository.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "store/visitrepository.h"

namespace barntid {
namespace {

Store *openStore()
{
    Session *session = activeSession();
    return session ? session->store() : nullptr;
}

QString maskedName(const Case &c)
{
    return c.protectedIdentity ? UiText::protectedIdentity() : c.displayName();
}

} // namespace

VisitDueModel::VisitDueModel(QObject *parent)
    : QAbstractListModel(parent)
{
    if (Session *session = activeSession())
        connect(session, &Session::stateChanged, this, &VisitDueModel::reload);
    // What a sync wrote is shown at once.
    if (SyncController *sync = SyncController::instance())
        connect(sync, &SyncController::synced, this, &VisitDueModel::reload);
}

int VisitDueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant VisitDueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
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
        VisitRepository(store).forCase(caseId), store.clock().now(), visitsPerYear);
}

void VisitDueModel::reload()
{
    beginResetModel();
    m_rows.clear();
    Store *store = openStore();
    if (store && !m_fosterHomeId.isEmpty()) {
        try {
            const auto home = Repository<FosterHome>(*store).find(m_fosterHomeId);
            Repository<Case> cases(*store);
            for (const QString &caseId : home ? home->placedCaseIds : QStringList()) {
                if (auto c = cases.find(caseId); c && !c->meta.deleted)
                    m_rows.append({*c, dueFor(*store, caseId, m_visitsPerYear)});
            }
            // Most urgent first: never visited, then by due date.
            std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
                if (a.due.neverVisited() != b.due.neverVisited())
                    return a.due.neverVisited();
                return a.due.dueOn < b.due.dueOn;
            });
        } catch (const StoreError &e) {
            m_rows.clear();
            setErrorText(UiText::storeError(e));
        }
    }
    endResetModel();
    emit countChanged();
}

QVariantList VisitDueModel::placeableCases() const
{
    QVariantList out;
    Store *store = openStore();
    if (!store)
        return out;
    try {
        QStringList placedHere;
        for (const Row &row : m_rows)
            placedHere << row.record.meta.id;
        for (const Case &c : Repository<Case>(*store).list("ORDER BY case_number")) {
            if (placedHere.contains(c.meta.id))
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
    Store *store = openStore();
    if (!store) {
        setErrorText(UiText::storeError(StoreError(StoreErrorCode::Locked, {})));
        return false;
    }
    try {
        Repository<FosterHome> homes(*store);
        // A child lives in one foster home: placing here ends a placement elsewhere.
        for (FosterHome &other : homes.list("ORDER BY created_at")) {
            if (other.meta.id != m_fosterHomeId && other.placedCaseIds.removeAll(caseId) > 0)
                homes.update(other);
        }
        std::optional<FosterHome> home = homes.find(m_fosterHomeId);
        if (!home || !Repository<Case>(*store).find(caseId))
            throw StoreError(StoreErrorCode::NotFound, {});
        if (!home->placedCaseIds.contains(caseId)) {
            home->placedCaseIds.append(caseId);
            homes.update(*home);
        }
    } catch (const StoreError &e) {
        setErrorText(FosterHomeText::storeError(e));
        return false;
    }
    setErrorText({});
    reload();
    return true;
}

QVariantMap VisitDueModel::caseDue(const QString &caseId) const
{
    QVariantMap out {{QStringLiteral("placed"), false}};
    Store *store = openStore();
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

void VisitDueModel::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

} // namespace barntid
