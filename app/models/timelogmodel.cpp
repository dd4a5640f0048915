// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/timelogmodel.h"

#include "domain/clock.h"
#include "domain/timeentry.h"
#include "models/session.h"
#include "models/synccontroller.h"
#include "models/uitext.h"
#include "store/repository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QLocale>

namespace barntid {

namespace {

Store *openStore()
{
    Session *session = activeSession();
    return session ? session->store() : nullptr;
}

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
    : QAbstractListModel(parent)
{
    if (Session *session = activeSession())
        connect(session, &Session::stateChanged, this, [this] {
            setErrorText({});
            reload();
        });
    // What a sync wrote is shown at once.
    if (SyncController *sync = SyncController::instance())
        connect(sync, &SyncController::synced, this, &TimeLogModel::reload);
    reload();
}

int TimeLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_week.rows.size());
}

QVariant TimeLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const WeekRow &row = m_week.rows.at(index.row());
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
        {DayTextRole, "dayText"}, {NoteRole, "note"}, {FromVisitRole, "fromVisit"}};
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
    Store *store = openStore();
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

void TimeLogModel::reload()
{
    Store *store = openStore();
    if (store && !m_monday.isValid()) {
        m_monday = barntid::weekStart(*parseIsoDate(today()));
        emit weekChanged();
    }
    beginResetModel();
    m_week = WeekData {};
    m_week.monday = m_monday;
    if (store) {
        try {
            m_week = WeekData::load(*store, m_monday);
        } catch (const StoreError &e) {
            setErrorText(UiText::storeError(e));
        }
    }
    endResetModel();
    emit countChanged();
    emit loaded();
}

QString TimeLogModel::addEntry(
    const QString &category, const QString &startIso, const QString &endIso, const QString &note)
{
    Store *store = openStore();
    if (!store) {
        setErrorText(UiText::storeError(StoreError(StoreErrorCode::Locked, {})));
        return {};
    }
    TimeEntry e;
    e.category = category;
    e.startsAt = parseInstant(startIso);
    e.endsAt = parseInstant(endIso);
    e.note = note.trimmed();
    try {
        e = Repository<TimeEntry>(*store).create(e);
    } catch (const StoreError &error) {
        const QString text = WeekText::issue(error.issues);
        setErrorText(text.isEmpty() ? UiText::storeError(error) : text);
        return {};
    }
    setErrorText({});
    reload();
    return e.meta.id;
}

bool TimeLogModel::removeEntry(const QString &id)
{
    Store *store = openStore();
    const auto row = std::find_if(
        m_week.rows.cbegin(), m_week.rows.cend(), [&](const WeekRow &r) { return r.id == id; });
    if (!store || row == m_week.rows.cend() || row->fromVisit) {
        setErrorText(row != m_week.rows.cend() && row->fromVisit
                ? WeekText::tr("Time from a visit is changed in the visit.")
                : UiText::storeError(
                    StoreError(store ? StoreErrorCode::NotFound : StoreErrorCode::Locked, {})));
        return false;
    }
    try {
        Repository<TimeEntry>(*store).remove(id);
    } catch (const StoreError &error) {
        setErrorText(UiText::storeError(error));
        return false;
    }
    setErrorText({});
    reload();
    return true;
}

QVariantList TimeLogModel::categories() const
{
    QVariantList out;
    for (const QString &code : TimeEntry::categories())
        out.append(QVariantMap {
            {QStringLiteral("code"), code}, {QStringLiteral("text"), WeekText::category(code)}});
    return out;
}

void TimeLogModel::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

} // namespace barntid
