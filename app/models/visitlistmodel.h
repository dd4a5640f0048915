// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storeboundmodel.h"
#include "store/visitrepository.h"

#include <QQmlEngine>

namespace barntid {

/** The visits of one case (case page) or made at one foster home (foster-home page), newest
 *  first. caseId wins when both are set. */
class VisitListModel : public barntid::StoreBoundModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString caseId READ caseId WRITE setCaseId NOTIFY caseIdChanged)
    Q_PROPERTY(
        QString fosterHomeId READ fosterHomeId WRITE setFosterHomeId NOTIFY fosterHomeIdChanged)

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

    QHash<int, QByteArray> roleNames() const override;

    QString caseId() const { return m_caseId; }
    void setCaseId(const QString &caseId);
    QString fosterHomeId() const { return m_fosterHomeId; }
    void setFosterHomeId(const QString &fosterHomeId);

signals:
    void caseIdChanged();
    void fosterHomeIdChanged();

private:
    QStringList watchedEntities() const override;
    QStringList load(Store &store) override;
    void clearRows() override { m_rows.clear(); }
    int pageSize() const override;
    QStringList loadMore(Store &store, int count) override;
    QVariant value(const QString &key, int role) const override;

    QString m_caseId;
    QString m_fosterHomeId;
    QHash<QString, VisitSummary> m_rows;
};

} // namespace barntid
