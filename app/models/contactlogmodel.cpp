// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/contactlogmodel.h"

#include "domain/clock.h"
#include "domain/fosterhome.h"
#include "domain/timeformat.h"
#include "models/fosterhometext.h"
#include "models/uitext.h"
#include "store/repository.h"
#include "store/store.h"
#include "store/storeerror.h"

namespace barntid {

ContactLogModel::ContactLogModel(QObject *parent)
    : StoreBoundModel(parent)
{
    attach();
}

QVariant ContactLogModel::value(const QString &key, int role) const
{
    const auto it = m_rows.constFind(key);
    if (it == m_rows.cend())
        return {};
    const Contact &c = *it;
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

QStringList ContactLogModel::watchedEntities() const
{
    return {QStringLiteral("contact")};
}

QStringList ContactLogModel::load(Store &store)
{
    m_rows.clear();
    if (m_fosterHomeId.isEmpty())
        return {};
    QStringList keys;
    for (const Contact &c : Repository<Contact>(store).list(
             "AND foster_home_id = ? ORDER BY at DESC, created_at DESC", {m_fosterHomeId})) {
        keys << c.meta.id;
        m_rows.insert(c.meta.id, c);
    }
    return keys;
}

QString ContactLogModel::addContact(
    const QString &kind, int durationMinutes, const QString &note, const QString &nextFollowUp)
{
    Contact c;
    c.fosterHomeId = m_fosterHomeId;
    c.kind = kind;
    c.durationMinutes = durationMinutes;
    c.note = note.trimmed();
    if (!parseDate(nextFollowUp, c.nextFollowUp))
        return {};
    const bool ok = report(
        [&] {
            Store *s = store();
            if (!s)
                throw StoreError(StoreErrorCode::Locked, {});
            c.at = s->clock().now();
            c = Repository<Contact>(*s).create(c); // the feed shows the new row
        },
        &FosterHomeText::storeError);
    if (!ok)
        return {};
    setErrorText({});
    emit fosterHomeChanged();
    return c.meta.id;
}

bool ContactLogModel::changeHome(const std::function<bool(FosterHome &)> &change)
{
    bool changed = false;
    const bool ok = report(
        [&] {
            Store *s = store();
            if (!s)
                throw StoreError(StoreErrorCode::Locked, {});
            Repository<FosterHome> homes(*s);
            std::optional<FosterHome> h = homes.find(m_fosterHomeId);
            if (!h)
                throw StoreError(StoreErrorCode::NotFound, {});
            if (!change(*h))
                return;
            homes.update(*h);
            changed = true;
        },
        &FosterHomeText::storeError);
    if (!ok || !changed)
        return false;
    setErrorText({});
    emit fosterHomeChanged();
    return true;
}

bool ContactLogModel::setTraining(const QString &offeredOn, const QString &completedOn)
{
    return changeHome([&](FosterHome &h) {
        if (!parseDate(offeredOn, h.trainingOfferedOn)
            || !parseDate(completedOn, h.trainingCompletedOn))
            return false;
        // Completed implies offered: a family cannot finish training nobody offered.
        if (h.trainingCompletedOn && !h.trainingOfferedOn)
            h.trainingOfferedOn = h.trainingCompletedOn;
        return true;
    });
}

bool ContactLogModel::setSupervisionStatus(const QString &code)
{
    return changeHome([&](FosterHome &h) {
        h.supervisionStatus = code;
        return true;
    });
}

QString ContactLogModel::today() const
{
    Store *s = store();
    return s ? toIsoDate(s->clock().now().toTimeZone(stockholm()).date()) : QString();
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

} // namespace barntid
