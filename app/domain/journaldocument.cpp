// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/journaldocument.h"

#include "domain/bbic.h"
#include "domain/review.h"
#include "domain/timeformat.h"
#include "domain/visitwords.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

namespace barntid {

namespace {

QString field(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1StringView(name)).toString();
}

std::optional<QDateTime> local(const QJsonObject &o, const char *name)
{
    const std::optional<QDateTime> t = parseRfc3339(field(o, name));
    if (!t)
        return std::nullopt;
    return t->toTimeZone(stockholm());
}

QString dayAndTime(const QDateTime &t)
{
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString nameOf(const QHash<QString, QString> &names, const QString &id)
{
    const QString name = names.value(id);
    return name.isEmpty() ? JournalDocument::tr("unknown account") : name;
}

/** When the visit took place: actual times, else the planned ones. */
std::pair<std::optional<QDateTime>, std::optional<QDateTime>> when(const QJsonObject &visit)
{
    std::optional<QDateTime> start = local(visit, "actual_start");
    std::optional<QDateTime> end = local(visit, "actual_end");
    if (!start) {
        start = local(visit, "planned_start");
        end = local(visit, "planned_end");
    }
    return {start, end};
}

QString childTimeFact(QList<QJsonObject> segments)
{
    std::sort(segments.begin(), segments.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return field(a, "starts_at") < field(b, "starts_at");
    });
    qint64 minutes = 0;
    QStringList parts;
    for (const QJsonObject &s : std::as_const(segments)) {
        const std::optional<QDateTime> start = local(s, "starts_at");
        const std::optional<QDateTime> end = local(s, "ends_at");
        if (!start || !end || *end <= *start)
            continue;
        minutes += start->secsTo(*end) / 60;
        parts << QStringLiteral("%1–%2 %3")
                     .arg(start->toString(QStringLiteral("HH:mm")),
                         end->toString(QStringLiteral("HH:mm")),
                         VisitWords::childTimeMode(field(s, "mode")).toLower());
    }
    if (parts.isEmpty())
        return JournalDocument::tr("No time with the child recorded");
    return JournalDocument::tr("%1 min (%2)").arg(minutes).arg(parts.join(QStringLiteral(", ")));
}

QString reviewLine(const QJsonObject &visit, const QList<QJsonObject> &wire,
    const QHash<QString, QString> &names, bool *approved)
{
    QList<Review> reviews;
    for (const QJsonObject &r : wire)
        reviews << Review::fromJson(r);
    const qint64 version = visit.value(QLatin1StringView("version")).toInteger();
    const ReviewState state = ReviewState::of(version, reviews);
    *approved = state.status == ReviewState::Status::Approved;
    if (!*approved || !state.latest)
        return JournalDocument::tr("Review: not approved at this version");
    const Review &r = *state.latest;
    return JournalDocument::tr("Review: approved %1 by %2")
        .arg(r.meta.createdAt.isValid() ? dayAndTime(r.meta.createdAt.toTimeZone(stockholm()))
                                        : QString(),
            nameOf(names, r.reviewerId));
}

} // namespace

const QString JournalDocument::separator(40, u'-');

