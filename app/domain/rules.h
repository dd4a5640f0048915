// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/validation.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <optional>

// Field rules shared by the records' validate(), so each rule reads as one line there.
namespace barntid::rules {

void add(ValidationIssues &out, QLatin1StringView field, QLatin1StringView code);
// Non-empty and at most max characters.
void requiredText(ValidationIssues &out, QLatin1StringView field, const QString &v, qsizetype max);
void maxLength(ValidationIssues &out, QLatin1StringView field, const QString &v, qsizetype max);
void requiredId(ValidationIssues &out, QLatin1StringView field, const QString &v);
// Empty is fine; anything else must be a UUID.
void optionalId(ValidationIssues &out, QLatin1StringView field, const QString &v);
// Every element a UUID, no duplicates; one issue for the whole list.
void idList(ValidationIssues &out, QLatin1StringView field, const QStringList &ids);
// Empty and not allowed → required; unknown → invalid.
void oneOf(
    ValidationIssues &out, QLatin1StringView field, const QString &v, const QStringList &allowed);
void requiredTime(ValidationIssues &out, QLatin1StringView field, const QDateTime &t);
void optionalTime(
    ValidationIssues &out, QLatin1StringView field, const std::optional<QDateTime> &t);
void optionalDate(ValidationIssues &out, QLatin1StringView field, const std::optional<QDate> &d);
// Both valid start and end given: end must not be before start (strict: nor equal).
void endAfterStart(ValidationIssues &out, QLatin1StringView endField, const QDateTime &start,
    const QDateTime &end, bool strict);
// A span of working time: end after start, and at most 24 h long.
void workSpan(ValidationIssues &out, QLatin1StringView startField, QLatin1StringView endField,
    const QDateTime &start, const QDateTime &end);

} // namespace barntid::rules
