// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/case.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace barntid {

/** The worker's cases for the case list, searchable; a protected identity never leaves this
 *  model unmasked (displayName carries the mask text, search ignores the hidden name). */
class CaseListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

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

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString search() const { return m_search; }
    void setSearch(const QString &search);
    QString errorText() const { return m_errorText; }

    /** Reads the cases again (after a visit was added, or on returning to the list). */
    Q_INVOKABLE void reload();
    /** The new case's id, or "" with errorText set. birthYear 0 = not given. */
    Q_INVOKABLE QString createCase(
        const QString &caseNumber, const QString &childName, int birthYear, bool protectedIdentity);
    /** The roles of one case as a map (masked like the rows); empty if unknown. */
    Q_INVOKABLE QVariantMap caseData(const QString &id) const;

signals:
    void searchChanged();
    void errorTextChanged();
    void countChanged();

private:
    struct Row
    {
        Case record;
        int visitCount = 0;
        QDateTime lastVisitAt;
    };
    QVariant value(const Row &row, int role) const;
    void applySearch();
    void setErrorText(const QString &text);

    QList<Row> m_all;
    QList<int> m_shown; // indexes into m_all
    QString m_search;
    QString m_errorText;
};

} // namespace barntid
