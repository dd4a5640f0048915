// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/visitrepository.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace barntid {

/** The visits of one case (case page) or made at one foster home (foster-home page), newest
 *  first. caseId wins when both are set. */
class VisitListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString caseId READ caseId WRITE setCaseId NOTIFY caseIdChanged)
    Q_PROPERTY(
        QString fosterHomeId READ fosterHomeId WRITE setFosterHomeId NOTIFY fosterHomeIdChanged)
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
    QString fosterHomeId() const { return m_fosterHomeId; }
    void setFosterHomeId(const QString &fosterHomeId);

    Q_INVOKABLE void reload();

signals:
    void caseIdChanged();
    void fosterHomeIdChanged();
    void countChanged();

private:
    QString m_caseId;
    QString m_fosterHomeId;
    QList<VisitSummary> m_rows;
};

} // namespace barntid
