// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/syncproblemmodel.h"

#include "domain/timeformat.h"
#include "models/synctext.h"
#include "store/statement.h"
#include "store/store.h"

namespace barntid {

SyncProblemModel::SyncProblemModel(QObject *parent)
    : StoreBoundModel(parent)
{
    attach();
}

QVariant SyncProblemModel::value(const QString &key, int role) const
{
    const auto it = m_rows.constFind(key);
    if (it == m_rows.cend())
        return {};
    const Row &r = *it;
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

QStringList SyncProblemModel::watchedEntities() const
{
    return {StoreChange::outbox};
}

QStringList SyncProblemModel::load(Store &store)
{
    m_rows.clear();
    Statement &s
        = store.connection().cached("SELECT seq, entity, state, last_error, created_at FROM outbox "
                                    "WHERE state IN ('rejected', 'conflict') ORDER BY seq");
    QStringList keys;
    while (s.step()) {
        keys << QString::number(s.integer(0));
        m_rows.insert(keys.last(),
            Row {s.text(1), s.text(2), SyncText::problem(s.text(2), s.text(3)),
                parseRfc3339(s.text(4)).value_or(QDateTime())});
    }
    s.reset();
    return keys;
}

} // namespace barntid
