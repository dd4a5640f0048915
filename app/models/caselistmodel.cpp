// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/caselistmodel.h"

#include "domain/timeformat.h"
#include "models/uitext.h"
#include "store/repository.h"
#include "store/statement.h"
#include "store/store.h"
#include "store/storeerror.h"

namespace barntid {

CaseListModel::CaseListModel(QObject *parent)
    : SearchableListModel(parent)
{
    attach();
}

QVariant CaseListModel::value(const QString &key, int role) const
{
    const auto it = m_rows.constFind(key);
    if (it == m_rows.cend())
        return {};
    const Row &row = *it;
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

QStringList CaseListModel::watchedEntities() const
{
    // Visits: each row shows its case's visit count and last visit.
    return {QStringLiteral("case"), QStringLiteral("visit")};
}

QStringList CaseListModel::load(Store &store)
{
    m_rows.clear();
    QHash<QString, std::pair<int, QDateTime>> visits;
    Statement s = store.connection().prepare(
        "SELECT case_id, count(*), max(coalesce(actual_start, created_at)) FROM visits "
        "WHERE deleted = 0 AND case_id IS NOT NULL GROUP BY case_id");
    while (s.step())
        visits.insert(
            s.text(0), {int(s.integer(1)), parseRfc3339(s.text(2)).value_or(QDateTime())});
    QStringList keys;
    for (Case &c : Repository<Case>(store).list("ORDER BY case_number")) {
        const auto v = visits.value(c.meta.id);
        keys << c.meta.id;
        m_rows.insert(keys.last(), {std::move(c), v.first, v.second});
    }
    return keys;
}

bool CaseListModel::matches(const QString &key, const QString &needle) const
{
    const Case &c = m_rows.value(key).record;
    // A protected child's name is not searchable: a match would reveal it.
    return c.caseNumber.contains(needle, Qt::CaseInsensitive)
        || (!c.protectedIdentity && c.childName.contains(needle, Qt::CaseInsensitive));
}

QString CaseListModel::createCase(
    const QString &caseNumber, const QString &childName, int birthYear, bool protectedIdentity)
{
    Case c;
    c.caseNumber = caseNumber.trimmed();
    c.childName = childName.trimmed();
    if (birthYear != 0)
        c.birthYear = birthYear;
    c.protectedIdentity = protectedIdentity;
    // The feed shows the new row as soon as the write commits.
    const bool ok = report(
        [&] {
            Store *s = store();
            if (!s)
                throw StoreError(StoreErrorCode::Locked, {});
            c.responsibleId = s->userId();
            c = Repository<Case>(*s).create(c);
        },
        &UiText::storeError);
    if (!ok)
        return {};
    setErrorText({});
    return c.meta.id;
}

QVariantMap CaseListModel::caseData(const QString &id) const
{
    return m_rows.contains(id) ? rowMap(id) : QVariantMap();
}

} // namespace barntid
