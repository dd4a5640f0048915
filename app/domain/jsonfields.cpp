// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/jsonfields.h"

#include "domain/timeformat.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace barntid::jsonfields {
namespace {

// The whole number a JSON number stands for, if it is one and fits in [lo, hi].
std::optional<qint64> wholeNumber(const QJsonValue &v, double lo, double hi)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d || d < lo || d > hi)
        return std::nullopt;
    return qint64(d);
}

constexpr int notAnInt = std::numeric_limits<int>::min();

} // namespace

QJsonValue idOrNull(const QString &id)
{
    return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}

QJsonValue codeOrNull(const QString &code)
{
    return idOrNull(code);
}

QJsonValue time(const QDateTime &t)
{
    const QString s = toRfc3339(t);
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue time(const std::optional<QDateTime> &t)
{
    return t ? time(*t) : QJsonValue(QJsonValue::Null);
}

QJsonValue date(const std::optional<QDate> &d)
{
    const QString s = d ? toIsoDate(*d) : QString();
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue number(const std::optional<double> &n)
{
    return n && std::isfinite(*n) ? QJsonValue(*n) : QJsonValue(QJsonValue::Null);
}

QJsonValue number(const std::optional<int> &n)
{
    return n ? QJsonValue(*n) : QJsonValue(QJsonValue::Null);
}

void read(const QJsonObject &o, QLatin1StringView key, QString &out)
{
    if (o.contains(key))
        out = o.value(key).toString();
}

void read(const QJsonObject &o, QLatin1StringView key, QStringList &out)
{
    if (!o.contains(key))
        return;
    out.clear();
    // A non-string element is kept as "" so the list's id rule reports it.
    for (const QJsonValue &v : o.value(key).toArray())
        out.append(v.toString());
}

void read(const QJsonObject &o, QLatin1StringView key, bool &out)
{
    if (o.contains(key))
        out = o.value(key).toBool();
}

void read(const QJsonObject &o, QLatin1StringView key, int &out)
{
    if (!o.contains(key))
        return;
    const QJsonValue v = o.value(key);
    if (!v.isDouble()) {
        out = 0;
        return;
    }
    const auto n = wholeNumber(v, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    out = n ? int(*n) : notAnInt;
}

void read(const QJsonObject &o, QLatin1StringView key, qint64 &out)
{
    if (!o.contains(key))
        return;
    const QJsonValue v = o.value(key);
    if (!v.isDouble()) {
        out = 0;
        return;
    }
    // Doubles hold integers exactly only up to 2^53.
    constexpr double limit = 9007199254740992.0;
    const auto n = wholeNumber(v, -limit, limit);
    out = n ? *n : std::numeric_limits<qint64>::min();
}

void read(const QJsonObject &o, QLatin1StringView key, std::optional<int> &out)
{
    if (!o.contains(key))
        return;
    const QJsonValue v = o.value(key);
    if (!v.isDouble()) {
        out.reset();
        return;
    }
    const auto n = wholeNumber(v, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    out = n ? int(*n) : notAnInt;
}

void read(const QJsonObject &o, QLatin1StringView key, std::optional<double> &out)
{
    if (!o.contains(key))
        return;
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        out = v.toDouble();
    else
        out.reset();
}

void read(const QJsonObject &o, QLatin1StringView key, QDateTime &out)
{
    if (!o.contains(key))
        return;
    out = parseRfc3339(o.value(key).toString()).value_or(QDateTime());
}

void read(const QJsonObject &o, QLatin1StringView key, std::optional<QDateTime> &out)
{
    if (!o.contains(key))
        return;
    const QJsonValue v = o.value(key);
    if (v.isNull() || v.isUndefined())
        out.reset();
    else
        out = parseRfc3339(v.toString()).value_or(QDateTime());
}

void read(const QJsonObject &o, QLatin1StringView key, std::optional<QDate> &out)
{
    if (!o.contains(key))
        return;
    const QJsonValue v = o.value(key);
    if (v.isNull() || v.isUndefined())
        out.reset();
    else
        out = parseIsoDate(v.toString()).value_or(QDate());
}

} // namespace barntid::jsonfields
