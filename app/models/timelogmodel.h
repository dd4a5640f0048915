// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/weekdata.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace barntid {

/** The time log of one week ("min vecka"): the worker's time entries and, read from the
 *  store each time, the checked-in spans and child time of visits. Empty while locked. */
class TimeLogModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    // Any day of the week as YYYY-MM-DD; reads back as that week's Monday. Empty = this week.
    Q_PROPERTY(QString weekStart READ weekStart WRITE setWeekStart NOTIFY weekChanged)
    Q_PROPERTY(QString weekLabel READ weekLabel NOTIFY weekChanged)
    Q_PROPERTY(QString today READ today NOTIFY weekChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

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
    };
    Q_ENUM(Role)

    explicit TimeLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString weekStart() const;
    void setWeekStart(const QString &anyDay);
    QString weekLabel() const;
    /** Today in Europe/Stockholm by the session's clock; empty while locked. */
    QString today() const;
    QString errorText() const { return m_errorText; }
    /** The week as read at the last reload (empty while locked). */
    const WeekData &week() const { return m_week; }

    Q_INVOKABLE void previousWeek();
    Q_INVOKABLE void nextWeek();
    Q_INVOKABLE void thisWeek();
    Q_INVOKABLE void reload();
    /** Times are RFC 3339, or local Stockholm time without an offset ("2026-11-25T15:00").
     *  The new entry's id, or "" with errorText set. */
    Q_INVOKABLE QString addEntry(const QString &category, const QString &startIso,
        const QString &endIso, const QString &note);
    /** Only the worker's own time entries; time from visits is changed in the visit. */
    Q_INVOKABLE bool removeEntry(const QString &id);
    Q_INVOKABLE QVariantList categories() const;

signals:
    void weekChanged();
    void errorTextChanged();
    void countChanged();
    /** After every reload: the summary recomputes from week(). */
    void loaded();

private:
    void setWeek(QDate anyDay);
    void setErrorText(const QString &text);

    QDate m_monday;
    WeekData m_week;
    QString m_errorText;
};

} // namespace barntid
