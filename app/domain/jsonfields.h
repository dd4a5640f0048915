// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <optional>

// Reading and writing record fields, so every record treats odd JSON the same way.
// Writing: unset values (empty id, unset optional, invalid time) become null.
// Reading: an absent key leaves the default; null or a wrong type gives "unset", except that a
// present but unreadable time/date becomes an invalid value so validate() says "invalid"
// instead of the value silently vanishing, and a number that is no whole int becomes INT_MIN,
// which no range rule accepts.
namespace barntid::jsonfields {

QJsonValue idOrNull(const QString &id);
QJsonValue codeOrNull(const QString &code);
QJsonValue time(const QDateTime &t);
QJsonValue time(const std::optional<QDateTime> &t);
QJsonValue date(const std::optional<QDate> &d);
QJsonValue number(const std::optional<double> &n);
QJsonValue number(const std::optional<int> &n);

void read(const QJsonObject &o, QLatin1StringView key, QString &out);
void read(const QJsonObject &o, QLatin1StringView key, QStringList &out);
void read(const QJsonObject &o, QLatin1StringView key, bool &out);
void read(const QJsonObject &o, QLatin1StringView key, int &out);
void read(const QJsonObject &o, QLatin1StringView key, qint64 &out);
void read(const QJsonObject &o, QLatin1StringView key, std::optional<int> &out);
void read(const QJsonObject &o, QLatin1StringView key, std::optional<double> &out);
void read(const QJsonObject &o, QLatin1StringView key, QDateTime &out);
void read(const QJsonObject &o, QLatin1StringView key, std::optional<QDateTime> &out);
void read(const QJsonObject &o, QLatin1StringView key, std::optional<QDate> &out);

} // namespace barntid::jsonfields
