// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/searchablelistmodel.h"

namespace barntid {

SearchableListModel::SearchableListModel(QObject *parent)
    : StoreBoundModel(parent)
{ }

void SearchableListModel::setSearch(const QString &search)
{
    if (search == m_search)
        return;
    m_search = search;
    emit searchChanged();
    reshow();
}

QStringList SearchableListModel::shown(const QStringList &all) const
{
    const QString needle = m_search.trimmed();
    if (needle.isEmpty())
        return all;
    QStringList result;
    for (const QString &key : all) {
        if (matches(key, needle))
            result << key;
    }
    return result;
}

void SearchableListModel::locked()
{
    if (m_search.isEmpty())
        return;
    m_search.clear();
    emit searchChanged();
}

QVariantMap SearchableListModel::rowMap(const QString &key) const
{
    QVariantMap map;
    const auto names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), value(key, it.key()));
    return map;
}

} // namespace barntid
