// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/visitlistmodel.h"

#include "domain/timeformat.h"
#include "models/session.h"
#include "models/synccontroller.h"
#include "models/uitext.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "store/visitrepository.h"

#include <algorithm>

namespace barntid {

namespace {
constexpr int previewLength = 120;
}

VisitListModel::VisitListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    if (Session *session = activeSession())
        connect(session, &Session::stateChanged, this, &VisitListModel::reload);
    // What a sync wrote is shown at once.
    if (SyncController *sync = SyncController::instance())
        connect(sync, &SyncController::synced, this, &VisitListModel::reload);
}

int VisitListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant VisitListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const VisitSummary &v = m_rows.at(index.row());
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
    reload();
}

void VisitListModel::setFosterHomeId(const QString &fosterHomeId)
{
    if (fosterHomeId == m_fosterHomeId)
        return;
    m_fosterHomeId = fosterHomeId;
    emit fosterHomeIdChanged();
    reload();
}

void VisitListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    Session *session = activeSession();
    Store *store = session ? session->store() : nullptr;
    if (store && (!m_caseId.isEmpty() || !m_fosterHomeId.isEmpty())) {
        try {
            // Twice the preview: simplified() may shorten what whitespace made long.
            VisitRepository visits(*store);
            m_rows = !m_caseId.isEmpty()
                ? visits.summariesForCase(m_caseId, 2 * previewLength)
                : visits.summariesForFosterHome(m_fosterHomeId, 2 * previewLength);
        } catch (const StoreError &) {
            m_rows.clear(); // a locked or failing store shows an empty list, never stale rows
        }
    }
    endResetModel();
    emit countChanged();
}

} // namespace barntid
