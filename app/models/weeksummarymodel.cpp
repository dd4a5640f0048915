// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/weeksummarymodel.h"

#include <QLocale>

namespace barntid {

WeekSummaryModel::WeekSummaryModel(QObject *parent)
    : QObject(parent)
{
    compute({});
}

void WeekSummaryModel::setTimeLog(TimeLogModel *timeLog)
{
    if (timeLog == m_timeLog)
        return;
    if (m_timeLog)
        disconnect(m_timeLog, nullptr, this, nullptr);
    m_timeLog = timeLog;
    if (m_timeLog)
        connect(m_timeLog, &TimeLogModel::loaded, this, [this] { compute(m_timeLog->week()); });
    emit timeLogChanged();
    if (m_timeLog)
        compute(m_timeLog->week());
    else
        compute({});
}

void WeekSummaryModel::compute(const WeekData &week)
{
    const QTimeZone tz = stockholm();
    m_summary = WeekSummary {};
    m_days.clear();
    m_maxDaySeconds = 0;
    if (week.monday.isValid()) {
        m_summary = summarizeWeek(week.monday, week.childTime, week.registered, tz);
        // Each day counts its own unions, cut at local midnight (a DST day has 23 or 25 hours).
        const Interval window = weekInterval(week.monday, tz);
        const auto child = secondsPerLocalDay(clip(week.childTime, window), tz);
        const auto registered
            = secondsPerLocalDay(clip(week.registered + week.childTime, window), tz);
        const QLocale locale;
        for (int i = 0; i < 7; ++i) {
            const QDate day = week.monday.addDays(i);
            const qint64 c = child.value(day);
            const qint64 r = registered.value(day);
            m_maxDaySeconds = std::max(m_maxDaySeconds, r);
            m_days.append(QVariantMap {{QStringLiteral("date"), toIsoDate(day)},
                {QStringLiteral("dayName"), locale.dayName(day.dayOfWeek(), QLocale::ShortFormat)},
                {QStringLiteral("longDayName"), locale.dayName(day.dayOfWeek())},
                {QStringLiteral("dayOfMonth"), day.day()}, {QStringLiteral("childSeconds"), c},
                {QStringLiteral("registeredSeconds"), r},
                {QStringLiteral("childText"), WeekText::duration(c)},
                {QStringLiteral("registeredText"), WeekText::duration(r)}});
        }
    }
    m_summary.weekStart = week.monday;
    emit changed();
}

QString WeekSummaryModel::shareText() const
{
    return WeekText::share(share());
}

QString WeekSummaryModel::childText() const
{
    return WeekText::duration(m_summary.childSeconds);
}

QString WeekSummaryModel::registeredText() const
{
    return WeekText::duration(m_summary.registeredSeconds);
}

QString WeekSummaryModel::weekLabel() const
{
    return m_summary.weekStart.isValid() ? WeekText::weekLabel(m_summary.weekStart) : QString();
}

QString WeekSummaryModel::chartSummary() const
{
    QStringList parts;
    for (const QVariant &v : m_days) {
        const QVariantMap day = v.toMap();
        if (day.value(QStringLiteral("registeredSeconds")).toLongLong() == 0)
            continue;
        parts << WeekText::tr("%1: %2 with children of %3")
                     .arg(day.value(QStringLiteral("longDayName")).toString(),
                         day.value(QStringLiteral("childText")).toString(),
                         day.value(QStringLiteral("registeredText")).toString());
    }
    const QString total = WeekText::tr("%1: %2 with children of %3 registered.")
                              .arg(shareText(), childText(), registeredText());
    return parts.isEmpty() ? total : total + u' ' + parts.join(QStringLiteral("; ")) + u'.';
}

} // namespace barntid
