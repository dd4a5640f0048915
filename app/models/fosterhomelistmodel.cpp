// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/fosterhomelistmodel.h"

#include "domain/clock.h"
#include "domain/contact.h"
#include "domain/timeformat.h"
#include "models/fosterhometext.h"
#include "models/uitext.h"
#include "store/repository.h"
#include "store/store.h"
#include "store/storeerror.h"

namespace barntid {

FosterHomeListModel::FosterHomeListModel(QObject *parent)
    : SearchableListModel(parent)
{
    attach();
}

QVariant FosterHomeListModel::value(const QString &key, int role) const
{
    const auto it = m_rows.constFind(key);
    if (it == m_rows.cend())
        return {};
    const Row &row = *it;
    const FosterHome &h = row.record;
    switch (role) {
    case IdRole:
        return h.meta.id;
    case NameRole:
        return h.name;
    case PhoneRole:
        return h.phone;
    case ContactPersonsRole:
        return h.contactPersons;
    case TrainingTextRole:
        return FosterHomeText::training(h);
    case TrainingPendingRole:
        return !h.trainingOfferedOn && !h.trainingCompletedOn;
    case SupervisionStatusRole:
        return h.supervisionStatus;
    case SupervisionTextRole:
        return FosterHomeText::supervision(h.supervisionStatus);
    case NextFollowUpRole:
        return row.nextFollowUp ? toIsoDate(*row.nextFollowUp) : QString();
    case FollowUpTextRole:
        return FosterHomeText::followUp(row.nextFollowUp, row.followUpOverdue);
    case FollowUpOverdueRole:
        return row.followUpOverdue;
    case PlacedCountRole:
        return int(h.placedCaseIds.size());
    default:
        return {};
    }
}

QHash<int, QByteArray> FosterHomeListModel::roleNames() const
{
    return {{IdRole, "id"}, {NameRole, "name"}, {PhoneRole, "phone"},
        {ContactPersonsRole, "contactPersons"}, {TrainingTextRole, "trainingText"},
        {TrainingPendingRole, "trainingPending"}, {SupervisionStatusRole, "supervisionStatus"},
        {SupervisionTextRole, "supervisionText"}, {NextFollowUpRole, "nextFollowUp"},
        {FollowUpTextRole, "followUpText"}, {FollowUpOverdueRole, "followUpOverdue"},
        {PlacedCountRole, "placedCount"}};
}

std::optional<QDate> FosterHomeListModel::openFollowUp(Store &store, const QString &fosterHomeId)
{
    const QList<Contact> contacts = Repository<Contact>(store).list(
        "AND foster_home_id = ? ORDER BY at DESC, created_at DESC", {fosterHomeId});
    if (contacts.isEmpty())
        return std::nullopt;
    const QDate lastContactDay = contacts.first().at.toTimeZone(stockholm()).date();
    std::optional<QDate> open = contacts.first().nextFollowUp;
    for (const Contact &c : contacts) {
        if (c.nextFollowUp && *c.nextFollowUp > lastContactDay
            && (!open || *c.nextFollowUp < *open))
            open = c.nextFollowUp;
    }
    return open;
}

QStringList FosterHomeListModel::watchedEntities() const
{
    // Contacts: a row shows the home's open follow-up.
    return {QStringLiteral("foster_home"), QStringLiteral("contact")};
}

QStringList FosterHomeListModel::load(Store &store)
{
    m_rows.clear();
    const QDate today = store.clock().now().toTimeZone(stockholm()).date();
    QStringList keys;
    for (FosterHome &h : Repository<FosterHome>(store).list("ORDER BY name COLLATE NOCASE")) {
        Row row {std::move(h), std::nullopt, false};
        row.nextFollowUp = openFollowUp(store, row.record.meta.id);
        row.followUpOverdue = row.nextFollowUp && *row.nextFollowUp < today;
        keys << row.record.meta.id;
        m_rows.insert(keys.last(), std::move(row));
    }
    return keys;
}

bool FosterHomeListModel::matches(const QString &key, const QString &needle) const
{
    const FosterHome &h = m_rows.value(key).record;
    return h.name.contains(needle, Qt::CaseInsensitive)
        || h.contactPersons.contains(needle, Qt::CaseInsensitive);
}

QString FosterHomeListModel::createFosterHome(
    const QString &name, const QString &contactPersons, const QString &phone)
{
    FosterHome h;
    h.name = name.trimmed();
    h.contactPersons = contactPersons.trimmed();
    h.phone = phone.trimmed();
    const bool ok = report(
        [&] {
            Store *s = store();
            if (!s)
                throw StoreError(StoreErrorCode::Locked, {});
            if (!s->userId().isEmpty())
                h.workerIds = {s->userId()};
            h = Repository<FosterHome>(*s).create(h); // the feed shows the new row
        },
        &FosterHomeText::storeError);
    if (!ok)
        return {};
    setErrorText({});
    return h.meta.id;
}

QVariantMap FosterHomeListModel::fosterHomeData(const QString &id) const
{
    const auto it = m_rows.constFind(id);
    if (it == m_rows.cend())
        return {};
    const FosterHome &h = it->record;
    QVariantMap map = rowMap(id);
    map.insert(QStringLiteral("trainingOfferedOn"),
        h.trainingOfferedOn ? toIsoDate(*h.trainingOfferedOn) : QString());
    map.insert(QStringLiteral("trainingCompletedOn"),
        h.trainingCompletedOn ? toIsoDate(*h.trainingCompletedOn) : QString());
    return map;
}

} // namespace barntid
