// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>

#include <array>
#include <variant>

namespace barntid::server {

/** The unit's opening hours in Stockholm time, from the server configuration (default
 *  DESIGN.md §7: weekdays 07:30–12:00 and 13:00–16:15). A meeting is after hours ("kvällstid")
 *  unless it lies wholly inside one opening interval of an open day; the server alone decides. */
class OpeningHours
{
public:
    struct Interval
    {
        QTime from;
        QTime to;
    };

    OpeningHours(); ///< the default hours, no closed days

    /** {"weekdays": {"mon": ["07:30-12:00", …], …}, "closed_days": ["2026-12-24", …]}; a day not
     *  named keeps its default, an empty list closes it. nullopt-like: the error text. */
    static std::variant<OpeningHours, QString> fromJson(const QJsonObject &o);

    bool isAfterHours(const QDateTime &start, const QDateTime &end) const;
    const QList<Interval> &on(int dayOfWeek) const { return m_days.at(dayOfWeek - 1); }
    bool isClosed(const QDate &day) const { return m_closed.contains(day); }

private:
    std::array<QList<Interval>, 7> m_days; ///< Monday first
    QSet<QDate> m_closed;
};

} // namespace barntid::server
