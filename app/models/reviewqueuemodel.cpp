// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reviewqueuemodel.h"

#include "domain/timeformat.h"
#include "models/reviewtext.h"
#include "models/teamroster.h"
#include "store/store.h"

#include <algorithm>

namespace barntid {

ReviewQueueModel::ReviewQueueModel(QObject *parent)
    : StoreBoundModel(parent)
{
    attach();
}

QHash<int, QByteArray> ReviewQueueModel::roleNames() const
{
    return {{KeyRole, "key"}, {EntityRole, "entity"}, {RecordIdRole, "recordId"},
        {AuthorIdRole, "authorId"}, {AuthorNameRole, "authorName"}, {KindTextRole, "kindText"},
        {TitleRole, "title"}, {AtRole, "at"}, {StatusRole, "status"},
        {StatusTextRole, "statusText"}, {PendingRole, "pending"}, {RefusedRole, "refused"},
        {AmendmentCountRole, "amendmentCount"}};
}

QStringList ReviewQueueModel::watchedEntities() const
{
    return {QStringLiteral("visit"), QStringLiteral("visit_amendment"), QStringLiteral("contact"),
        QStringLiteral("time_entry"), QStringLiteral("review"), QStringLiteral("case"),
        QStringLiteral("foster_home"), QStringLiteral("outbox")};
}

QStringList ReviewQueueModel::load(Store &store)
{
    m_rows.clear();
    QList<ReviewItem> items = ReviewBook(store).teamEntries(store.userId());
    // Oldest first: what has waited longest is decided first.
    std::stable_sort(items.begin(), items.end(),
        [](const ReviewItem &a, const ReviewItem &b) { return a.at < b.at; });
    const ReviewTitles titles(store);
    // Names come from the roster the last sync stored (none yet: "unknown user").
    const QHash<QString, QString> names = TeamRoster::namesIn(store);
    QStringList keys;
    for (ReviewItem &item : items) {
        Row row;
        row.title = titles.title(item);
        row.authorName = names.value(item.authorId, ReviewText::unknownPerson());
        row.item = std::move(item);
        keys << row.item.key();
        m_rows.insert(keys.last(), std::move(row));
    }
    return keys;
}

QVariant ReviewQueueModel::value(const QString &key, int role) const
{
    const auto it = m_rows.constFind(key);
    if (it == m_rows.cend())
        return {};
    const ReviewItem &i = it->item;
    switch (role) {
    case KeyRole:
        return key;
    case EntityRole:
        return i.entity;
    case RecordIdRole:
        return i.id;
    case AuthorIdRole:
        return i.authorId;
    case AuthorNameRole:
        return it->authorName;
    case KindTextRole:
        return ReviewText::kind(i);
    case TitleRole:
    case Qt::DisplayRole:
        return it->title;
    case AtRole:
        return i.at;
    case StatusRole:
        return ReviewText::statusCode(i);
    case StatusTextRole:
        return ReviewText::status(i);
    case PendingRole:
        return i.decisionPending;
    case RefusedRole:
        return i.refusedCode.isEmpty() ? QString() : ReviewText::refused(i.refusedCode);
    case AmendmentCountRole:
        return int(i.amendments.size());
    default:
        return {};
    }
}

bool ReviewQueueModel::passes(const Row &row) const
{
    const ReviewItem &i = row.item;
    if (!m_worker.isEmpty() && i.authorId != m_worker)
        return false;
    if (!m_entity.isEmpty() && i.entity != m_entity)
        return false;
    if (!m_status.isEmpty() && ReviewText::statusCode(i) != m_status)
        return false;
    const QDate day = i.at.toTimeZone(stockholm()).date();
    if (m_from.isValid() && day < m_from)
        return false;
    if (m_to.isValid() && day > m_to)
        return false;
    return true;
}

QStringList ReviewQueueModel::shown(const QStringList &all) const
{
    QStringList keys;
    for (const QString &key : all) {
        if (passes(m_rows.value(key)))
            keys << key;
    }
    return keys;
}

int ReviewQueueModel::toReviewCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
        [](const Row &r) { return r.item.state.status == ReviewState::Status::ToReview; }));
}

void ReviewQueueModel::filtersChanged()
{
    reshow();
    emit filterChanged();
}

void ReviewQueueModel::setWorker(const QString &worker)
{
    if (worker != m_worker) {
        m_worker = worker;
        filtersChanged();
    }
}

void ReviewQueueModel::setEntity(const QString &entity)
{
    if (entity != m_entity) {
        m_entity = entity;
        filtersChanged();
    }
}

void ReviewQueueModel::setStatus(const QString &status)
{
    if (status != m_status) {
        m_status = status;
        filtersChanged();
    }
}

void ReviewQueueModel::setFrom(const QString &text)
{
    const QDate from = QDate::fromString(text, Qt::ISODate);
    if (from != m_from) {
        m_from = from;
        filtersChanged();
    }
}

void ReviewQueueModel::setTo(const QString &text)
{
    const QDate to = QDate::fromString(text, Qt::ISODate);
    if (to != m_to) {
        m_to = to;
        filtersChanged();
    }
}

} // namespace barntid
