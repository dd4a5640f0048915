// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/caselistmodel.h"

#include "domain/timeformat.h"
#include "models/session.h"
#include "models/uitext.h"
#include "store/repository.h"
#include "store/statement.h"
#include "store/store.h"
#include "store/storeerror.h"

namespace barntid {

CaseListModel::CaseListModel(QObject *parent)
    : SearchableListModel(parent)
{
    reload();
}

QVariant CaseListModel::value(int source, int role) const
{
    const Row &row = m_all.at(source);
    const Case &c = row.record;
    switch (role) {
    case IdRole:
        return c.meta.id;
    case CaseNumberRole:
        return c.caseNumber;
    case DisplayNameRole:
        return c.protectedIdentity ? UiText::protectedIdentity() : c.displayName();
    case BirthYearRole:
        return c.birthYear ? *c.birthYear : 0;
    case ProtectedIdentityRole:
        return c.protectedIdentity;
    case VisitCountRole:
        return row.visitCount;
    case LastVisitAtRole:
        return row.lastVisitAt;
    default:
        return {};
    }
}

QHash<int, QByteArray> CaseListModel::roleNames() const
{
    return {{IdRole, "id"}, {CaseNumberRole, "caseNumber"}, {DisplayNameRole, "displayName"},
        {BirthYearRole, "birthYear"}, {ProtectedIdentityRole, "protectedIdentity"},
        {VisitCountRole, "visitCount"}, {LastVisitAtRole, "lastVisitAt"}};
}

void CaseListModel::reload()
{
    beginResetModel();
    m_all.clear();
    Session *session = activeSession();
    Store *store = session ? session->store() : nullptr;
    if (store) {
        try {
            QHash<QString, std::pair<int, QDateTime>> visits;
            Statement s = store->connection().prepare(
                "SELECT case_id, count(*), max(coalesce(actual_start, created_at)) FROM visits "
                "WHERE deleted = 0 AND case_id IS NOT NULL GROUP BY case_id");
            while (s.step())
                visits.insert(
                    s.text(0), {int(s.integer(1)), parseRfc3339(s.text(2)).value_or(QDateTime())});
            for (Case &c : Repository<Case>(*store).list("ORDER BY case_number")) {
                const auto v = visits.value(c.meta.id);
                m_all.append({std::move(c), v.first, v.second});
            }
        } catch (const StoreError &e) {
            m_all.clear();
            setErrorText(UiText::storeError(e));
        }
    }
    applySearch();
    endResetModel();
    emit countChanged();
}

bool CaseListModel::matches(int source, const QString &needle) const
{
    const Case &c = m_all.at(source).record;
    // A protected child's name is not searchable: a match would reveal it.
    return c.caseNumber.contains(needle, Qt::CaseInsensitive)
        || (!c.protectedIdentity && c.childName.contains(needle, Qt::CaseInsensitive));
}

QString CaseListModel::createCase(
    const QString &caseNumber, const QString &childName, int birthYear, bool protectedIdentity)
{
    Session *session = activeSession();
    Store *store = session ? session->store() : nullptr;
    if (!store) {
        setErrorText(UiText::storeError(StoreError(StoreErrorCode::Locked, {})));
        return {};
    }
    Case c;
    c.caseNumber = caseNumber.trimmed();
    c.childName = childName.trimmed();
    if (birthYear != 0)
        c.birthYear = birthYear;
    c.protectedIdentity = protectedIdentity;
    c.responsibleId = store->userId();
    try {
        c = Repository<Case>(*store).create(c);
    } catch (const StoreError &e) {
        setErrorText(UiText::storeError(e));
        return {};
    }
    setErrorText({});
    reload();
    return c.meta.id;
}

QVariantMap CaseListModel::caseData(const QString &id) const
{
    for (int i = 0; i < m_all.size(); ++i) {
        if (m_all.at(i).record.meta.id == id)
            return rowMap(i);
    }
    return {};
}

} // namespace barntid
