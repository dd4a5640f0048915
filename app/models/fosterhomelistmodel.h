// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/fosterhome.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace barntid {

class Store;

/** The foster homes (familjehem) on this device for the foster-home list: searchable by name,
 *  with training, supervision and follow-up status; empty while the session is locked. */
class FosterHomeListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        PhoneRole,
        ContactPersonsRole,
        TrainingTextRole,
        TrainingPendingRole, // not even offered yet: the page makes it stand out
        SupervisionStatusRole,
        SupervisionTextRole,
        NextFollowUpRole, // ISO date, "" when none is planned
        FollowUpTextRole,
        FollowUpOverdueRole,
        PlacedCountRole,
    };
    Q_ENUM(Role)

    explicit FosterHomeListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString search() const { return m_search; }
    void setSearch(const QString &search);
    QString errorText() const { return m_errorText; }

    Q_INVOKABLE void reload();
    /** The new foster home's id, or "" with errorText set. */
    Q_INVOKABLE QString createFosterHome(
        const QString &name, const QString &contactPersons, const QString &phone);
    /** The roles of one foster home as a map (plus trainingOfferedOn/CompletedOn); empty if
     *  unknown. */
    Q_INVOKABLE QVariantMap fosterHomeData(const QString &id) const;

    /** The open follow-up of a home: the earliest next-follow-up date no later contact has
     *  met. A contact on or after a date meets it; the newest contact's own date stays open. */
    static std::optional<QDate> openFollowUp(Store &store, const QString &fosterHomeId);

signals:
    void searchChanged();
    void errorTextChanged();
    void countChanged();

private:
    struct Row
    {
        FosterHome record;
        std::optional<QDate> nextFollowUp;
        bool followUpOverdue = false;
    };
    QVariant value(const Row &row, int role) const;
    void applySearch();
    void setErrorText(const QString &text);

    QList<Row> m_all;
    QList<int> m_shown;
    QString m_search;
    QString m_errorText;
};

} // namespace barntid
