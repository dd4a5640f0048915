// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/timelogmodel.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace barntid {

/** The week's barntid in figures for the week page: child time ÷ registered time as unions
 *  (domain summarizeWeek), and per local day (Mon–Sun) for the chart. */
class WeekSummaryModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // A TimeLogModel (QObject here: qmllint 6.4 does not resolve the namespaced pointer type).
    Q_PROPERTY(QObject *timeLog READ timeLogObject WRITE setTimeLogObject NOTIFY timeLogChanged)
    Q_PROPERTY(qint64 childSeconds READ childSeconds NOTIFY changed)
    Q_PROPERTY(qint64 registeredSeconds READ registeredSeconds NOTIFY changed)
    Q_PROPERTY(double share READ share NOTIFY changed)
    Q_PROPERTY(QString shareText READ shareText NOTIFY changed)
    Q_PROPERTY(QString childText READ childText NOTIFY changed)
    Q_PROPERTY(QString registeredText READ registeredText NOTIFY changed)
    Q_PROPERTY(QString weekLabel READ weekLabel NOTIFY changed)
    // Seven maps {date, dayName, childSeconds, registeredSeconds, childText, registeredText}.
    Q_PROPERTY(QVariantList days READ days NOTIFY changed)
    Q_PROPERTY(qint64 maxDaySeconds READ maxDaySeconds NOTIFY changed)
    // The numbers of the chart in one sentence, for screen readers.
    Q_PROPERTY(QString chartSummary READ chartSummary NOTIFY changed)

public:
    explicit WeekSummaryModel(QObject *parent = nullptr);

    TimeLogModel *timeLog() const { return m_timeLog; }
    QObject *timeLogObject() const { return m_timeLog; }
    void setTimeLogObject(QObject *timeLog) { setTimeLog(qobject_cast<TimeLogModel *>(timeLog)); }
    void setTimeLog(TimeLogModel *timeLog);
    qint64 childSeconds() const { return m_summary.childSeconds; }
    qint64 registeredSeconds() const { return m_summary.registeredSeconds; }
    double share() const { return m_summary.share(); }
    QString shareText() const;
    QString childText() const;
    QString registeredText() const;
    QString weekLabel() const;
    QVariantList days() const { return m_days; }
    qint64 maxDaySeconds() const { return m_maxDaySeconds; }
    QString chartSummary() const;

    /** The summary of a week's data; what the page shows, for C++ callers and tests. */
    void compute(const WeekData &week);

signals:
    void timeLogChanged();
    void changed();

private:
    QPointer<TimeLogModel> m_timeLog;
    WeekSummary m_summary;
    QVariantList m_days;
    qint64 m_maxDaySeconds = 0;
};

} // namespace barntid
