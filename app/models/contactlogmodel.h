// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/contact.h"
#include "models/storeboundmodel.h"

#include <QQmlEngine>

namespace barntid {

class Store;
struct FosterHome;

/** The contact log of one foster home, newest first, and the writes the foster-home page
 *  makes: a new contact, the training dates, the supervision status. Empty while locked. */
class ContactLogModel : public barntid::StoreBoundModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        QString fosterHomeId READ fosterHomeId WRITE setFosterHomeId NOTIFY fosterHomeIdChanged)
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

    QHash<int, QByteArray> roleNames() const override;

    QString fosterHomeId() const { return m_fosterHomeId; }
    void setFosterHomeId(const QString &id);
    static QStringList kinds();
    static QStringList kindTexts();

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
    /** The foster home record changed (training, supervision, a new follow-up). */
    void fosterHomeChanged();

private:
    QStringList watchedEntities() const override;
    QStringList load(Store &store) override;
    void clearRows() override { m_rows.clear(); }
    QVariant value(const QString &key, int role) const override;
    /** Changes the foster home with change; false with errorText when refused. */
    bool changeHome(const std::function<bool(FosterHome &)> &change);
    bool parseDate(const QString &text, std::optional<QDate> &out);

    QHash<QString, Contact> m_rows;
    QString m_fosterHomeId;
};

} // namespace barntid
