// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/fosterhomelistmodel.h"

#include "domain/clock.h"
#include "domain/contact.h"
#include "domain/timeformat.h"
#include "models/fosterhometext.h"
#include "models/session.h"
#include "models/uitext.h"
#include "store/repository.h"
#include "store/store.h"
#include "store/storeerror.h"

namespace barntid {

FosterHomeListModel::FosterHomeListModel(QObject *parent)
    : SearchableListModel(parent)
{
    reload();
}

QVariant FosterHomeListModel::value(int source, int role) const
{
    const Row &row = m_all.at(source);
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

void FosterHomeListModel::reload()
{
    beginResetModel();
    m_all.clear();
    Session *session = activeSession();
    Store *store = session ? session->store() : nullptr;
    if (store) {
        try {
            const QDate today = store->clock().now().toTimeZone(stockholm()).date();
            for (FosterHome &h :
                Repository<FosterHome>(*store).list("ORDER BY name COLLATE NOCASE")) {
                Row row {std::move(h), std::nullopt, false};
                row.nextFollowUp = openFollowUp(*store, row.record.meta.id);
                row.followUpOverdue = row.nextFollowUp && *row.nextFollowUp < today;
                m_all.append(std::move(row));
            }
        } catch (const StoreError &e) {
            m_all.clear();
            setErrorText(UiText::storeError(e));
        }
    }
    applySearch();
    endResetModel();
    emit countChanged();
}

bool FosterHomeListModel::matches(int source, const QString &needle) const
{
    const FosterHome &h = m_all.at(source).record;
    return h.name.contains(needle, Qt::CaseInsensitive)
        || h.contactPersons.contains(needle, Qt::CaseInsensitive);
}

QString FosterHomeListModel::createFosterHome(
    const QString &name, const QString &contactPersons, const QString &phone)
{
    Session *session = activeSession();
    Store *store = session ? session->store() : nullptr;
    if (!store) {
        setErrorText(UiText::storeError(StoreError(StoreErrorCode::Locked, {})));
        return {};
    }
    FosterHome h;
    h.name = name.trimmed();
    h.contactPersons = contactPersons.trimmed();
    h.phone = phone.trimmed();
    if (!store->userId().isEmpty())
        h.workerIds = {store->userId()};
    try {
        h = Repository<FosterHome>(*store).create(h);
    } catch (const StoreError &e) {
        setErrorText(FosterHomeText::storeError(e));
        return {};
    }
    setErrorText({});
    reload();
    return h.meta.id;
}

QVariantMap FosterHomeListModel::fosterHomeData(const QString &id) const
{
    for (int i = 0; i < m_all.size(); ++i) {
        const FosterHome &h = m_all.at(i).record;
        if (h.meta.id != id)
            continue;
        QVariantMap map = rowMap(i);
        map.insert(QStringLiteral("trainingOfferedOn"),
            h.trainingOfferedOn ? toIsoDate(*h.trainingOfferedOn) : QString());
        map.insert(QStringLiteral("trainingCompletedOn"),
            h.trainingCompletedOn ? toIsoDate(*h.trainingCompletedOn) : QString());
        return map;
    }
    return {};
}

} // namespace barntid
