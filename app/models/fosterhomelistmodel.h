// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/fosterhome.h"
#include "models/searchablelistmodel.h"

#include <QQmlEngine>

namespace barntid {

class Store;

/** The foster homes (familjehem) on this device for the foster-home list: searchable by name,
 *  with training, supervision and follow-up status; empty while the session is locked. */
class FosterHomeListModel : public barntid::SearchableListModel
{
    Q_OBJECT
    QML_ELEMENT

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

    QHash<int, QByteArray> roleNames() const override;

    /** The new foster home's id, or "" with errorText set. */
    Q_INVOKABLE QString createFosterHome(
        const QString &name, const QString &contactPersons, const QString &phone);
    /** The roles of one foster home as a map (plus trainingOfferedOn/CompletedOn); empty if
     *  unknown. */
    Q_INVOKABLE QVariantMap fosterHomeData(const QString &id) const;

    /** The open follow-up of a home: the earliest next-follow-up date no later contact has
     *  met. A contact on or after a date meets it; the newest contact's own date stays open. */
    static std::optional<QDate> openFollowUp(Store &store, const QString &fosterHomeId);

private:
    struct Row
    {
        FosterHome record;
        std::optional<QDate> nextFollowUp;
        bool followUpOverdue = false;
    };
    QStringList watchedEntities() const override;
    QStringList load(Store &store) override;
    void clearRows() override { m_rows.clear(); }
    QVariant value(const QString &key, int role) const override;
    bool matches(const QString &key, const QString &needle) const override;

    QHash<QString, Row> m_rows;
};

} // namespace barntid
