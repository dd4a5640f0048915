// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace barntid {

// Wire and database form of an instant: UTC, milliseconds, 'Z' ("2026-11-25T20:03:47.123Z").
// Fixed width, so the text sorts like the time. Empty for an invalid time or a year outside
// 1..9999.
QString toRfc3339(const QDateTime &t);

// Strict RFC 3339 date-time: 'Z' or ±HH:MM offset required, fraction optional (kept to the
// millisecond). The result is in UTC.
std::optional<QDateTime> parseRfc3339(const QString &s);

QString toIsoDate(QDate d);
// Exactly YYYY-MM-DD.
std::optional<QDate> parseIsoDate(const QString &s);

// The municipalities' time zone: local days and weeks are counted in it.
QTimeZone stockholm();

} // namespace barntid
