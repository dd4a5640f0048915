// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/visit.h"

#include "domain/bbic.h"
#include "domain/jsonfields.h"
#include "domain/rules.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace barntid {
namespace {
namespace keys {
constexpr QLatin1StringView caseId {"case_id"};
constexpr QLatin1StringView fosterHomeId {"foster_home_id"};
constexpr QLatin1StringView kind {"kind"};
constexpr QLatin1StringView plannedStart {"planned_start"};
constexpr QLatin1StringView plannedEnd {"planned_end"};
constexpr QLatin1StringView actualStart {"actual_start"};
constexpr QLatin1StringView actualEnd {"actual_end"};
constexpr QLatin1StringView checkInLat {"check_in_lat"};
constexpr QLatin1StringView checkInLon {"check_in_lon"};
constexpr QLatin1StringView checkInAccuracy {"check_in_accuracy"};
constexpr QLatin1StringView checkInAt {"check_in_at"};
constexpr QLatin1StringView checkOutLat {"check_out_lat"};
constexpr QLatin1StringView checkOutLon {"check_out_lon"};
constexpr QLatin1StringView checkOutAccuracy {"check_out_accuracy"};
constexpr QLatin1StringView checkOutAt {"check_out_at"};
constexpr QLatin1StringView present {"present"};
constexpr QLatin1StringView note {"note"};
constexpr QLatin1StringView childWords {"child_words"};
constexpr QLatin1StringView bbic {"bbic"};
constexpr QLatin1StringView status {"status"};
constexpr QLatin1StringView signedAt {"signed_at"};
constexpr QLatin1StringView signedBy {"signed_by"};
} // namespace keys

constexpr QLatin1StringView draftStatus {"draft"};
constexpr QLatin1StringView signedStatus {"signed"};

struct Position
{
    QLatin1StringView latKey, lonKey, accuracyKey, atKey;
    const std::optional<double> &lat, &lon, &accuracy;
    const std::optional<QDateTime> &at;
};

// A stamp is lat + lon + time together or nothing; accuracy only with a stamp.
void checkPosition(ValidationIssues &out, const Position &p)
{
    if (p.lat || p.lon || p.accuracy || p.at) {
        if (!p.lat)
            rules::add(out, p.latKey, issue::required);
        if (!p.lon)
            rules::add(out, p.lonKey, issue::required);
        if (!p.at)
            rules::add(out, p.atKey, issue::required);
    }
    if (p.lat && !(*p.lat >= -90.0 && *p.lat <= 90.0))
        rules::add(out, p.latKey, issue::outOfRange);
    if (p.lon && !(*p.lon >= -180.0 && *p.lon <= 180.0))
        rules::add(out, p.lonKey, issue::outOfRange);
    if (p.accuracy && !(*p.accuracy >= 0.0 && std::isfinite(*p.accuracy)))
        rules::add(out, p.accuracyKey, issue::outOfRange);
    rules::optionalTime(out, p.atKey, p.at);
}

void checkPair(ValidationIssues &out, QLatin1StringView startKey, QLatin1StringView endKey,
    const std::optional<QDateTime> &start, const std::optional<QDateTime> &end)
{
    rules::optionalTime(out, startKey, start);
    rules::optionalTime(out, endKey, end);
    if (start && end)
        rules::endAfterStart(out, endKey, *start, *end, false);
}

} // namespace

const QStringList &Visit::kinds()
{
    static const QStringList codes {QStringLiteral("home"), QStringLiteral("foster_home"),
        QStringLiteral("school"), QStringLiteral("office"), QStringLiteral("video"),
        QStringLiteral("other")};
    return codes;
}

const QStringList &Visit::presences()
{
    static const QStringList codes {QString(), QStringLiteral("child_alone"),
        QStringLiteral("child_with_carers"), QStringLiteral("child_not_present")};
    return codes;
}

const QStringList &Visit::statuses()
{
    static const QStringList codes {draftStatus, signedStatus};
    return codes;
}

bool Visit::isSigned() const
{
    return status == signedStatus;
}

ValidationIssues Visit::sign(const QDateTime &at, const QString &by)
{
    if (isSigned())
        return {{keys::status, issue::notAllowed}};
    Visit result = *this;
    result.status = signedStatus;
    result.signedAt = at;
    result.signedBy = by;
    const ValidationIssues issues = result.validate();
    if (issues.isEmpty())
        *this = std::move(result);
    return issues;
}

void Visit::clearPositions()
{
    for (auto *coordinate :
        {&checkInLat, &checkInLon, &checkInAccuracy, &checkOutLat, &checkOutLon, &checkOutAccuracy})
        coordinate->reset();
    checkInAt.reset();
    checkOutAt.reset();
}

bool Visit::sameContent(const Visit &other) const
{
    Visit a = *this;
    Visit b = other;
    a.meta.version = b.meta.version = 0;
    a.meta.updatedAt = b.meta.updatedAt = QDateTime();
    return a == b;
}

