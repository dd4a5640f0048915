// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingsupport.h"

#include "domain/timeformat.h"

namespace e2eserver::booking {

QDateTime local(const QDateTime &now, int daysAhead, int hour, int minute)
{
    const QDate day = now.toTimeZone(barntid::stockholm()).date().addDays(daysAhead);
    return QDateTime(day, QTime(hour, minute), barntid::stockholm()).toUTC();
}

int daysUntil(const QDateTime &now, int weekday, int minDaysAhead)
{
    const QDate today = now.toTimeZone(barntid::stockholm()).date();
    int days = minDaysAhead;
    while (today.addDays(days).dayOfWeek() != weekday)
        ++days;
    return days;
}

QJsonObject slotAt(
    const QDateTime &start, int minutes, const QString &place, bool video, const QString &link)
{
    QJsonObject o {{QStringLiteral("starts_at"), barntid::toRfc3339(start)},
        {QStringLiteral("ends_at"), barntid::toRfc3339(start.addSecs(60 * minutes))},
        {QStringLiteral("place"), place}, {QStringLiteral("video"), video}};
    if (!link.isEmpty())
        o.insert(QStringLiteral("video_link"), link);
    return o;
}

QJsonObject bookingOf(const QString &slotId, const QString &purpose)
{
    return {{QStringLiteral("slot_id"), slotId}, {QStringLiteral("purpose"), purpose},
        {QStringLiteral("status"), QStringLiteral("requested")}};
}

QJsonObject pulledRecord(Device &d, const QString &entity, const QString &id)
{
    const PullLog log = pullAll(d);
    if (!log.error.isEmpty())
        qWarning("pull failed: %s", qPrintable(log.error));
    return Snapshot(log.changes).get(entity, id);
}

QString errorCode(const HttpResponse &push, int i)
{
    return result(push, i)["error"].toObject()["code"].toString();
}

QString errorMessage(const HttpResponse &push, int i)
{
    return result(push, i)["error"].toObject()["message"].toString();
}

qint64 versionOf(const HttpResponse &push, int i)
{
    return qint64(result(push, i)["version"].toDouble());
}

qint64 lastSeq(ServerFixture &f)
{
    return f.db().number(QStringLiteral("SELECT value FROM counters WHERE name = 'seq'"));
}

QString text(const QJsonObject &o, const char *field)
{
    return o.value(QLatin1StringView(field)).toString();
}

} // namespace e2eserver::booking
