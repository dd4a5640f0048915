// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storechanges.h"

#include <QObject>
#include <QQmlEngine>

namespace barntid {

/** A case of the team as the supervisor sees it: who is responsible, and handing it to another
 *  social worker of the team (the only change a supervisor makes to a case; the server refuses
 *  any other). The change is written with its outbox row and syncs like every other. */
class TeamCase : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString caseId READ caseId WRITE setCaseId NOTIFY caseChanged)
    Q_PROPERTY(bool found READ found NOTIFY caseChanged)
    Q_PROPERTY(QString caseNumber READ caseNumber NOTIFY caseChanged)
    /** The child's name, or the words for protected identity. */
    Q_PROPERTY(QString childName READ childName NOTIFY caseChanged)
    Q_PROPERTY(QString responsibleId READ responsibleId NOTIFY caseChanged)
    Q_PROPERTY(QString responsibleName READ responsibleName NOTIFY caseChanged)
    /** The handover is written here but not on the server yet. */
    Q_PROPERTY(bool pending READ pending NOTIFY caseChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit TeamCase(QObject *parent = nullptr);

    QString caseId() const { return m_caseId; }
    void setCaseId(const QString &id);
    bool found() const { return !m_caseNumber.isEmpty(); }
    QString caseNumber() const { return m_caseNumber; }
    QString childName() const { return m_childName; }
    QString responsibleId() const { return m_responsibleId; }
    QString responsibleName() const { return m_responsibleName; }
    bool pending() const { return m_pending; }
    QString errorText() const { return m_errorText; }

    /** Makes workerId responsible; false with errorText set if refused here. */
    Q_INVOKABLE bool handOver(const QString &workerId);

signals:
    void caseChanged();
    void errorTextChanged();

private:
    void reload();
    void onChanges(const StoreChangeList &changes);
    void setErrorText(const QString &text);

    QString m_caseId, m_caseNumber, m_childName, m_responsibleId, m_responsibleName;
    bool m_pending = false;
    QString m_errorText;
};

} // namespace barntid
