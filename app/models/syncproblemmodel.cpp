// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/syncproblemmodel.h"

#include "domain/timeformat.h"
#include "models/session.h"
#include "models/synccontroller.h"
#include "models/synctext.h"
#include "store/statement.h"
#include "store/store.h"

namespace barntid {

SyncProblemModel::SyncProblemModel(QObject *parent)
    : QAbstractListModel(parent)
{
    if (Session *session = Session::instance())
        connect(session, &Session::stateChanged, this, &SyncProblemModel::reload);
    if (SyncController *sync = SyncController::instance())
        connect(sync, &SyncController::synced, this, &SyncProblemModel::reload);
    reload();
}

int SyncProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SyncProblemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case EntityRole:
        return r.entity;
    case EntityTextRole:
        return SyncText::entity(r.entity);
    case StateRole:
        return r.state;
    case ReasonRole:
        return r.reason;
    case WhenTextRole:
        return r.when.toTimeZone(stockholm()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    default:
        return {};
    }
}

QHash<int, QByteArray> SyncProblemModel::roleNames() const
{
    return {{EntityRole, "entity"}, {EntityTextRole, "entityText"}, {StateRole, "state"},
        {ReasonRole, "reason"}, {WhenTextRole, "whenText"}};
}

void SyncProblemModel::reload()
{
    QList<Row> rows;
    Session *session = Session::instance();
    if (Store *store = session ? session->store() : nullptr) {
        Statement &s
            = store->connection().cached("SELECT entity, state, last_error, created_at FROM outbox "
                                         "WHERE state IN ('rejected', 'conflict') ORDER BY seq");
        while (s.step()) {
            rows.append(Row {s.text(0), s.text(1), SyncText::problem(s.text(1), s.text(2)),
                parseRfc3339(s.text(3)).value_or(QDateTime())});
        }
        s.reset();
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit countChanged();
}

} // namespace barntid
