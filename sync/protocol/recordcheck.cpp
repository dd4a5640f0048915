// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/recordcheck.h"

#include "domain/case.h"
#include "domain/childtime.h"
#include "domain/contact.h"
#include "domain/fosterhome.h"
#include "domain/jsonfields.h"
#include "domain/recordmeta.h"
#include "domain/rules.h"
#include "domain/surveyresponse.h"
#include "domain/timeentry.h"
#include "domain/visit.h"
#include "domain/visitamendment.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace barntid::protocol {

namespace {

constexpr auto L = [](const char *s) { return QLatin1StringView(s); };

QString text(const QJsonObject &o, const char *key)
{
    QString v;
    jsonfields::read(o, L(key), v);
    return v;
}

QDateTime time(const QJsonObject &o, const char *key)
{
    QDateTime v;
    jsonfields::read(o, L(key), v);
    return v;
}

/** A meeting link the family's browser opens: https only, so no other scheme is ever handed
 *  to a phone. */
void optionalLink(ValidationIssues &out, QLatin1StringView field, const QString &v)
{
    if (v.isEmpty())
        return;
    const QUrl url(v, QUrl::StrictMode);
    if (v.size() > 500 || !url.isValid() || url.scheme() != u"https" || url.host().isEmpty())
        rules::add(out, field, issue::invalid);
}

/** An address to send confirmations to: one @, a dotted domain, no spaces or angle brackets
 *  (it goes into a mail header). */
void optionalEmail(ValidationIssues &out, QLatin1StringView field, const QString &v)
{
    if (v.isEmpty())
        return;
    static const QRegularExpression shape(
        QStringLiteral("^[^@\\s<>,;\"]+@[^@\\s<>,;\"]+\\.[^@\\s<>,;\"]+$"));
    if (v.size() > 254 || !shape.match(v).hasMatch())
        rules::add(out, field, issue::invalid);
}

ValidationIssues checkSlot(const QJsonObject &o)
{
    ValidationIssues out = RecordMeta::readJson(o).validate();
    rules::optionalId(out, L("owner_id"), text(o, "owner_id"));
    rules::requiredTime(out, L("starts_at"), time(o, "starts_at"));
    rules::requiredTime(out, L("ends_at"), time(o, "ends_at"));
    rules::workSpan(out, L("starts_at"), L("ends_at"), time(o, "starts_at"), time(o, "ends_at"));
    rules::maxLength(out, L("place"), text(o, "place"), 200);
    optionalLink(out, L("video_link"), text(o, "video_link"));
    rules::maxLength(out, L("owner_name"), text(o, "owner_name"), 200);
    return out;
}

ValidationIssues checkBooking(const QJsonObject &o)
{
    ValidationIssues out = RecordMeta::readJson(o).validate();
    rules::requiredId(out, L("slot_id"), text(o, "slot_id"));
    rules::optionalId(out, L("foster_home_id"), text(o, "foster_home_id"));
    rules::optionalId(out, L("booked_by"), text(o, "booked_by"));
    rules::maxLength(out, L("purpose"), text(o, "purpose"), 500);
    static const QStringList statuses {
        QStringLiteral("requested"), QStringLiteral("confirmed"), QStringLiteral("cancelled")};
    rules::oneOf(out, L("status"), text(o, "status"), statuses);
    rules::maxLength(out, L("cancel_reason"), text(o, "cancel_reason"), 500);
    optionalEmail(out, L("notify_email"), text(o, "notify_email"));
    // The rest (times, place, link, name, cancel_until) is filled by the server from the slot.
    return out;
}

ValidationIssues checkReview(const QJsonObject &o)
{
    ValidationIssues out = RecordMeta::readJson(o).validate();
    // What a supervisor reviews (issue 12): a signed visit (its amendments are part of its
    // version), a contact, a time entry.
    static const QStringList targets {
        QStringLiteral("visit"), QStringLiteral("contact"), QStringLiteral("time_entry")};
    rules::oneOf(out, L("target_entity"), text(o, "target_entity"), targets);
    rules::requiredId(out, L("target_id"), text(o, "target_id"));
    std::optional<int> version;
    jsonfields::read(o, L("target_version"), version);
    if (!version)
        rules::add(out, L("target_version"), issue::required);
    else if (*version < 1)
        rules::add(out, L("target_version"), issue::outOfRange);
    rules::optionalId(out, L("reviewer_id"), text(o, "reviewer_id"));
    static const QStringList decisions {QStringLiteral("approved"), QStringLiteral("returned")};
    rules::oneOf(out, L("decision"), text(o, "decision"), decisions);
    rules::maxLength(out, L("comment"), text(o, "comment"), 4000);
    if (text(o, "decision") == u"returned" && text(o, "comment").trimmed().isEmpty())
        rules::add(out, L("comment"), issue::required);
    return out;
}

ValidationIssues checkAccessEvent(const QJsonObject &o)
{
    ValidationIssues out = RecordMeta::readJson(o).validate();
    rules::requiredId(out, L("case_id"), text(o, "case_id"));
    rules::requiredText(out, L("record_entity"), text(o, "record_entity"), 40);
    rules::requiredId(out, L("record_id"), text(o, "record_id"));
    rules::requiredTime(out, L("opened_at"), time(o, "opened_at"));
    return out;
}

ValidationIssues checkJournalEntry(const QJsonObject &o)
{
    ValidationIssues out = RecordMeta::readJson(o).validate();
    rules::requiredId(out, L("visit_id"), text(o, "visit_id"));
    rules::optionalId(out, L("case_id"), text(o, "case_id"));
    for (const auto field : {L("document_version"), L("record_version")}) {
        std::optional<int> n;
        jsonfields::read(o, field, n);
        if (!n)
            rules::add(out, field, issue::required);
        else if (*n < 1)
            rules::add(out, field, issue::outOfRange);
    }
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(text(o, "content_sha256")).hasMatch())
        rules::add(out, L("content_sha256"), issue::invalid);
    rules::requiredTime(out, L("exported_at"), time(o, "exported_at"));
    return out;
}

} // namespace

ValidationIssues checkRecord(QStringView entity, const QJsonObject &o)
{
    if (entity == Case::entity)
        return Case::fromJson(o).validate();
    if (entity == FosterHome::entity)
        return FosterHome::fromJson(o).validate();
    if (entity == Visit::entity)
        return Visit::fromJson(o).validate();
    if (entity == VisitAmendment::entity)
        return VisitAmendment::fromJson(o).validate();
    if (entity == ChildTime::entity)
        return ChildTime::fromJson(o).validate();
    if (entity == Contact::entity)
        return Contact::fromJson(o).validate();
    if (entity == TimeEntry::entity)
        return TimeEntry::fromJson(o).validate();
    if (entity == u"slot")
        return checkSlot(o);
    if (entity == u"booking")
        return checkBooking(o);
    if (entity == u"review")
        return checkReview(o);
    if (entity == u"access_event")
        return checkAccessEvent(o);
    if (entity == u"journal_entry")
        return checkJournalEntry(o);
    if (entity == SurveyResponse::entity)
        return SurveyResponse::fromJson(o).validate();
    return {{QStringLiteral("entity"), issue::invalid}};
}

QString describe(const ValidationIssues &issues)
{
    QStringList parts;
    for (const ValidationIssue &i : issues)
        parts << i.field + QStringLiteral(": ") + i.code;
    return parts.join(QStringLiteral(", "));
}

} // namespace barntid::protocol
