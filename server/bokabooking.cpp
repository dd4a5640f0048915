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

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

QDateTime time(const QJsonObject &o, const char *key)
{
    return parseRfc3339(text(o, key)).value_or(QDateTime()).toUTC();
}

BokaSlot slotOf(const QJsonObject &d)
{
    return BokaSlot {text(d, "id"), text(d, "owner_id"), text(d, "owner_name"), text(d, "place"),
        text(d, "video_link"), time(d, "starts_at"), time(d, "ends_at"),
        d.value(QLatin1StringView("video")).toBool(),
        d.value(QLatin1StringView("after_hours")).toBool()};
}

BokaEntry entryOf(const QJsonObject &d, qint64 version, int cutoffHours)
{
    BokaEntry e {text(d, "id"), text(d, "slot_id"), text(d, "status"), text(d, "cancel_reason"),
        text(d, "place"), text(d, "video_link"), text(d, "owner_name"), version,
        time(d, "starts_at"), time(d, "ends_at"), time(d, "cancel_until"),
        d.value(QLatin1StringView("video")).toBool(), d};
    // Older bookings carry no server copy of the cut-off: the configured hours decide.
    if (!e.cancelUntil.isValid() && e.start.isValid())
        e.cancelUntil = e.start.addSecs(-qint64(cutoffHours) * 3600);
    return e;
}

/** Bookings made before the server kept a copy of the booked slot: the slot still in view
 *  (it is the family's own while the booking is active) fills it in. */
void completeFrom(BokaEntry &b, const BokaSlot &s, int cutoffHours)
{
    if (b.start.isValid())
        return;
    b.start = s.start;
    b.end = s.end;
    b.place = s.place;
    b.video = s.video;
    b.videoLink = s.videoLink;
    b.ownerName = s.ownerName;
    b.cancelUntil = s.start.addSecs(-qint64(cutoffHours) * 3600);
    b.data.insert(QStringLiteral("starts_at"), toRfc3339(s.start));
    b.data.insert(QStringLiteral("ends_at"), toRfc3339(s.end));
    b.data.insert(QStringLiteral("place"), s.place);
    b.data.insert(QStringLiteral("video"), s.video);
    b.data.insert(QStringLiteral("video_link"), s.videoLink);
    b.data.insert(QStringLiteral("owner_name"), s.ownerName);
}

bool validEmail(const QString &s)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return s.size() <= 254 && shape.match(s).hasMatch();
}

} // namespace

std::optional<BokaEntry> BokaView::booking(const QString &id) const
{
    for (const BokaEntry &b : bookings) {
        if (b.id == id)
            return b;
    }
    return std::nullopt;
}

QList<BokaSlot> BokaView::nearest(const QString &ownerId, const QDateTime &near, int n) const
{
    QList<BokaSlot> same;
    for (const BokaSlot &s : openSlots) {
        if (s.ownerId == ownerId)
            same.append(s);
    }
    std::stable_sort(same.begin(), same.end(), [&](const BokaSlot &a, const BokaSlot &b) {
        return qAbs(a.start.secsTo(near)) < qAbs(b.start.secsTo(near));
    });
    same = same.mid(0, n);
    std::sort(same.begin(), same.end(),
        [](const BokaSlot &a, const BokaSlot &b) { return a.start < b.start; });
    return same;
}

BokaBooking::BokaBooking(SyncService &sync, Accounts &accounts, int cutoffHours)
    : m_sync(sync)
    , m_accounts(accounts)
    , m_cutoffHours(cutoffHours)
{ }

BokaView BokaBooking::view(const Caller &caller, const Clock &clock)
{
    QList<BokaSlot> allSlots;
    BokaView v;
    qint64 since = 0;
    for (bool more = true; more;) {
        const protocol::PullPage page = m_sync.pull(caller, since, protocol::PullPage::maxLimit);
        for (const protocol::Change &c : page.changes) {
            if (c.op != protocol::Op::Upsert)
                continue;
            if (c.entity == u"slot")
                allSlots.append(slotOf(c.data));
            else if (c.entity == u"booking")
                v.bookings.append(entryOf(c.data, c.version, m_cutoffHours));
        }
        since = page.next;
        more = page.hasMore;
    }
    QHash<QString, QString> names;
    QHash<QString, BokaSlot> byId;
    for (BokaSlot &s : allSlots) {
        if (s.ownerName.isEmpty()) {
            if (!names.contains(s.ownerId)) {
                const std::optional<Account> owner = m_accounts.byId(s.ownerId);
                names.insert(s.ownerId, owner ? owner->displayName : QString());
            }
            s.ownerName = names.value(s.ownerId);
        }
        byId.insert(s.id, s);
    }
    QSet<QString> held; // the family's own active bookings keep their slot in view
    for (BokaEntry &b : v.bookings) {
        if (b.status != u"cancelled")
            held.insert(b.slotId);
        if (byId.contains(b.slotId))
            completeFrom(b, byId.value(b.slotId), m_cutoffHours);
    }
    const QDateTime now = clock.now();
    for (const BokaSlot &s : std::as_const(allSlots)) {
        if (!held.contains(s.id) && s.start.isValid() && s.start > now)
            v.openSlots.append(s);
    }
    std::sort(v.openSlots.begin(), v.openSlots.end(),
        [](const BokaSlot &a, const BokaSlot &b) { return a.start < b.start; });
    std::sort(v.bookings.begin(), v.bookings.end(),
        [](const BokaEntry &a, const BokaEntry &b) { return a.start < b.start; });
    return v;
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
