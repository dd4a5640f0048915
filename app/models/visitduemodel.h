// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/case.h"
#include "domain/visitdue.h"
#include "models/storeboundmodel.h"

#include <QQmlEngine>

namespace barntid {

class Store;

/** The children placed in one foster home with the date their next visit is due (policy:
 *  visitsPerYear, default 4), overdue ones flagged; names masked for protected identity.
 *  Also places a case in the home, and answers "next visit due" for one case. */
class VisitDueModel : public barntid::StoreBoundModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        QString fosterHomeId READ fosterHomeId WRITE setFosterHomeId NOTIFY fosterHomeIdChanged)
    Q_PROPERTY(
        int visitsPerYear READ visitsPerYear WRITE setVisitsPerYear NOTIFY visitsPerYearChanged)

public:
    enum Role {
        CaseIdRole = Qt::UserRole + 1,
        CaseNumberRole,
        DisplayNameRole,
        ProtectedIdentityRole,
        DueOnRole, // ISO date
        DueTextRole,
        OverdueRole, // overdue or never visited: stands out
        NeverVisitedRole,
    };
    Q_ENUM(Role)

    explicit VisitDueModel(QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;

    QString fosterHomeId() const { return m_fosterHomeId; }
    void setFosterHomeId(const QString &id);
    int visitsPerYear() const { return m_visitsPerYear; }
    void setVisitsPerYear(int perYear);

    /** Cases on this device not placed in this home: [{id, label}], masked. */
    Q_INVOKABLE QVariantList placeableCases() const;
    /** Places the case here (and takes it out of any other home on this device). */
    Q_INVOKABLE bool placeCase(const QString &caseId);
    /** {placed, dueOn, text, overdue} for one case; placed=false when in no foster home. */
    Q_INVOKABLE QVariantMap caseDue(const QString &caseId) const;

    static VisitDue dueFor(Store &store, const QString &caseId, int visitsPerYear);

signals:
    void fosterHomeIdChanged();
    void visitsPerYearChanged();

private:
    struct Row
    {
        Case record;
        VisitDue due;
    };
    QStringList watchedEntities() const override;
    QStringList load(Store &store) override;
    void clearRows() override { m_rows.clear(); }
    QVariant value(const QString &key, int role) const override;
    void place(Store &store, const QString &caseId);

    QHash<QString, Row> m_rows; // by case id
    QString m_fosterHomeId;
    int m_visitsPerYear = VisitDue::defaultVisitsPerYear;
};

} // namespace barntid
