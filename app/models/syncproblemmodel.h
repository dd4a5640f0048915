// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QQmlEngine>

namespace barntid {

/** The "needs attention" list: local changes the server refused or found in conflict, with the
 *  reason in the UI language. The local copies stay on the tablet; nothing here deletes them. */
class SyncProblemModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        EntityRole = Qt::UserRole + 1,
        EntityTextRole,
        StateRole,
        ReasonRole,
        WhenTextRole
    };
    Q_ENUM(Role)

    explicit SyncProblemModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void reload();

signals:
    void countChanged();

private:
    struct Row
    {
        QString entity;
        QString state;
        QString reason;
        QDateTime when;
    };
    QList<Row> m_rows;
};

} // namespace barntid
