// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>

namespace barntid {

/** The BBIC areas a visit note can be tagged with, in the words social workers use, grouped
 *  by the side of the BBIC triangle. */
class BbicAreas : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    enum Role { CodeRole = Qt::UserRole + 1, LabelRole, GroupRole };
    Q_ENUM(Role)

    explicit BbicAreas(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE static QString label(const QString &code);
    Q_INVOKABLE static QString group(const QString &code);
};

} // namespace barntid
