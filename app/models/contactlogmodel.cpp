// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/contactlogmodel.h"

#include "domain/clock.h"
#include "domain/fosterhome.h"
#include "domain/timeformat.h"
#include "models/fosterhometext.h"
#include "models/session.h"
#include "models/synccontroller.h"
#include "models/uitext.h"
#include "store/repository.h"
#include "store/store.h"
#include "store/storeerror.h"

namespace barntid {

ContactLogModel::ContactLogModel(QObject *parent)
    : QAbstractListModel(parent)
{
    if (Session *session = activeSession())
        connect(session, &Session::stateChanged, this, &ContactLogModel::reload);
    // What a sync wrote is shown at once.
    if (SyncController *sync = SyncController::instance())
        connect(sync, &SyncController::synced, this, &ContactLogModel::reload);
}

int ContactLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ContactLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Contact &c = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return c.meta.id;
    case KindRole:
        return c.kind;
    case KindTextRole:
        return FosterHomeText::contactKind(c.kind);
    case AtRole:
        return c.at;
    case AtTextRole:
        return c.at.toTimeZone(stockholm()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case DurationMinutesRole:
        return c.durationMinutes;
    case NotePreviewRole: {
        const QString flat = c.note.simplified();
        return flat.size() > 160 ? flat.left(159) + QChar(0x2026) : flat;
    }
    case NextFollowUpRole:
        return c.nextFollowUp ? toIsoDate(*c.nextFollowUp) : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> ContactLogModel::roleNames() const
{
    return {{IdRole, "id"}, {KindRole, "kind"}, {KindTextRole, "kindText"}, {AtRole, "at"},
        {AtTextRole, "atText"}, {DurationMinutesRole, "durationMinutes"},
        {NotePreviewRole, "notePreview"}, {NextFollowUpRole, "nextFollowUp"}};
}

void ContactLogModel::setFosterHomeId(const QString &id)
{
    if (id == m_fosterHomeId)
        return;
    m_fosterHomeId = id;
    emit fosterHomeIdChanged();
    reload();
}

QStringList ContactLogModel::kinds()
{
    return Contact::kinds();
}

QStringList ContactLogModel::kindTexts()
{
    QStringList texts;
    for (const QString &k : Contact::kinds())
        texts << FosterHomeText::contactKind(k);
    return texts;
}

Store *ContactLogModel::openStore()
{
    Session *session = activeSession();
    Store *store = session ? session->store() : nullptr;
    if (!store)
        setErrorText(UiText::storeError(StoreError(StoreErrorCode::Locked, {})));
    return store;
}

void ContactLogModel::reload()
{
    beginResetModel();
    m_rows.clear();
    Session *session = activeSession();
    Store *store = session ? session->store() : nullptr;
    if (store && !m_fosterHomeId.isEmpty()) {
        try {
            m_rows = Repository<Contact>(*store).list(
                "AND foster_home_id = ? ORDER BY at DESC, created_at DESC", {m_fosterHomeId});
        } catch (const StoreError &e) {
            m_rows.clear();
            setErrorText(UiText::storeError(e));
        }
    }
    endResetModel();
    emit countChanged();
}

QString ContactLogModel::addContact(
    const QString &kind, int durationMinutes, const QString &note, const QString &nextFollowUp)
{
    Store *store = openStore();
    if (!store)
        return {};
    Contact c;
    c.fosterHomeId = m_fosterHomeId;
    c.kind = kind;
    c.at = store->clock().now();
    c.durationMinutes = durationMinutes;
    c.note = note.trimmed();
    if (!parseDate(nextFollowUp, c.nextFollowUp))
        return {};
    try {
        c = Repository<Contact>(*store).create(c);
    } catch (const StoreError &e) {
        setErrorText(FosterHomeText::storeError(e));
        return {};
    }
    setErrorText({});
    reload();
    emit fosterHomeChanged();
    return c.meta.id;
}

bool ContactLogModel::setTraining(const QString &offeredOn, const QString &completedOn)
{
    Store *store = openStore();
    if (!store)
        return false;
    try {
        Repository<FosterHome> homes(*store);
        std::optional<FosterHome> h = homes.find(m_fosterHomeId);
        if (!h)
            throw StoreError(StoreErrorCode::NotFound, {});
        if (!parseDate(offeredOn, h->trainingOfferedOn)
            || !parseDate(completedOn, h->trainingCompletedOn))
            return false;
        // Completed implies offered: a family cannot finish training nobody offered.
        if (h->trainingCompletedOn && !h->trainingOfferedOn)
            h->trainingOfferedOn = h->trainingCompletedOn;
        homes.update(*h);
    } catch (const StoreError &e) {
        setErrorText(FosterHomeText::storeError(e));
        return false;
    }
    setErrorText({});
    emit fosterHomeChanged();
    return true;
}

bool ContactLogModel::setSupervisionStatus(const QString &code)
{
    Store *store = openStore();
    if (!store)
        return false;
    try {
        Repository<FosterHome> homes(*store);
        std::optional<FosterHome> h = homes.find(m_fosterHomeId);
        if (!h)
            throw StoreError(StoreErrorCode::NotFound, {});
        h->supervisionStatus = code;
        homes.update(*h);
    } catch (const StoreError &e) {
        setErrorText(FosterHomeText::storeError(e));
        return false;
    }
    setErrorText({});
    emit fosterHomeChanged();
    return true;
}

QString ContactLogModel::today() const
{
    Session *session = activeSession();
    Store *store = session ? session->store() : nullptr;
    return store ? toIsoDate(store->clock().now().toTimeZone(stockholm()).date()) : QString();
}

bool ContactLogModel::parseDate(const QString &text, std::optional<QDate> &out)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        out.reset();
        return true;
    }
    out = parseIsoDate(t);
    if (!out) {
        setErrorText(FosterHomeText::invalidDate());
        return false;
    }
    return true;
}

void ContactLogModel::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

} // namespace barntid
