// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/case.h"
#include "models/searchablelistmodel.h"

#include <QQmlEngine>

namespace barntid {

/** The worker's cases for the case list, searchable; a protected identity never leaves this
 *  model unmasked (displayName carries the mask text, search ignores the hidden name). */
class CaseListModel : public barntid::SearchableListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CaseNumberRole,
        DisplayNameRole,
        BirthYearRole,
        ProtectedIdentityRole,
        VisitCountRole,
        LastVisitAtRole,
    };
    Q_ENUM(Role)

    explicit CaseListModel(QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;

    void reload() override;
    /** The new case's id, or "" with errorText set. birthYear 0 = not given. */
    Q_INVOKABLE QString createCase(
        const QString &caseNumber, const QString &childName, int birthYear, bool protectedIdentity);
    /** The roles of one case as a map (masked like the rows); empty if unknown. */
    Q_INVOKABLE QVariantMap caseData(const QString &id) const;

private:
    struct Row
    {
        Case record;
        int visitCount = 0;
        QDateTime lastVisitAt;
    };
    int sourceCount() const override { return int(m_all.size()); }
    QVariant value(int source, int role) const override;
    bool matches(int source, const QString &needle) const override;

    QList<Row> m_all;
};

} // namespace barntid
