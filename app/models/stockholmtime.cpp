// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/stockholmtime.h"

#include "domain/timeformat.h"

namespace barntid {

namespace {

QString format(const QDateTime &at, const QString &pattern)
{
    return at.isValid() ? at.toTimeZone(stockholm()).toString(pattern) : QString();
}

} // namespace

StockholmTime::StockholmTime(QObject *parent)
    : QObject(parent)
{ }

QString StockholmTime::time(const QDateTime &at)
{
    return format(at, QStringLiteral("HH:mm"));
}

QString StockholmTime::date(const QDateTime &at)
{
    return format(at, QStringLiteral("yyyy-MM-dd"));
}

QString StockholmTime::dateTime(const QDateTime &at)
{
    return format(at, QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace barntid
