// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/timeformat.h"

#include <QRegularExpression>

namespace barntid {

QString toRfc3339(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDateTime utc = t.toUTC();
    const int year = utc.date().year();
    if (year < 1 || year > 9999)
        return {};
    return utc.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
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
