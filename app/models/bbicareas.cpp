// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/bbicareas.h"

#include "domain/bbic.h"

namespace barntid {

BbicAreas::BbicAreas(QObject *parent)
    : QAbstractListModel(parent)
{ }

int BbicAreas::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(bbicAreas().size());
}

QVariant BbicAreas::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QString code = bbicAreas().at(index.row());
    switch (role) {
    case CodeRole:
        return code;
    case Qt::DisplayRole:
    case LabelRole:
        return label(code);
    case GroupRole:
        return group(code);
    default:
        return {};
    }
}

QHash<int, QByteArray> BbicAreas::roleNames() const
{
    return {{CodeRole, "code"}, {LabelRole, "label"}, {GroupRole, "group"}};
}

QString BbicAreas::label(const QString &code)
{
    return bbicLabel(code);
}

QString BbicAreas::group(const QString &code)
{
    return bbicGroup(code);
}

} // namespace barntid
