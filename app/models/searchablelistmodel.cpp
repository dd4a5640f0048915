// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/searchablelistmodel.h"

#include "models/session.h"
#include "models/synccontroller.h"
#include "models/uitext.h"

namespace barntid {

SearchableListModel::SearchableListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    if (Session *session = activeSession())
        connect(session, &Session::stateChanged, this, [this, session] {
            // What was typed into the search may be a name: it goes with the data on lock.
            if (session->state() != Session::State::Open && !m_search.isEmpty()) {
                m_search.clear();
                emit searchChanged();
            }
            reload();
        });
    // What a sync wrote is shown at once.
    if (SyncController *sync = SyncController::instance())
        connect(sync, &SyncController::synced, this, [this] { reload(); });
}

int SearchableListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant SearchableListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return value(m_shown.at(index.row()), role);
}

void SearchableListModel::setSearch(const QString &search)
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

void SearchableListModel::applySearch()
{
    m_shown.clear();
    const QString needle = m_search.trimmed();
    for (int i = 0; i < sourceCount(); ++i) {
        if (needle.isEmpty() || matches(i, needle))
            m_shown.append(i);
    }
}

QVariantMap SearchableListModel::rowMap(int source) const
{
    QVariantMap map;
    const auto names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), value(source, it.key()));
    return map;
}

void SearchableListModel::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

} // namespace barntid
