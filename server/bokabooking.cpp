// SPDX-License-Identifier: GPL-3.0-or-later
#include "bokabooking.h"

#include "accounts.h"
#include "domain/clock.h"
#include "domain/ids.h"
#include "domain/timeformat.h"
#include "protocol/mutation.h"
#include "syncservice.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace barntid::server {

namespace {

using protocol::MutationResult;

constexpr qsizetype maxPurpose = 500;

bool validEmail(const QString &s)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return s.size() <= 254 && shape.match(s).hasMatch();
}

} // namespace

BokaBooking::BokaBooking(SyncService &sync, Accounts &accounts, int cutoffHours)
    : m_sync(sync)
    , m_accounts(accounts)
    , m_cutoffHours(cutoffHours)
{ }

BokaView BokaBooking::view(const Caller &caller, const Clock &clock)
{
    QList<BokaSlot> slotList;
    QList<BokaEntry> bookings;
    qint64 since = 0;
    for (bool more = true; more;) {
        const protocol::PullPage page = m_sync.pull(caller, since, protocol::PullPage::maxLimit);
        for (const protocol::Change &c : page.changes) {
            if (c.op != protocol::Op::Upsert)
                continue;
            if (c.entity == u"slot")
                slotList.append(BokaSlot::fromJson(c.data));
            else if (c.entity == u"booking")
                bookings.append(BokaEntry::fromJson(c.data, c.version, m_cutoffHours));
        }
        since = page.next;
        more = page.hasMore;
    }
    // Slots from before the server filled in owner_name: the family may see its workers' names.
    QHash<QString, QString> names;
    for (BokaSlot &s : slotList) {
        if (!s.ownerName.isEmpty())
            continue;
        if (!names.contains(s.ownerId)) {
            const std::optional<Account> owner = m_accounts.byId(s.ownerId);
            names.insert(s.ownerId, owner ? owner->displayName : QString());
        }
        s.ownerName = names.value(s.ownerId);
    }
    return BokaView::assemble(slotList, std::move(bookings), clock.now(), m_cutoffHours);
}

BokaOutcome BokaBooking::book(const Caller &caller, const QString &requestId, const QString &slotId,
    const QString &purpose, const QString &email)
{
    if (purpose.trimmed().isEmpty() || purpose.size() > maxPurpose)
        return refusal(QStringLiteral("invalid"), QStringLiteral("purpose"));
    if (!email.isEmpty() && !validEmail(email))
        return refusal(QStringLiteral("invalid"), QStringLiteral("notify_email"));
    QJsonObject data {{QStringLiteral("id"), newId()}, {QStringLiteral("slot_id"), slotId},
        {QStringLiteral("purpose"), purpose},
        {QStringLiteral("status"), QStringLiteral("requested")}};
    if (!email.isEmpty())
        data.insert(QStringLiteral("notify_email"), email);
    return push(caller,
        QJsonObject {{QStringLiteral("mutation_id"), requestId},
            {QStringLiteral("entity"), QStringLiteral("booking")},
            {QStringLiteral("op"), QStringLiteral("upsert")},
            {QStringLiteral("id"), data.value(QLatin1StringView("id"))},
            {QStringLiteral("base_version"), QJsonValue()}, {QStringLiteral("data"), data}});
}

BokaOutcome BokaBooking::cancel(
    const Caller &caller, const QString &requestId, const BokaEntry &booking)
{
    const QJsonObject data {{QStringLiteral("id"), booking.id},
        {QStringLiteral("slot_id"), booking.slotId},
        {QStringLiteral("status"), QStringLiteral("cancelled")}};
    return push(caller,
        QJsonObject {{QStringLiteral("mutation_id"), requestId},
            {QStringLiteral("entity"), QStringLiteral("booking")},
            {QStringLiteral("op"), QStringLiteral("upsert")}, {QStringLiteral("id"), booking.id},
            {QStringLiteral("base_version"), booking.version}, {QStringLiteral("data"), data}});
}

BokaOutcome BokaBooking::push(const Caller &caller, const QJsonObject &mutation)
{
    // Through the API's own parser and push: the page can do nothing the app could not.
    const QJsonObject body {{QStringLiteral("mutations"), QJsonArray {mutation}}};
    protocol::ProtocolError problem;
    const protocol::PushRequest request
        = protocol::PushRequest::parse(QJsonDocument(body).toJson(QJsonDocument::Compact), problem);
    if (problem.isError() || request.mutations.size() != 1)
        return refusal(QStringLiteral("invalid"), {});
    const protocol::PushResponse response = m_sync.push(caller, request);
    const MutationResult r = response.results.value(0);
    switch (r.status) {
    case MutationResult::Status::Applied:
    case MutationResult::Status::Duplicate:
        return BokaOutcome {true, {}, {}, {}};
    case MutationResult::Status::Conflict:
        return refusal(QStringLiteral("conflict"), {});
    case MutationResult::Status::Rejected:
        break;
    }
    return refusal(r.errorCode, r.errorMessage);
}

BokaOutcome BokaBooking::refusal(const QString &code, const QString &message) const
{
    BokaOutcome o {false, code, {}, {}};
    if (code == u"slot_taken") {
        o.message = QStringLiteral("Tiden är inte längre ledig.");
    } else if (code == u"too_late") {
        o.message = QStringLiteral("Tiden har redan börjat eller passerat.");
    } else if (code == u"cutoff_passed") {
        o.message = QStringLiteral("Det är mindre än %1 timmar kvar. Ring din "
                                   "familjehemssekreterare för att avboka.")
                        .arg(m_cutoffHours);
    } else if (code == u"conflict") {
        o.message = QStringLiteral("Bokningen har ändrats sedan sidan visades. Se hur den ser ut "
                                   "nu och försök igen.");
    } else if (code == u"invalid" && message.contains(u"purpose")) {
        o.field = QStringLiteral("syfte");
        o.message = QStringLiteral("Skriv kort vad mötet gäller (högst 500 tecken).");
    } else if (code == u"invalid" && message.contains(u"notify_email")) {
        o.field = QStringLiteral("epost");
        o.message = QStringLiteral("Skriv en e-postadress som namn@exempel.se, eller lämna "
                                   "fältet tomt.");
    } else {
        o.message = QStringLiteral("Det gick inte att spara. Ladda om sidan och försök igen.");
    }
    return o;
}

} // namespace barntid::server
