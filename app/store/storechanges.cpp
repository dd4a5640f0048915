// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/storechanges.h"

namespace barntid {

StoreChanges::StoreChanges(QObject *parent)
    : QObject(parent)
{
    // Crosses from the sync thread to the UI thread by value in a queued connection.
    qRegisterMetaType<StoreChangeList>();
}

void StoreChanges::publish(const StoreChangeList &changes)
{
    if (!changes.isEmpty())
        emit committed(changes);
}

void noteChange(StoreChangeList &list, const QString &entity, StoreChange::Op op, const QString &id)
{
    if (list.isEmpty() || list.last().entity != entity || list.last().op != op)
        list.append(StoreChange {entity, op, {}, false});
    StoreChange &last = list.last();
    if (id.isEmpty()) {
        // "Any record" swallows the single ids beside it.
        last.anyRecord = true;
        last.ids.clear();
    } else if (!last.anyRecord && !last.ids.contains(id)) {
        last.ids.append(id);
    }
}

} // namespace barntid
