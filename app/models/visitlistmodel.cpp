// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/visitlistmodel.h"

#include "domain/timeformat.h"
#include "models/uitext.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "store/visitrepository.h"

#include <algorithm>

namespace barntid {

namespace {
constexpr int previewLength = 120;
// A tablet shows about ten rows: a page is a few screens, read in a few milliseconds.
constexpr int rowsPerPage = 100;
} // namespace

VisitListModel::VisitListModel(QObject *parent)
    : StoreBoundModel(parent)
{
    attach();
}

QVariant VisitListModel::value(const QString &key, int role) const
{
    const auto it = m_rows.constFind(key);
    if (it == m_rows.cend())
        return {};
    const VisitSummary &v = *it;
    switch (role) {
    case IdRole:
        return v.id;
    case KindRole:
        return v.kind;
    case KindTextRole:
        return UiText::visitKind(v.kind);
    case StatusRole:
        return v.status;
    case StatusTextRole:
        return UiText::visitStatus(v.status);
    case StartedAtRole:
        // Parsed here, for the rows on screen, rather than for every row at load.
        return parseRfc3339(v.startedAt).value_or(QDateTime());
    case NotePreviewRole: {
        QString text = v.notePreview.simplified();
        if (text.size() > previewLength)
            text = text.left(previewLength - 1) + u'…';
        return text;
    }
    case AmendmentCountRole:
        return v.amendments;
    default:
        return {};
    }
}

QHash<int, QByteArray> VisitListModel::roleNames() const
{
    return {{IdRole, "id"}, {KindRole, "kind"}, {KindTextRole, "kindText"}, {StatusRole, "status"},
        {StatusTextRole, "statusText"}, {StartedAtRole, "startedAt"},
        {NotePreviewRole, "notePreview"}, {AmendmentCountRole, "amendmentCount"}};
}

void VisitListModel::setCaseId(const QString &caseId)
{
    if (caseId == m_caseId)
        return;
    m_caseId = caseId;
    emit caseIdChanged();
    firstPage();
    reload();
}

void VisitListModel::setFosterHomeId(const QString &fosterHomeId)
{
    if (fosterHomeId == m_fosterHomeId)
        return;
    m_fosterHomeId = fosterHomeId;
    emit fosterHomeIdChanged();
    firstPage();
    reload();
}

int VisitListModel::pageSize() const
{
    return rowsPerPage;
}

QStringList VisitListModel::watchedEntities() const
{
    return {QStringLiteral("visit"), QStringLiteral("visit_amendment")};
}

QStringList VisitListModel::loadMore(Store &store, int count)
{
    if (loadedKeys().isEmpty())
        return {};
    const VisitSummary &last = m_rows[loadedKeys().last()];
    const VisitListCursor after {last.createdAt, last.rowId};
    VisitRepository visits(store);
    const QList<VisitSummary> rows = !m_caseId.isEmpty()
        ? visits.summariesForCase(m_caseId, 2 * previewLength, count, after)
        : visits.summariesForFosterHome(m_fosterHomeId, 2 * previewLength, count, after);
    QStringList keys;
    for (const VisitSummary &v : rows) {
        keys << v.id;
        m_rows.insert(v.id, v);
    }
    return keys;
}

QStringList VisitListModel::load(Store &store)
{
    m_rows.clear();
    if (m_caseId.isEmpty() && m_fosterHomeId.isEmpty())
        return {};
    // Twice the preview: simplified() may shorten what whitespace made long.
    VisitRepository visits(store);
    const QList<VisitSummary> rows = !m_caseId.isEmpty()
        ? visits.summariesForCase(m_caseId, 2 * previewLength, readLimit())
        : visits.summariesForFosterHome(m_fosterHomeId, 2 * previewLength, readLimit());
    QStringList keys;
    for (const VisitSummary &v : rows) {
        keys << v.id;
        m_rows.insert(v.id, v);
    }
    return keys;
}

} // namespace barntid
