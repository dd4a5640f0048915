// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/accesslogmodel.h"

#include "domain/timeformat.h"
#include "models/teamroster.h"
#include "store/statement.h"
#include "store/store.h"

#include <algorithm>
#include <functional>

namespace barntid {

using namespace Qt::StringLiterals;

namespace {
// What a device's name falls back to: enough of its id to tell two devices apart.
constexpr int shortIdLength = 8;
} // namespace

AccessLogModel::AccessLogModel(QObject *parent)
    : StoreBoundModel(parent)
{
    attach();
}

QHash<int, QByteArray> AccessLogModel::roleNames() const
{
    return {{IdRole, "id"}, {OpenedAtRole, "openedAt"}, {UserIdRole, "userId"},
        {UserNameRole, "userName"}, {DeviceNameRole, "deviceName"}, {CaseIdRole, "caseId"},
        {CaseNumberRole, "caseNumber"}, {RecordEntityRole, "recordEntity"},
        {RecordKindRole, "recordKind"}, {RecordTextRole, "recordText"}, {RecordIdRole, "recordId"},
        {PendingRole, "pending"}};
}

QVariant AccessLogModel::value(const QString &key, int role) const
{
    const auto it = m_rows.constFind(key);
    if (it == m_rows.cend())
        return {};
    const Row &r = *it;
    switch (role) {
    case IdRole:
        return r.id;
    case OpenedAtRole:
        return r.openedAt;
    case UserIdRole:
        return r.userId;
    case UserNameRole:
        return r.userName;
    case DeviceNameRole:
        return r.deviceName;
    case CaseIdRole:
        return r.caseId;
    case CaseNumberRole:
        return caseNumber(r);
    case RecordEntityRole:
        return r.recordEntity;
    case RecordKindRole:
        return r.recordEntity == u"visit" ? tr("Visit") : tr("Case");
    case RecordTextRole:
        return r.recordEntity == u"visit" ? tr("Visit in case %1").arg(caseNumber(r))
                                          : tr("Case %1").arg(caseNumber(r));
    case RecordIdRole:
        return r.recordId;
    case PendingRole:
        return r.pending;
    default:
        return {};
    }
}

QString AccessLogModel::caseNumber(const Row &row)
{
    return row.caseNumber.isEmpty() ? u"—"_s : row.caseNumber; // the case is not on the device
}

QStringList AccessLogModel::watchedEntities() const
{
    // The case for its number; the outbox for "not on the server yet".
    return {u"access_event"_s, u"case"_s, StoreChange::outbox};
}

QStringList AccessLogModel::load(Store &store)
{
    m_rows.clear();
    Statement &s = store.connection().cached(
        "SELECT a.id, a.author_id, a.device_id, a.case_id, a.record_entity, a.record_id, "
        "a.opened_at, c.case_number, EXISTS (SELECT 1 FROM outbox o "
        "WHERE o.entity = 'access_event' AND o.record_id = a.id) "
        "FROM access_events a LEFT JOIN cases c ON c.id = a.case_id AND c.deleted = 0 "
        "WHERE a.deleted = 0");
    const QString ownDevice = store.deviceId();
    QList<std::pair<QDateTime, QString>> order;
    while (s.step()) {
        Row r;
        r.id = s.text(0);
        r.userId = s.text(1);
        r.userName = userName(r.userId);
        r.deviceName = deviceName(s.text(2), ownDevice);
        r.caseId = s.text(3);
        r.recordEntity = s.text(4);
        r.recordId = s.text(5);
        // Any offset on the wire; shown and filtered in Stockholm.
        r.openedAt = parseRfc3339(s.text(6)).value_or(QDateTime());
        r.day = r.openedAt.toTimeZone(stockholm()).date();
        r.caseNumber = s.isNull(7) ? QString() : s.text(7);
        r.pending = s.integer(8) != 0;
        order.append({r.openedAt, r.id});
        m_rows.insert(r.id, r);
    }
    s.reset();
    // Newest first; ids (v7, time-ordered) settle equal times.
    std::sort(order.begin(), order.end(), std::greater<> {});
    QStringList keys;
    keys.reserve(order.size());
    for (const auto &entry : std::as_const(order))
        keys << entry.second;
    return keys;
}

QString AccessLogModel::userName(const QString &userId) const
{
    const TeamRoster *roster = m_roster.data();
    const QString name = roster && !userId.isEmpty() ? roster->nameOf(userId) : QString();
    return name.isEmpty() ? tr("Unknown user") : name;
}

QString AccessLogModel::deviceName(const QString &deviceId, const QString &ownDevice) const
{
    if (deviceId.isEmpty())
        return u"—"_s;
    if (deviceId == ownDevice)
        return tr("This device");
    if (const TeamRoster *roster = m_roster.data()) {
        const QList<TeamRoster::Member> members = roster->memberList();
        for (const TeamRoster::Member &m : members) {
            for (const TeamRoster::Device &d : m.devices) {
                if (d.id == deviceId && !d.name.isEmpty())
                    return d.name;
            }
        }
    }
    return deviceId.left(shortIdLength);
}

QStringList AccessLogModel::shown(const QStringList &all) const
{
    if (!filtered())
        return all;
    QStringList keys;
    for (const QString &key : all) {
        if (matches(m_rows.value(key)))
            keys << key;
    }
    return keys;
}

bool AccessLogModel::matches(const Row &row) const
{
    const QString needle = m_caseFilter.trimmed();
    if (!needle.isEmpty() && !row.caseNumber.contains(needle, Qt::CaseInsensitive))
        return false;
    if (!m_workerId.isEmpty() && row.userId != m_workerId)
        return false;
    const QDate from = QDate::fromString(m_fromDate, Qt::ISODate);
    const QDate to = QDate::fromString(m_toDate, Qt::ISODate);
    if (from.isValid() && (!row.day.isValid() || row.day < from))
        return false;
    if (to.isValid() && (!row.day.isValid() || row.day > to))
        return false;
    return true;
}

bool AccessLogModel::filtered() const
{
    return !m_caseFilter.trimmed().isEmpty() || !m_workerId.isEmpty()
        || QDate::fromString(m_fromDate, Qt::ISODate).isValid()
        || QDate::fromString(m_toDate, Qt::ISODate).isValid();
}

void AccessLogModel::setRoster(TeamRoster *roster)
{
    if (roster == m_roster)
        return;
    disconnect(m_rosterConnection);
    m_roster = roster;
    // Names are read with the rows, so a new roster reads them again (and tells the rows).
    if (roster)
        m_rosterConnection = connect(roster, &TeamRoster::changed, this, &AccessLogModel::reload);
    emit rosterChanged();
    reload();
}

void AccessLogModel::setFilter(QString &field, const QString &value)
{
    if (field == value)
        return;
    field = value;
    emit filterChanged();
    reshow();
}

void AccessLogModel::setCaseFilter(const QString &text)
{
    setFilter(m_caseFilter, text);
}

void AccessLogModel::setWorkerId(const QString &id)
{
    setFilter(m_workerId, id);
}

void AccessLogModel::setFromDate(const QString &date)
{
    setFilter(m_fromDate, date);
}

void AccessLogModel::setToDate(const QString &date)
{
    setFilter(m_toDate, date);
}

void AccessLogModel::clearFilters()
{
    if (resetFilters())
        reshow();
}

bool AccessLogModel::resetFilters()
{
    if (m_caseFilter.isEmpty() && m_workerId.isEmpty() && m_fromDate.isEmpty()
        && m_toDate.isEmpty())
        return false;
    m_caseFilter.clear();
    m_workerId.clear();
    m_fromDate.clear();
    m_toDate.clear();
    emit filterChanged();
    return true;
}

void AccessLogModel::locked()
{
    // A case number typed into the filter names a child's case: it goes with the data (the rows
    // are read again right after, so nothing is shown in between).
    resetFilters();
}

} // namespace barntid
