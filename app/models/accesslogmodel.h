// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storeboundmodel.h"
#include "models/teamroster.h"

#include <QDateTime>
#include <QQmlEngine>

namespace barntid {

/** The loggkontroll list: who opened which case record, when and on which device, newest first,
 *  from the access_events on this device (a supervisor's device pulls the team's and holds its
 *  own). Filters by case number, worker and period (Stockholm days). Ids, names and times only:
 *  nothing of the records themselves. */
class AccessLogModel : public barntid::StoreBoundModel
{
    Q_OBJECT
    QML_ELEMENT
    /** Names of people and devices; without one every name is "unknown". */
    Q_PROPERTY(barntid::TeamRoster *roster READ roster WRITE setRoster NOTIFY rosterChanged)
    /** Part of a case number; "" shows every case. */
    Q_PROPERTY(QString caseFilter READ caseFilter WRITE setCaseFilter NOTIFY filterChanged)
    /** A user id; "" shows everyone. */
    Q_PROPERTY(QString workerId READ workerId WRITE setWorkerId NOTIFY filterChanged)
    /** First and last day shown, "yyyy-MM-dd" in Stockholm; "" leaves that end open. */
    Q_PROPERTY(QString fromDate READ fromDate WRITE setFromDate NOTIFY filterChanged)
    Q_PROPERTY(QString toDate READ toDate WRITE setToDate NOTIFY filterChanged)
    Q_PROPERTY(bool filtered READ filtered NOTIFY filterChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        OpenedAtRole, // QDateTime
        UserIdRole,
        UserNameRole,
        DeviceNameRole,
        CaseIdRole,
        CaseNumberRole,
        RecordEntityRole,
        RecordKindRole, // "Case" or "Visit"
        RecordTextRole, // what was opened: "Visit in case 2026-0417"
        RecordIdRole,
        PendingRole, // not on the server yet
    };
    Q_ENUM(Role)

    explicit AccessLogModel(QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;

    TeamRoster *roster() const { return m_roster; }
    void setRoster(TeamRoster *roster);
    QString caseFilter() const { return m_caseFilter; }
    void setCaseFilter(const QString &text);
    QString workerId() const { return m_workerId; }
    void setWorkerId(const QString &id);
    QString fromDate() const { return m_fromDate; }
    void setFromDate(const QString &date);
    QString toDate() const { return m_toDate; }
    void setToDate(const QString &date);
    bool filtered() const;

    Q_INVOKABLE void clearFilters();

signals:
    void rosterChanged();
    void filterChanged();

private:
    struct Row
    {
        QString id, userId, userName, deviceName, caseId, caseNumber, recordEntity, recordId;
        QDateTime openedAt;
        QDate day; // openedAt's day in Stockholm
        bool pending = false;
    };

    QStringList watchedEntities() const override;
    QStringList load(Store &store) override;
    void clearRows() override { m_rows.clear(); }
    QVariant value(const QString &key, int role) const override;
    QStringList shown(const QStringList &all) const override;
    void locked() override;
    bool matches(const Row &row) const;
    static QString caseNumber(const Row &row);
    QString userName(const QString &userId) const;
    QString deviceName(const QString &deviceId, const QString &ownDevice) const;
    void setFilter(QString &field, const QString &value);
    /** Empties every filter; whether one was set. */
    bool resetFilters();

    QPointer<TeamRoster> m_roster;
    QMetaObject::Connection m_rosterConnection;
    QHash<QString, Row> m_rows;
    QString m_caseFilter;
    QString m_workerId;
    QString m_fromDate;
    QString m_toDate;
};

} // namespace barntid