QJsonObject Visit::toJson() const
{
    using namespace jsonfields;
    QJsonObject o;
    meta.writeJson(o);
    o.insert(keys::caseId, idOrNull(caseId));
    o.insert(keys::fosterHomeId, idOrNull(fosterHomeId));
    o.insert(keys::kind, kind);
    o.insert(keys::plannedStart, time(plannedStart));
    o.insert(keys::plannedEnd, time(plannedEnd));
    o.insert(keys::actualStart, time(actualStart));
    o.insert(keys::actualEnd, time(actualEnd));
    o.insert(keys::checkInLat, number(checkInLat));
    o.insert(keys::checkInLon, number(checkInLon));
    o.insert(keys::checkInAccuracy, number(checkInAccuracy));
    o.insert(keys::checkInAt, time(checkInAt));
    o.insert(keys::checkOutLat, number(checkOutLat));
    o.insert(keys::checkOutLon, number(checkOutLon));
    o.insert(keys::checkOutAccuracy, number(checkOutAccuracy));
    o.insert(keys::checkOutAt, time(checkOutAt));
    o.insert(keys::present, codeOrNull(present));
    o.insert(keys::note, note);
    o.insert(keys::childWords, childWords);
    o.insert(keys::bbic, QJsonArray::fromStringList(bbic));
    o.insert(keys::status, status);
    o.insert(keys::signedAt, time(signedAt));
    o.insert(keys::signedBy, idOrNull(signedBy));
    return o;
}

Visit Visit::fromJson(const QJsonObject &o)
{
    using jsonfields::read;
    Visit v;
    v.meta = RecordMeta::readJson(o);
    read(o, keys::caseId, v.caseId);
    read(o, keys::fosterHomeId, v.fosterHomeId);
    read(o, keys::kind, v.kind);
    read(o, keys::plannedStart, v.plannedStart);
    read(o, keys::plannedEnd, v.plannedEnd);
    read(o, keys::actualStart, v.actualStart);
    read(o, keys::actualEnd, v.actualEnd);
    read(o, keys::checkInLat, v.checkInLat);
    read(o, keys::checkInLon, v.checkInLon);
    read(o, keys::checkInAccuracy, v.checkInAccuracy);
    read(o, keys::checkInAt, v.checkInAt);
    read(o, keys::checkOutLat, v.checkOutLat);
    read(o, keys::checkOutLon, v.checkOutLon);
    read(o, keys::checkOutAccuracy, v.checkOutAccuracy);
    read(o, keys::checkOutAt, v.checkOutAt);
    read(o, keys::present, v.present);
    read(o, keys::note, v.note);
    read(o, keys::childWords, v.childWords);
    read(o, keys::bbic, v.bbic);
    read(o, keys::status, v.status);
    read(o, keys::signedAt, v.signedAt);
    read(o, keys::signedBy, v.signedBy);
    return v;
}

ValidationIssues Visit::validate() const
{
    ValidationIssues out = meta.validate();
    if (caseId.isEmpty() && fosterHomeId.isEmpty())
        rules::add(out, keys::caseId, issue::required);
    rules::optionalId(out, keys::caseId, caseId);
    rules::optionalId(out, keys::fosterHomeId, fosterHomeId);
    rules::oneOf(out, keys::kind, kind, kinds());
    checkPair(out, keys::plannedStart, keys::plannedEnd, plannedStart, plannedEnd);
    checkPair(out, keys::actualStart, keys::actualEnd, actualStart, actualEnd);
    checkPosition(out,
        {keys::checkInLat, keys::checkInLon, keys::checkInAccuracy, keys::checkInAt, checkInLat,
            checkInLon, checkInAccuracy, checkInAt});
    checkPosition(out,
        {keys::checkOutLat, keys::checkOutLon, keys::checkOutAccuracy, keys::checkOutAt,
            checkOutLat, checkOutLon, checkOutAccuracy, checkOutAt});
    rules::oneOf(out, keys::present, present, presences());
    rules::maxLength(out, keys::note, note, 20000);
    rules::maxLength(out, keys::childWords, childWords, 10000);
    const QSet<QString> distinct(bbic.cbegin(), bbic.cend());
    if (distinct.size() != bbic.size()
        || !std::all_of(bbic.cbegin(), bbic.cend(), [](const QString &c) { return isBbicArea(c); }))
        rules::add(out, keys::bbic, issue::invalid);
    rules::oneOf(out, keys::status, status, statuses());
    rules::optionalTime(out, keys::signedAt, signedAt);
    rules::optionalId(out, keys::signedBy, signedBy);
    if (isSigned() && !signedAt)
        rules::add(out, keys::signedAt, issue::required);
    if (!isSigned()) {
        if (signedAt)
            rules::add(out, keys::signedAt, issue::notAllowed);
        if (!signedBy.isEmpty())
            rules::add(out, keys::signedBy, issue::notAllowed);
    }
    return out;
}

} // namespace barntid
