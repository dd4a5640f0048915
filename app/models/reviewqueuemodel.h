// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storeboundmodel.h"
#include "store/reviewbook.h"

#include <QDate>

namespace barntid {

/** The supervisor's review queue: the team's signed visits (with amendments), contacts and time
 *  entries on this device, with where each stands, filtered by worker, kind, status and date.
 *  Works on what the last sync brought; decisions made here wait in the outbox. */
class ReviewQueueModel : public barntid::StoreBoundModel
{
    Q_OBJECT
    QML_ELEMENT
    /** "" = everyone, else the author's user id. */
    Q_PROPERTY(QString worker READ worker WRITE setWorker NOTIFY filterChanged)
    /** "" = all, or visit / contact / time_entry. */
    Q_PROPERTY(QString entity READ entity WRITE setEntity NOTIFY filterChanged)
    /** "" = all, or toReview / returned / approved. */
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY filterChanged)
    /** Stockholm days "yyyy-MM-dd", inclusive; "" = open. */
    Q_PROPERTY(QString from READ from WRITE setFrom NOTIFY filterChanged)
    Q_PROPERTY(QString to READ to WRITE setTo NOTIFY filterChanged)
    /** Entries waiting for a decision, whatever the filters. */
    Q_PROPERTY(int toReviewCount READ toReviewCount NOTIFY loaded)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        EntityRole,
        RecordIdRole,
        AuthorIdRole,
        AuthorNameRole,
        KindTextRole,
        TitleRole,
        AtRole,
        StatusRole,
        StatusTextRole,
        PendingRole,
        RefusedRole,
        AmendmentCountRole,
    };
    Q_ENUM(Role)

    explicit ReviewQueueModel(QObject *parent = nullptr);
    QHash<int, QByteArray> roleNames() const override;

    QString worker() const { return m_worker; }
    void setWorker(const QString &worker);
    QString entity() const { return m_entity; }
    void setEntity(const QString &entity);
    QString status() const { return m_status; }
    void setStatus(const QString &status);
    QString from() const { return m_from.toString(Qt::ISODate); }
    void setFrom(const QString &from);
    QString to() const { return m_to.toString(Qt::ISODate); }
    void setTo(const QString &to);
    int toReviewCount() const;

private:
    struct Row
    {
        ReviewItem item;
        QString title;
        QString authorName;
    };
    QStringList watchedEntities() const override;
    QStringList load(Store &store) override;
    void clearRows() override { m_rows.clear(); }
    QVariant value(const QString &key, int role) const override;
    QStringList shown(const QStringList &all) const override;
    bool passes(const Row &row) const;
    void filtersChanged();

signals:
    void filterChanged();

private:
    QHash<QString, Row> m_rows;
    QString m_worker, m_entity, m_status = QStringLiteral("toReview");
    QDate m_from, m_to;
};

} // namespace barntid
