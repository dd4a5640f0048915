// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QQmlEngine>

namespace barntid {

class Store;

/** "Idag" at the top of the case list: the worker's unsigned drafts, visits planned for today,
 *  placed children whose visit is overdue and foster-home follow-ups that are due, so the usual
 *  next visit is one tap away. Names are masked for protected identity as everywhere. */
class TodayModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /** The worker's drafts beyond those the card shows. */
    Q_PROPERTY(int moreDrafts READ moreDrafts NOTIFY countChanged)

public:
    enum Role {
        ReasonRole = Qt::UserRole + 1, // draft, planned, overdue, followUp
        CaseIdRole,
        VisitIdRole,
        FosterHomeIdRole,
        TitleRole,
        DetailRole,
        UrgentRole,
    };
    Q_ENUM(Role)

    explicit TodayModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    QString errorText() const { return m_errorText; }
    int moreDrafts() const { return m_moreDrafts; }

    Q_INVOKABLE void reload();

signals:
    void errorTextChanged();
    void countChanged();

private:
    struct Row
    {
        QString reason;
        QString caseId;
        QString visitId;
        QString fosterHomeId;
        QString title;
        QString detail;
        bool urgent = false;
        QDateTime order;
    };
    QList<Row> read(Store &store, int *moreDrafts) const;
    void setErrorText(const QString &text);

    QList<Row> m_rows;
    int m_moreDrafts = 0;
    QString m_errorText;
};

} // namespace barntid
