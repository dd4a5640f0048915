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
    QStringList watchedEntities() const override;
    QStringList load(Store &store) override;
    void clearRows() override { m_rows.clear(); }
    QVariant value(const QString &key, int role) const override;
    bool matches(const QString &key, const QString &needle) const override;

    QHash<QString, Row> m_rows;
};

} // namespace barntid
