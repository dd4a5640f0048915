// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/visitrepository.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace barntid {

/** The visits of one case, newest first, for the case page. */
class VisitListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString caseId READ caseId WRITE setCaseId NOTIFY caseIdChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,
        KindTextRole,
        StatusRole,
        StatusTextRole,
        StartedAtRole,
        NotePreviewRole,
        AmendmentCountRole,
    };
    Q_ENUM(Role)

    explicit VisitListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString caseId() const { return m_caseId; }
    void setCaseId(const QString &caseId);

    Q_INVOKABLE void reload();

signals:
    void caseIdChanged();
    void countChanged();

private:
    QString m_caseId;
    QList<VisitSummary> m_rows;
};

} // namespace barntid
