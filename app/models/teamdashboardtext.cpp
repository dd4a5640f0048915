// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/teamdashboardtext.h"

#include "models/stockholmtime.h"
#include "models/weekdata.h"

#include <QLocale>

namespace barntid {

QString TeamDashboardText::periodLabel(const Period &period)
{
    if (!period.isValid())
        return {};
    if (period.kind == Period::Kind::Week)
        return WeekText::weekLabel(period.first);
    QString month = QLocale().standaloneMonthName(period.first.month());
    if (!month.isEmpty())
        month[0] = month[0].toUpper();
    return QStringLiteral("%1 %2").arg(month).arg(period.first.year());
}

QString TeamDashboardText::tick(const Period &period)
{
    if (period.kind == Period::Kind::Week)
        return tr("w. %1").arg(period.first.weekNumber());
    return QLocale().standaloneMonthName(period.first.month(), QLocale::ShortFormat);
}

QString TeamDashboardText::share(const WorkerTime &time)
{
    if (time.registeredSeconds <= 0)
        return QStringLiteral("–");
    return tr("%1 %").arg(qRound(time.share() * 100));
}

QString TeamDashboardText::wholeTeam()
{
    return tr("Whole team");
}

QString TeamDashboardText::unnamedWorker(int number)
{
    return tr("Team member %1").arg(number);
}

QString TeamDashboardText::row(const QString &name, const WorkerTime &time)
{
    if (time.registeredSeconds <= 0)
        return tr("%1: no registered time.").arg(name);
    return tr("%1: barntid %2, %3 with children of %4 registered.")
        .arg(name, share(time), WeekText::duration(time.childSeconds),
            WeekText::duration(time.registeredSeconds));
}

QString TeamDashboardText::trendSummary(
    const QString &kind, const QStringList &ticks, const QList<WorkerTime> &team)
{
    QStringList parts;
    for (qsizetype i = 0; i < ticks.size() && i < team.size(); ++i) {
        parts << (team.at(i).registeredSeconds > 0
                ? QStringLiteral("%1 %2").arg(ticks.at(i), share(team.at(i)))
                : tr("%1 nothing registered").arg(ticks.at(i)));
    }
    const QString head
        = kind == u"month" ? tr("The team's barntid per month") : tr("The team's barntid per week");
    return head + QStringLiteral(": ") + parts.join(QStringLiteral(", ")) + u'.';
}

QString TeamDashboardText::fosterHomeReasons(bool noTraining, bool noSupervision)
{
    QStringList reasons;
    if (noTraining)
        reasons << tr("No training offered");
    if (noSupervision)
        reasons << tr("No supervision");
    return reasons.join(QStringLiteral(" · "));
}

QString TeamDashboardText::lastSeen(const QDateTime &at)
{
    return at.isValid() ? tr("Last synced %1").arg(StockholmTime::dateTime(at))
                        : tr("Never synced");
}

QString TeamDashboardText::entryTimes(const QDateTime &start, const QDateTime &end)
{
    const QString from = StockholmTime::dateTime(start);
    // The end's date only when it is another local day.
    const QString to = StockholmTime::date(start) == StockholmTime::date(end)
        ? StockholmTime::time(end)
        : StockholmTime::dateTime(end);
    return QStringLiteral("%1–%2").arg(from, to);
}

} // namespace barntid
