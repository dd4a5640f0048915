// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/teambarntid.h"
#include "models/storeboundmodel.h"
#include "models/teamdashboardattention.h"
#include "models/teamroster.h"
#include "models/weekdata.h"

#include <QQmlEngine>

namespace barntid {

/** The supervisor's team dashboard over the team's records pulled to the device: one row per
 *  worker of the roster (and any other author of the records) and a last row for the whole
 *  team, with barntid for the week or month shown; the trend before it, time by category, and
 *  what needs following up. Read-only; follows the change feed, the roster included. */
class TeamDashboardModel : public barntid::StoreBoundModel
{
    Q_OBJECT
    QML_ELEMENT
    /** "week" or "month". */
    Q_PROPERTY(QString periodKind READ periodKind WRITE setPeriodKind NOTIFY periodChanged)
    Q_PROPERTY(QString periodLabel READ periodLabel NOTIFY periodChanged)
    /** The period's first and last local day, YYYY-MM-DD. */
    Q_PROPERTY(QString periodFirst READ periodFirst NOTIFY periodChanged)
    Q_PROPERTY(QString periodLast READ periodLast NOTIFY periodChanged)
    Q_PROPERTY(QString teamName READ teamName NOTIFY figuresChanged)
    /** The user id of the whole team's row (for entries()). */
    Q_PROPERTY(QString teamKey READ teamKeyText CONSTANT)
    /** [{id, name, isTeam, values: [share 0–1, or -1 with nothing registered]}], team last. */
    Q_PROPERTY(QVariantList trend READ trend NOTIFY figuresChanged)
    Q_PROPERTY(QStringList trendTicks READ trendTicks NOTIFY figuresChanged)
    Q_PROPERTY(QString trendSummary READ trendSummary NOTIFY figuresChanged)
    /** The team's time per category: [{code, label, seconds, text}], in the categories' order. */
    Q_PROPERTY(QVariantList categories READ categories NOTIFY figuresChanged)
    Q_PROPERTY(QVariantList overdueChildren READ overdueChildren NOTIFY figuresChanged)
    Q_PROPERTY(QVariantList fosterHomes READ fosterHomes NOTIFY figuresChanged)
    Q_PROPERTY(QVariantList staleDevices READ staleDevices NOTIFY figuresChanged)

public:
    enum Role {
        UserIdRole = Qt::UserRole + 1,
        DisplayNameRole,
        IsTeamRole,
        ChildSecondsRole,
        RegisteredSecondsRole,
        ShareRole, // 0–1
        ShareTextRole, // "42 %", a dash with nothing registered
        ChildTextRole,
        RegisteredTextRole,
        HasTimeRole,
        DescriptionRole, // the row in one sentence, for screen readers
    };
    Q_ENUM(Role)

    static inline const QString teamKey = QStringLiteral("team");
    static constexpr int trendWeeks = 8;
    static constexpr int trendMonths = 6;

    explicit TeamDashboardModel(QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;

    QString periodKind() const;
    void setPeriodKind(const QString &kind);
    QString periodLabel() const;
    QString periodFirst() const { return toIsoDate(m_period.first); }
    QString periodLast() const
    {
        return m_period.isValid() ? toIsoDate(m_period.last()) : QString();
    }
    QString teamName() const { return m_teamName; }
    QString teamKeyText() const { return teamKey; }
    QVariantList trend() const { return m_trend; }
    QStringList trendTicks() const { return m_ticks; }
    QString trendSummary() const { return m_trendSummary; }
    QVariantList categories() const { return categoriesOf(teamKey); }
    /** One worker's time per category (the team's for the team key), as categories. */
    Q_INVOKABLE QVariantList categoriesOf(const QString &userId) const;
    QVariantList overdueChildren() const { return m_attention.overdueChildren; }
    QVariantList fosterHomes() const { return m_attention.fosterHomes; }
    QVariantList staleDevices() const { return m_attention.staleDevices; }
    /** The figures shown, for C++ callers and tests. */
    const TeamPeriod &figures() const { return m_figures; }

    Q_INVOKABLE void previous();
    Q_INVOKABLE void next();
    /** The period containing this day (YYYY-MM-DD), of the current kind. */
    Q_INVOKABLE void showDay(const QString &isoDate);
    /** The records behind a figure: the worker's (every worker's for the team key) child time,
     *  time entries and visits in the period, of one category or all (""), by start:
     *  [{id, category, categoryText, text, timesText, durationText, withChild}]. */
    Q_INVOKABLE QVariantList entries(const QString &userId, const QString &category = {}) const;
    Q_INVOKABLE QString nameOf(const QString &userId) const;

signals:
    void periodChanged();
    void figuresChanged();

private:
    struct Worker
    {
        QString name;
        WorkerTime time;
    };
    QStringList watchedEntities() const override;
    QStringList load(Store &store) override;
    void clearRows() override;
    void reset();
    QVariant value(const QString &key, int role) const override;
    void setPeriod(const Period &period);
    QStringList workerKeys(Store &store, const QList<TeamRoster::Member> &roster);
    void makeTrend(const QList<TeamSpan> &spans, const QStringList &keys);

    Period m_period;
    QString m_teamName;
    QList<WeekRow> m_rows; // the trend's window, the period shown at its end
    QHash<QString, Worker> m_workers; // by key (user id, or teamKey)
    TeamPeriod m_figures;
    QVariantList m_trend;
    QStringList m_ticks;
    QString m_trendSummary;
    TeamAttention m_attention;
};

} // namespace barntid
