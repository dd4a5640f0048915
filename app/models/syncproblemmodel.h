// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storeboundmodel.h"

#include <QDateTime>
#include <QQmlEngine>

namespace barntid {

/** The "needs attention" list: local changes the server refused or found in conflict, with the
 *  reason in the UI language. The local copies stay on the tablet; nothing here deletes them. */
class SyncProblemModel : public barntid::StoreBoundModel
{
    Q_OBJECT
    QML_ELEMENT

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

    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString entity;
        QString state;
        QString reason;
        QDateTime when;
    };
    QStringList watchedEntities() const override;
    QStringList load(Store &store) override;
    void clearRows() override { m_rows.clear(); }
    QVariant value(const QString &key, int role) const override;

    QHash<QString, Row> m_rows; // by outbox seq
};

} // namespace barntid
