// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/timeformat.h"

#include <QRegularExpression>

#include <chrono>
#include <cstdio>

namespace barntid {

QString toRfc3339(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    // Every record write formats several timestamps, so this avoids QDateTime::toString's
    // locale machinery and works from the epoch count with the civil calendar directly.
    using namespace std::chrono;
    const sys_time<milliseconds> ms {milliseconds(t.toMSecsSinceEpoch())};
    const sys_days day = floor<days>(ms);
    const year_month_day ymd {day};
    const int y = int(ymd.year());
    if (y < 1 || y > 9999)
        return {};
    const hh_mm_ss hms {ms - day};
    char buffer[32];
    const int n = std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", y,
        unsigned(ymd.month()), unsigned(ymd.day()), int(hms.hours().count()),
        int(hms.minutes().count()), int(hms.seconds().count()), int(hms.subseconds().count()));
    return QString::fromLatin1(buffer, n);
}

std::optional<QDateTime> parseRfc3339(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})"
                       "(?:\\.([0-9]+))?(?:([Zz])|([+-])([0-9]{2}):([0-9]{2}))$"));
    const QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    const auto num = [&m](int i) { return m.captured(i).toInt(); };
    const QDate date(num(1), num(2), num(3));
    const QString fraction = m.captured(7);
    const int ms
        = fraction.isEmpty() ? 0 : fraction.left(3).leftJustified(3, QLatin1Char('0')).toInt();
    const QTime time(num(4), num(5), num(6), ms);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    int offset = 0;
    if (m.captured(8).isEmpty()) {
        const int hours = num(10);
        const int minutes = num(11);
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offset = (hours * 3600 + minutes * 60) * (m.captured(9) == QLatin1String("-") ? -1 : 1);
    }
    return QDateTime(date, time, Qt::UTC).addSecs(-offset);
}

QString toIsoDate(QDate d)
{
    if (!d.isValid() || d.year() < 1 || d.year() > 9999)
        return {};
    return d.toString(Qt::ISODate);
}

std::optional<QDate> parseIsoDate(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));
    const QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!d.isValid())
        return std::nullopt;
    return d;
}

QTimeZone stockholm()
{
    static const QTimeZone tz(QByteArrayLiteral("Europe/Stockholm"));
    Q_ASSERT_X(tz.isValid(), "stockholm", "time zone data for Europe/Stockholm missing");
    return tz;
}

} // namespace barntid
