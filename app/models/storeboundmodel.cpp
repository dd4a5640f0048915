// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storeboundmodel.h"

#include "models/session.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QScopedValueRollback>

namespace barntid {

StoreBoundModel::StoreBoundModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void StoreBoundModel::attach()
{
    bind();
    reload();
}

int StoreBoundModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

QVariant StoreBoundModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return value(m_keys.at(index.row()), role);
}

bool StoreBoundModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore;
}

void StoreBoundModel::fetchMore(const QModelIndex &parent)
{
    // Not from inside a reload or a fetch (a listener of the row signals asking): the rows are
    // moving.
    Store *s = store();
    if (!canFetchMore(parent) || m_reloading || !s)
        return;
    const QScopedValueRollback reloading(m_reloading, true);
    // Only the next page is read; a later change reads every page fetched (readLimit()).
    QStringList next;
    if (!report([&] { next = loadMore(*s, pageSize() + 1); }))
        return;
    ++m_pages;
    m_hasMore = next.size() > pageSize();
    if (m_hasMore)
        next.resize(pageSize());
    m_loaded += next;
    const QStringList added = shown(next);
    if (added.isEmpty())
        return;
    const int first = int(m_keys.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_keys += added;
    endInsertRows();
    emit countChanged();
}

QStringList StoreBoundModel::loadMore(Store &, int)
{
    return {};
}

int StoreBoundModel::readLimit() const
{
    const int page = pageSize();
    return page > 0 ? m_pages * page + 1 : -1;
}

Session *StoreBoundModel::session() const
{
    return m_session ? m_session.data() : Session::instance();
}

void StoreBoundModel::setSession(Session *session)
{
    if (session == m_session)
        return;
    m_session = session;
    emit sessionChanged();
    if (session != m_bound) {
        bind();
        reload();
    }
}

void StoreBoundModel::bind()
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    Session *bound = session();
    m_bound = bound;
    if (!bound)
        return;
    m_connections << connect(bound, &Session::stateChanged, this, [this, bound] {
        setErrorText({});
        if (bound->state() != Session::State::Open) {
            locked(); // what was typed into a search may be a name: it goes with the data
            firstPage();
        }
        reload();
    });
    // Auto connection: at once for a commit on this thread, queued from the sync thread.
    m_connections << connect(
        &bound->changes(), &StoreChanges::committed, this, &StoreBoundModel::onChanges);
}

Store *StoreBoundModel::store() const
{
    Session *s = m_bound.data();
    return s ? s->store() : nullptr;
}

void StoreBoundModel::onChanges(const StoreChangeList &changes)
{
    if (!store())
        return; // queued from the sync thread, arrived after the lock: nothing to show
    for (const StoreChange &change : changes) {
        if (concerns(change)) {
            reload();
            return;
        }
    }
}

bool StoreBoundModel::concerns(const StoreChange &change) const
{
    return watchedEntities().contains(change.entity);
}

bool StoreBoundModel::report(const std::function<void()> &work)
{
    return report(work, [](const StoreError &e) { return Session::errorMessage(e); });
}

bool StoreBoundModel::report(
    const std::function<void()> &work, const std::function<QString(const StoreError &)> &words)
{
    try {
        work();
        return true;
    } catch (const StoreError &e) {
        setErrorText(words(e));
        return false;
    }
}

bool StoreBoundModel::write(const std::function<void(Store &)> &work,
    const std::function<QString(const StoreError &)> &words)
{
    const bool ok = report(
        [&] {
            Store *s = store();
            if (!s)
                throw StoreError(StoreErrorCode::Locked, {});
            work(*s);
        },
        words);
    if (ok)
        setErrorText({});
    return ok;
}

void StoreBoundModel::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

void StoreBoundModel::reload()
{
    const QScopedValueRollback reloading(m_reloading, true);
    const QHash<QString, QVariantList> before = snapshot();
    QStringList all;
    Store *s = store();
    // A locked or failing store shows an empty list, never stale rows.
    if (!s || !report([&] { all = load(*s); })) {
        all.clear();
        clearRows();
    }
    // load() read one row past the pages fetched: it tells that a further page exists.
    const qsizetype fetched = qsizetype(m_pages) * pageSize();
    m_hasMore = pageSize() > 0 && all.size() > fetched;
    if (m_hasMore)
        all.resize(fetched);
    m_loaded = all;
    showRows(shown(all), before);
    emit loaded();
}

void StoreBoundModel::reshow()
{
    showRows(shown(m_loaded), snapshot());
}

QVariantList StoreBoundModel::rowValues(const QString &key) const
{
    QList<int> roles = roleNames().keys();
    std::sort(roles.begin(), roles.end());
    QVariantList values;
    values.reserve(roles.size());
    for (int role : roles)
        values << value(key, role);
    return values;
}

QHash<QString, QVariantList> StoreBoundModel::snapshot() const
{
    QHash<QString, QVariantList> values;
    values.reserve(m_keys.size());
    for (const QString &key : m_keys)
        values.insert(key, rowValues(key));
    return values;
}

void StoreBoundModel::showRows(const QStringList &next, const QHash<QString, QVariantList> &before)
{
    const int oldCount = int(m_keys.size());
    removeMissing(next);
    insertAndMove(next);
    Q_ASSERT(m_keys == next);
    // Rows that stayed: told only when what a delegate reads from them differs.
    for (int row = 0; row < m_keys.size(); ++row) {
        const auto it = before.constFind(m_keys.at(row));
        if (it != before.cend() && *it != rowValues(m_keys.at(row)))
            emit dataChanged(index(row), index(row));
    }
    if (m_keys.size() != oldCount)
        emit countChanged();
}

void StoreBoundModel::removeMissing(const QStringList &next)
{
    const QSet<QString> keep(next.cbegin(), next.cend());
    // From the end, a run of neighbouring rows at a time, so the rows above keep their numbers.
    for (int last = int(m_keys.size()) - 1; last >= 0; --last) {
        if (keep.contains(m_keys.at(last)))
            continue;
        int first = last;
        while (first > 0 && !keep.contains(m_keys.at(first - 1)))
            --first;
        beginRemoveRows({}, first, last);
        m_keys.remove(first, last - first + 1);
        endRemoveRows();
        last = first;
    }
}

void StoreBoundModel::insertAndMove(const QStringList &next)
{
    QSet<QString> present(m_keys.cbegin(), m_keys.cend());
    for (int row = 0; row < next.size(); ++row) {
        if (row < m_keys.size() && m_keys.at(row) == next.at(row))
            continue;
        if (present.contains(next.at(row))) {
            // Above row everything is in place already, so it comes up from further down.
            const int from = int(m_keys.indexOf(next.at(row), row));
            beginMoveRows({}, from, from, {}, row);
            m_keys.move(from, row);
            endMoveRows();
            continue;
        }
        int last = row;
        while (last + 1 < next.size() && !present.contains(next.at(last + 1)))
            ++last;
        beginInsertRows({}, row, last);
        for (int i = row; i <= last; ++i) {
            m_keys.insert(i, next.at(i));
            present.insert(next.at(i));
        }
        endInsertRows();
        row = last;
    }
}

} // namespace barntid
