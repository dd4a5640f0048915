// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/caselistmodel.h"

#include "domain/timeformat.h"
#include "models/session.h"
#include "models/synccontroller.h"
#include "models/uitext.h"
#include "store/repository.h"
#include "store/statement.h"
#include "store/store.h"
#include "store/storeerror.h"

namespace barntid {

CaseListModel::CaseListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    if (Session *session = activeSession())
        connect(session, &Session::stateChanged, this, [this] {
            // What was typed into the search may be a name: it goes with the data on lock.
            if (activeSession()->state() != Session::State::Open && !m_search.isEmpty()) {
                m_search.clear();
                emit searchChanged();
            }
            reload();
        });
    // What a sync wrote is shown at once.
    if (SyncController *sync = SyncController::instance())
        connect(sync, &SyncController::synced, this, &CaseListModel::reload);
    reload();
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return value(m_all.at(m_shown.at(index.row())), role);
}

QVariant CaseListModel::value(const Row &row, int role) const
{
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

void CaseListModel::setSearch(const QString &search)
{
    if (search == m_search)
        return;
    m_search = search;
    emit searchChanged();
    beginResetModel();
    applySearch();
    endResetModel();
    emit countChanged();
}

void CaseListModel::reload()
{
    beginResetModel();
    m_all.clear();
    m_shown.clear();
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

void CaseListModel::applySearch()
{
    m_shown.clear();
    const QString needle = m_search.trimmed();
    for (int i = 0; i < m_all.size(); ++i) {
        const Case &c = m_all.at(i).record;
        // A protected child's name is not searchable: a match would reveal it.
        if (needle.isEmpty() || c.caseNumber.contains(needle, Qt::CaseInsensitive)
            || (!c.protectedIdentity && c.childName.contains(needle, Qt::CaseInsensitive)))
            m_shown.append(i);
    }
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
    for (const Row &row : m_all) {
        if (row.record.meta.id != id)
            continue;
        QVariantMap map;
        const auto names = roleNames();
        for (auto it = names.cbegin(); it != names.cend(); ++it)
            map.insert(QString::fromLatin1(it.value()), value(row, it.key()));
        return map;
    }
    return {};
}

void CaseListModel::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

} // namespace barntid
