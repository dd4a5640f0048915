// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/syncclient.h"
#include "models/storeboundmodel.h"
#include "models/synccontroller.h"

#include <QDateTime>
#include <QJsonObject>
#include <QPointer>
#include <QQmlEngine>

namespace barntid {

/** The "needs attention" list: local changes the server refused or found in conflict, each named
 *  by its record (case, kind, date) with what the worker can do about it. Local copies go only
 *  through takeServerVersion(), which the worker chooses; nothing else here deletes them. */
class SyncProblemModel : public barntid::StoreBoundModel
{
    Q_OBJECT
    QML_ELEMENT
    /** Fetches the server's copies; set from QML (Sync). */
    Q_PROPERTY(barntid::SyncController *controller READ controller WRITE setController NOTIFY
            controllerChanged)

public:
    enum Role {
        EntityRole = Qt::UserRole + 1,
        EntityTextRole,
        StateRole,
        ReasonRole,
        WhenTextRole,
        RecordIdRole,
        CaseIdRole,
        FosterHomeIdRole,
        CaseTextRole,
        DateTextRole,
        TitleRole,
        CanOpenRole,
        ServerCopyRole, ///< "", "loading", "ready" or "error"
        ServerErrorRole,
        ComparisonRole, ///< [{label, mine, theirs, differs}] once the server's copy is here
        CanKeepMineRole,
        KeepMineNoteRole, ///< why "Keep mine" is not offered, once the copy is here
    };
    Q_ENUM(Role)

    explicit SyncProblemModel(QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;
    SyncController *controller() const { return m_controller; }
    void setController(SyncController *controller);

    /** Asks the server for its copy of the row's record (conflicts). */
    Q_INVOKABLE void showServerVersion(int row);
    /** The server's copy replaces the tablet's record; the tablet's change is dropped. */
    Q_INVOKABLE bool takeServerVersion(int row);
    /** The tablet's record is sent again on top of the server's version. */
    Q_INVOKABLE bool keepMine(int row);

signals:
    void controllerChanged();

private:
    struct Row
    {
        QString entity, recordId, state, code, reason;
        QDateTime when;
        QString caseId, fosterHomeId, caseText, kindText, dateText;
        bool masked = false;
        bool onDevice = false;
        QJsonObject local;
    };
    struct Copy
    {
        QString status; // loading, ready, error
        QString error;
        QString refusal; // ConflictResolver::refusalFor
        sync::ServerRecord record;
    };
    QStringList watchedEntities() const override;
    QStringList load(Store &store) override;
    void clearRows() override { m_rows.clear(); }
    void locked() override { m_copies.clear(); }
    QVariant value(const QString &key, int role) const override;

    Row readRow(Store &store, const QString &entity, const QString &id) const;
    QVariantList comparison(const Row &row, const Copy &copy) const;
    const Copy *copyOf(const Row &row) const;
    void onCopy(const QString &entity, const QString &id, const QString &error,
        const sync::ServerRecord &record);

    QPointer<SyncController> m_controller;
    QMetaObject::Connection m_copyConnection;
    QHash<QString, Row> m_rows; // by outbox seq
    QHash<QString, Copy> m_copies; // by "entity/id"; in memory while open only
};

} // namespace barntid
