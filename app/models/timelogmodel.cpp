// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/timelogmodel.h"

#include "domain/clock.h"
#include "domain/timeentry.h"
#include "models/uitext.h"
#include "store/repository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QLocale>

namespace barntid {

namespace {

QString localTime(const QDateTime &t)
{
    return QLocale().toString(t.toTimeZone(stockholm()).time(), u"HH:mm");
}

// An instant from the dialog or a test: RFC 3339, or a Stockholm wall-clock time.
QDateTime parseInstant(const QString &s)
{
    if (const auto t = parseRfc3339(s))
        return *t;
    const QDateTime local = QDateTime::fromString(s.trimmed(), Qt::ISODate);
    if (!local.isValid() || local.timeSpec() != Qt::LocalTime)
        return {};
    return QDateTime(local.date(), local.time(), stockholm());
}

} // namespace

TimeLogModel::TimeLogModel(QObject *parent)
    : StoreBoundModel(parent)
{
    attach();
}

QVariant TimeLogModel::value(const QString &key, int role) const
{
    const auto it = m_index.constFind(key);
    if (it == m_index.cend())
        return {};
    const WeekRow &row = m_week.rows.at(*it);
    switch (role) {
    case IdRole:
        return row.id;
    case CategoryRole:
        return row.category;
    case CategoryTextRole:
        return WeekText::category(row.category);
    case StartsAtRole:
        return row.startsAt;
    case EndsAtRole:
        return row.endsAt;
    case StartsAtTextRole:
        return localTime(row.startsAt);
    case EndsAtTextRole:
        return localTime(row.endsAt);
    case DurationTextRole:
        return WeekText::duration(row.startsAt.secsTo(row.endsAt));
    case DayTextRole:
        return QLocale().toString(row.startsAt.toTimeZone(stockholm()).date(), u"dddd d MMMM");
    case FirstOfDayRole:
        // The day's heading goes on its first row (rows come in time order). Not ListView
        // sections: Qt 6.4 reads a section's context while tearing a page down and crashes.
        return *it == 0
            || m_week.rows.at(*it - 1).startsAt.toTimeZone(stockholm()).date()
            != row.startsAt.toTimeZone(stockholm()).date();
    case NoteRole:
        return row.note;
    case FromVisitRole:
        return row.fromVisit;
    default:
        return {};
    }
}

QHash<int, QByteArray> TimeLogModel::roleNames() const
{
    return {{IdRole, "id"}, {CategoryRole, "category"}, {CategoryTextRole, "categoryText"},
        {StartsAtRole, "startsAt"}, {EndsAtRole, "endsAt"}, {StartsAtTextRole, "startsAtText"},
        {EndsAtTextRole, "endsAtText"}, {DurationTextRole, "durationText"},
        {DayTextRole, "dayText"}, {NoteRole, "note"}, {FromVisitRole, "fromVisit"},
        {FirstOfDayRole, "firstOfDay"}};
}

QString TimeLogModel::weekStart() const
{
    return m_monday.isValid() ? toIsoDate(m_monday) : QString();
}

void TimeLogModel::setWeekStart(const QString &anyDay)
{
    if (anyDay.isEmpty()) {
        thisWeek();
        return;
    }
    if (const auto d = parseIsoDate(anyDay))
        setWeek(*d);
}

QString TimeLogModel::weekLabel() const
{
    return m_monday.isValid() ? WeekText::weekLabel(m_monday) : QString();
}

QString TimeLogModel::today() const
{
    Store *store = this->store();
    return store ? toIsoDate(store->clock().now().toTimeZone(stockholm()).date()) : QString();
}

void TimeLogModel::previousWeek()
{
    if (m_monday.isValid())
        setWeek(m_monday.addDays(-7));
}

void TimeLogModel::nextWeek()
{
    if (m_monday.isValid())
        setWeek(m_monday.addDays(7));
}

void TimeLogModel::thisWeek()
{
    if (const auto d = parseIsoDate(today()))
        setWeek(*d);
}

void TimeLogModel::setWeek(QDate anyDay)
{
    const QDate monday = barntid::weekStart(anyDay);
    if (monday == m_monday)
        return;
    m_monday = monday;
    emit weekChanged();
    reload();
}

QStringList TimeLogModel::watchedEntities() const
{
    // The week lists visits' checked-in spans and child time beside the time entries.
    return {QStringLiteral("time_entry"), QStringLiteral("visit"), QStringLiteral("child_time")};
}

QStringList TimeLogModel::load(Store &store)
{
    if (!m_monday.isValid()) {
        m_monday = barntid::weekStart(*parseIsoDate(today()));
        emit weekChanged();
    }
    clearRows();
    m_week = WeekData::load(store, m_monday);
    QStringList keys;
    for (qsizetype i = 0; i < m_week.rows.size(); ++i) {
        keys << m_week.rows.at(i).id;
        m_index.insert(keys.last(), i);
    }
    return keys;
}

void TimeLogModel::clearRows()
{
    m_week = WeekData {};
    m_week.monday = m_monday;
    m_index.clear();
}

QString TimeLogModel::addEntry(
    const QString &category, const QString &startIso, const QString &endIso, const QString &note)
{
    TimeEntry e;
    e.category = category;
    e.startsAt = parseInstant(startIso);
    e.endsAt = parseInstant(endIso);
    e.note = note.trimmed();
    const bool ok = report(
        [&] {
            Store *s = store();
            if (!s)
                throw StoreError(StoreErrorCode::Locked, {});
            e = Repository<TimeEntry>(*s).create(e); // the feed shows the new row
        },
        [](const StoreError &error) {
            const QString text = WeekText::issue(error.issues);
            return text.isEmpty() ? UiText::storeError(error) : text;
        });
    if (!ok)
        return {};
    setErrorText({});
    return e.meta.id;
}

bool TimeLogModel::removeEntry(const QString &id)
{
    const auto it = m_index.constFind(id);
    if (it != m_index.cend() && m_week.rows.at(*it).fromVisit) {
        setErrorText(WeekText::tr("Time from a visit is changed in the visit."));
        return false;
    }
    const bool ok = report(
        [&] {
            Store *s = store();
            if (!s)
                throw StoreError(StoreErrorCode::Locked, {});
            if (it == m_index.cend())
                throw StoreError(StoreErrorCode::NotFound, {});
            Repository<TimeEntry>(*s).remove(id); // the feed takes the row away
        },
        &UiText::storeError);
    if (ok)
        setErrorText({});
    return ok;
}

QVariantList TimeLogModel::categories() const
{
    QVariantList out;
    for (const QString &code : TimeEntry::categories())
        out.append(QVariantMap {
            {QStringLiteral("code"), code}, {QStringLiteral("text"), WeekText::category(code)}});
    return out;
}

} // namespace barntid
