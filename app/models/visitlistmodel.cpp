// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/visitlistmodel.h"

#include "models/session.h"
#include "models/uitext.h"
#include "store/statement.h"
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
}

int VisitListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant VisitListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Visit &v = row.visit;
    switch (role) {
    case IdRole:
        return v.meta.id;
    case KindRole:
        return v.kind;
    case KindTextRole:
        return UiText::visitKind(v.kind);
    case StatusRole:
        return v.status;
    case StatusTextRole:
        return UiText::visitStatus(v.status);
    case StartedAtRole:
        return v.actualStart.value_or(v.meta.createdAt);
    case NotePreviewRole: {
        QString text = v.note.simplified();
        if (text.size() > previewLength)
            text = text.left(previewLength - 1) + u'…';
        return text;
    }
    case AmendmentCountRole:
        return row.amendments;
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

void VisitListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    Session *session = activeSession();
    Store *store = session ? session->store() : nullptr;
    if (store && !m_caseId.isEmpty()) {
        try {
            QHash<QString, int> amendments;
            Statement s = store->connection().prepare(
                "SELECT a.visit_id, count(*) FROM visit_amendments a JOIN visits v "
                "ON v.id = a.visit_id WHERE a.deleted = 0 AND v.case_id = ? GROUP BY a.visit_id");
            s.bind(1, m_caseId);
            while (s.step())
                amendments.insert(s.text(0), int(s.integer(1)));
            const QList<Visit> visits = VisitRepository(*store).forCase(m_caseId);
            // Ids are UUIDv7 and forCase sorts by creation: newest first is the reverse.
            for (auto it = visits.crbegin(); it != visits.crend(); ++it)
                m_rows.append({*it, amendments.value(it->meta.id)});
        } catch (const StoreError &) {
            m_rows.clear(); // a locked or failing store shows an empty list, never stale rows
        }
    }
    endResetModel();
    emit countChanged();
}

} // namespace barntid