JournalDocument JournalDocument::build(const Input &in)
{
    const QJsonObject &v = in.visit;
    JournalDocument d;
    d.recordId = field(v, "id");
    d.recordVersion = v.value(QLatin1StringView("version")).toInteger();
    d.caseId = field(v, "case_id");
    d.caseNumber = field(in.caseRecord, "case_number");
    d.protectedIdentity = in.caseRecord.value(QLatin1StringView("protected_identity")).toBool();
    d.signedAt = field(v, "signed_at");
    d.signedBy = field(v, "signed_by");
    const QString kind = field(v, "kind");
    const auto [start, end] = when(v);
    const std::optional<QDateTime> signedAt = local(v, "signed_at");
    const std::optional<QDateTime> day = start ? start : signedAt;
    d.date = day ? day->date().toString(Qt::ISODate) : QString();

    d.title = tr("Journal note: %1").arg(VisitWords::kind(kind));
    if (!in.caseRecord.isEmpty()) {
        d.facts << Fact {tr("Case"), d.caseNumber};
        QString child = d.protectedIdentity ? VisitWords::protectedIdentity()
                                            : field(in.caseRecord, "child_name");
        const int born = in.caseRecord.value(QLatin1StringView("birth_year")).toInt();
        if (born > 0)
            child = tr("%1, born %2").arg(child).arg(born);
        d.facts << Fact {tr("Child"), child};
    }
    QString time = start ? dayAndTime(*start) : d.date;
    if (start && end && end->date() == start->date())
        time += u'–' + end->toString(QStringLiteral("HH:mm"));
    else if (end)
        time += u'–' + dayAndTime(*end);
    d.facts << Fact {tr("Time"), tr("%1 (Swedish time)").arg(time)};
    d.facts << Fact {tr("Kind of visit"), VisitWords::kind(kind)};
    d.facts << Fact {tr("Present"), VisitWords::presence(field(v, "present"), kind)};
    d.facts << Fact {tr("Time with the child"), childTimeFact(in.childTimes)};
    QStringList areas;
    for (const QJsonValue &a : v.value(QLatin1StringView("bbic")).toArray())
        areas << bbicLabel(a.toString());
    d.facts << Fact {
        tr("BBIC areas"), areas.isEmpty() ? tr("None chosen") : areas.join(QStringLiteral(", "))};
    d.facts << Fact {tr("Signed"),
        tr("%1 by %2")
            .arg(signedAt ? dayAndTime(*signedAt) : QString(), nameOf(in.names, d.signedBy))};

    // The worker's own line breaks stay: a note is one paragraph as typed.
    const auto paragraphs = [](const QString &s) {
        return QStringList {
            s.trimmed().isEmpty() ? JournalDocument::tr("Nothing recorded") : s.trimmed()};
    };
    d.sections << Section {tr("Note"), paragraphs(field(v, "note"))};
    d.sections << Section {tr("The child's own words"), paragraphs(field(v, "child_words"))};
    QList<QJsonObject> amendments = in.amendments;
    std::sort(amendments.begin(), amendments.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return std::pair(field(a, "signed_at"), field(a, "id"))
            < std::pair(field(b, "signed_at"), field(b, "id"));
    });
    if (!amendments.isEmpty()) {
        Section s {tr("Amendments"), {}};
        for (const QJsonObject &a : std::as_const(amendments)) {
            const std::optional<QDateTime> at = local(a, "signed_at");
            s.paragraphs << tr("Amendment %1 by %2:")
                                .arg(at ? dayAndTime(*at) : QString(),
                                    nameOf(in.names, field(a, "signed_by")))
                    + u'\n' + field(a, "text").trimmed();
        }
        d.sections << s;
    }
    d.review = reviewLine(v, in.reviews, in.names, &d.approved);
    return d;
}

QString JournalDocument::content() const
{
    QString out = title + QStringLiteral("\n\n");
    for (const Fact &f : facts)
        out += f.label + QStringLiteral(": ") + f.value + u'\n';
    for (const Section &s : sections) {
        out += u'\n' + s.heading + u'\n';
        out += s.paragraphs.join(QStringLiteral("\n\n")) + u'\n';
    }
    return out;
}

QString JournalDocument::contentSha256() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(content().toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString JournalDocument::footer() const
{
    return tr("Barntid record %1, version %2, SHA-256 %3")
        .arg(recordId)
        .arg(recordVersion)
        .arg(contentSha256());
}

QString JournalDocument::caseTitle(const JournalDocument &d)
{
    return tr("Journal notes of case %1")
        .arg(d.protectedIdentity ? VisitWords::protectedIdentity() : d.caseNumber);
}

QString JournalDocument::pageLabel(int page, int pages)
{
    return tr("Page %1 of %2").arg(page).arg(pages);
}

QString JournalDocument::text() const
{
    return content() + separator + u'\n' + review + u'\n' + footer() + u'\n';
}

} // namespace barntid
