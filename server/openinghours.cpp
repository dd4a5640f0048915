// SPDX-License-Identifier: GPL-3.0-or-later
#include "openinghours.h"

#include "domain/timeformat.h"

#include <QJsonArray>

#include <optional>

namespace barntid::server {

namespace {

const char *const dayKeys[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

/** "07:30-12:00" → an interval that ends after it starts, or nothing. */
std::optional<OpeningHours::Interval> parseInterval(const QString &text)
{
    const QStringList parts = text.split(u'-');
    if (parts.size() != 2)
        return std::nullopt;
    const QTime from = QTime::fromString(parts.at(0).trimmed(), QStringLiteral("HH:mm"));
    const QTime to = QTime::fromString(parts.at(1).trimmed(), QStringLiteral("HH:mm"));
    if (!from.isValid() || !to.isValid() || to <= from)
        return std::nullopt;
    return OpeningHours::Interval {from, to};
}

} // namespace

OpeningHours::OpeningHours()
{
    for (int day = 0; day < 5; ++day)
        m_days[day] = {{QTime(7, 30), QTime(12, 0)}, {QTime(13, 0), QTime(16, 15)}};
}

std::variant<OpeningHours, QString> OpeningHours::fromJson(const QJsonObject &o)
{
    OpeningHours hours;
    const QJsonObject weekdays = o.value(QLatin1StringView("weekdays")).toObject();
    for (auto it = weekdays.begin(); it != weekdays.end(); ++it) {
        const auto key = std::find(std::begin(dayKeys), std::end(dayKeys), it.key());
        if (key == std::end(dayKeys) || !it.value().isArray())
            return QStringLiteral("opening_hours.weekdays: \"%1\" is not mon…sun with a list")
                .arg(it.key().left(20));
        QList<Interval> intervals;
        for (const QJsonValue &v : it.value().toArray()) {
            const std::optional<Interval> interval = parseInterval(v.toString());
            if (!interval)
                return QStringLiteral("opening_hours.weekdays.%1: \"%2\" is not HH:MM-HH:MM")
                    .arg(it.key(), v.toString().left(20));
            intervals.append(*interval);
        }
        hours.m_days[key - std::begin(dayKeys)] = intervals;
    }
    for (const QJsonValue &v : o.value(QLatin1StringView("closed_days")).toArray()) {
        const QDate day = QDate::fromString(v.toString(), Qt::ISODate);
        if (!day.isValid())
            return QStringLiteral("opening_hours.closed_days: \"%1\" is not YYYY-MM-DD")
                .arg(v.toString().left(20));
        hours.m_closed.insert(day);
    }
    return hours;
}

bool OpeningHours::isAfterHours(const QDateTime &start, const QDateTime &end) const
{
    const QDateTime s = start.toTimeZone(stockholm());
    const QDateTime e = end.toTimeZone(stockholm());
    if (s.date() != e.date() || isClosed(s.date()))
        return true;
    for (const Interval &interval : on(s.date().dayOfWeek())) {
        if (s.time() >= interval.from && e.time() <= interval.to)
            return false;
    }
    return true;
}

} // namespace barntid::server
