// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/rules.h"

#include "domain/ids.h"

#include <QSet>

namespace barntid::rules {

void add(ValidationIssues &out, QLatin1StringView field, QLatin1StringView code)
{
    out.append({field, code});
}

void requiredText(ValidationIssues &out, QLatin1StringView field, const QString &v, qsizetype max)
{
    if (v.trimmed().isEmpty())
        add(out, field, issue::required);
    else
        maxLength(out, field, v, max);
}

void maxLength(ValidationIssues &out, QLatin1StringView field, const QString &v, qsizetype max)
{
    if (v.size() > max)
        add(out, field, issue::tooLong);
}

void requiredId(ValidationIssues &out, QLatin1StringView field, const QString &v)
{
    if (v.isEmpty())
        add(out, field, issue::required);
    else
        optionalId(out, field, v);
}

void optionalId(ValidationIssues &out, QLatin1StringView field, const QString &v)
{
    if (!v.isEmpty() && !isValidId(v))
        add(out, field, issue::invalid);
}

void idList(ValidationIssues &out, QLatin1StringView field, const QStringList &ids)
{
    QSet<QString> seen;
    for (const QString &id : ids) {
        const QString key = id.toLower();
        if (!isValidId(id) || seen.contains(key)) {
            add(out, field, issue::invalid);
            return;
        }
        seen.insert(key);
    }
}

void oneOf(
    ValidationIssues &out, QLatin1StringView field, const QString &v, const QStringList &allowed)
{
    if (allowed.contains(v))
        return;
    add(out, field, v.isEmpty() ? issue::required : issue::invalid);
}

void requiredTime(ValidationIssues &out, QLatin1StringView field, const QDateTime &t)
{
    if (!t.isValid())
        add(out, field, issue::required);
}

void optionalTime(ValidationIssues &out, QLatin1StringView field, const std::optional<QDateTime> &t)
{
    if (t && !t->isValid())
        add(out, field, issue::invalid);
}

void optionalDate(ValidationIssues &out, QLatin1StringView field, const std::optional<QDate> &d)
{
    if (d && !d->isValid())
        add(out, field, issue::invalid);
}

void endAfterStart(ValidationIssues &out, QLatin1StringView endField, const QDateTime &start,
    const QDateTime &end, bool strict)
{
    if (!start.isValid() || !end.isValid())
        return;
    if (end < start || (strict && end == start))
        add(out, endField, issue::endBeforeStart);
}

void workSpan(ValidationIssues &out, QLatin1StringView startField, QLatin1StringView endField,
    const QDateTime &start, const QDateTime &end)
{
    requiredTime(out, startField, start);
    requiredTime(out, endField, end);
    endAfterStart(out, endField, start, end, true);
    constexpr qint64 day = 24 * 3600 * 1000;
    if (start.isValid() && end.isValid() && start.msecsTo(end) > day)
        add(out, endField, issue::outOfRange);
}

} // namespace barntid::rules
