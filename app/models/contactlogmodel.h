// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/contact.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace barntid {

class Store;

/** The contact log of one foster home, newest first, and the writes the foster-home page
 *  makes: a new contact, the training dates, the supervision status. Empty while locked. */
class ContactLogModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        QString fosterHomeId READ fosterHomeId WRITE setFosterHomeId NOTIFY fosterHomeIdChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QStringList kinds READ kinds CONSTANT)
    Q_PROPERTY(QStringList kindTexts READ kindTexts CONSTANT)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,
        KindTextRole,
        AtRole, // QDateTime
        AtTextRole, // "2026-11-25 14:30", Stockholm time
        DurationMinutesRole,
        NotePreviewRole,
        NextFollowUpRole, // ISO date or ""
    };
    Q_ENUM(Role)

    explicit ContactLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString fosterHomeId() const { return m_fosterHomeId; }
    void setFosterHomeId(const QString &id);
    QString errorText() const { return m_errorText; }
    static QStringList kinds();
    static QStringList kindTexts();

    Q_INVOKABLE void reload();
    /** Logs a contact made now. nextFollowUp: ISO date or "". The new id, or "" + errorText. */
    Q_INVOKABLE QString addContact(
        const QString &kind, int durationMinutes, const QString &note, const QString &nextFollowUp);
    /** ISO dates or "" (not yet). False with errorText on a bad date or order. */
    Q_INVOKABLE bool setTraining(const QString &offeredOn, const QString &completedOn);
    Q_INVOKABLE bool setSupervisionStatus(const QString &code);
    /** Today in Stockholm as an ISO date (what "offered today" writes). */
    Q_INVOKABLE QString today() const;

signals:
    void fosterHomeIdChanged();
    void errorTextChanged();
    void countChanged();
    /** The foster home record changed (training, supervision, a new follow-up). */
    void fosterHomeChanged();

private:
    Store *openStore();
    bool parseDate(const QString &text, std::optional<QDate> &out);
    void setErrorText(const QString &text);

    QList<Contact> m_rows;
    QString m_fosterHomeId;
    QString m_errorText;
};

} // namespace barntid
