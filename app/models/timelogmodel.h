// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storeboundmodel.h"
#include "models/weekdata.h"

#include <QQmlEngine>

namespace barntid {

/** The time log of one week ("min vecka"): the worker's time entries and, read from the
 *  store each time, the checked-in spans and child time of visits. Empty while locked. */
class TimeLogModel : public barntid::StoreBoundModel
{
    Q_OBJECT
    QML_ELEMENT
    // Any day of the week as YYYY-MM-DD; reads back as that week's Monday. Empty = this week.
    Q_PROPERTY(QString weekStart READ weekStart WRITE setWeekStart NOTIFY weekChanged)
    Q_PROPERTY(QString weekLabel READ weekLabel NOTIFY weekChanged)
    Q_PROPERTY(QString today READ today NOTIFY weekChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CategoryRole,
        CategoryTextRole,
        StartsAtRole,
        EndsAtRole,
        StartsAtTextRole,
        EndsAtTextRole,
        DurationTextRole,
        DayTextRole,
        NoteRole,
        FromVisitRole,
        FirstOfDayRole,
    };
    Q_ENUM(Role)

    explicit TimeLogModel(QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;

    QString weekStart() const;
    void setWeekStart(const QString &anyDay);
    QString weekLabel() const;
    /** Today in Europe/Stockholm by the session's clock; empty while locked. */
    QString today() const;
    /** The week as read at the last reload (empty while locked). */
    const WeekData &week() const { return m_week; }

    Q_INVOKABLE void previousWeek();
    Q_INVOKABLE void nextWeek();
    Q_INVOKABLE void thisWeek();
    /** Times are RFC 3339, or local Stockholm time without an offset ("2026-11-25T15:00").
     *  The new entry's id, or "" with errorText set. */
    Q_INVOKABLE QString addEntry(const QString &category, const QString &startIso,
        const QString &endIso, const QString &note);
    /** Only the worker's own time entries; time from visits is changed in the visit. */
    Q_INVOKABLE bool removeEntry(const QString &id);
    Q_INVOKABLE QVariantList categories() const;

signals:
    void weekChanged();

private:
    QStringList watchedEntities() const override;
    QStringList load(Store &store) override;
    void clearRows() override;
    QVariant value(const QString &key, int role) const override;
    void setWeek(QDate anyDay);

    QDate m_monday;
    WeekData m_week;
    QHash<QString, qsizetype> m_index; // row key → its place in m_week.rows
};

} // namespace barntid
