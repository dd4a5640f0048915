// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/review.h"

#include "domain/jsonfields.h"
#include "domain/rules.h"

namespace barntid {
namespace {
namespace keys {
constexpr QLatin1StringView targetEntity {"target_entity"};
constexpr QLatin1StringView targetId {"target_id"};
constexpr QLatin1StringView targetVersion {"target_version"};
constexpr QLatin1StringView reviewerId {"reviewer_id"};
constexpr QLatin1StringView decision {"decision"};
constexpr QLatin1StringView comment {"comment"};
constexpr QLatin1StringView targetSnapshot {"target_snapshot"};
} // namespace keys
} // namespace

const QStringList &Review::targets()
{
    static const QStringList list {
        QStringLiteral("visit"), QStringLiteral("contact"), QStringLiteral("time_entry")};
    return list;
}

QJsonObject Review::toJson() const
{
    QJsonObject o;
    meta.writeJson(o);
    o.insert(keys::targetEntity, targetEntity);
    o.insert(keys::targetId, jsonfields::idOrNull(targetId));
    o.insert(keys::targetVersion, targetVersion);
    o.insert(keys::reviewerId, jsonfields::idOrNull(reviewerId));
    o.insert(keys::decision, decision);
    o.insert(keys::comment, comment);
    o.insert(
        keys::targetSnapshot, targetSnapshot.isEmpty() ? QJsonValue() : QJsonValue(targetSnapshot));
    return o;
}

Review Review::fromJson(const QJsonObject &o)
{
    Review r;
    r.meta = RecordMeta::readJson(o);
    jsonfields::read(o, keys::targetEntity, r.targetEntity);
    jsonfields::read(o, keys::targetId, r.targetId);
    jsonfields::read(o, keys::targetVersion, r.targetVersion);
    jsonfields::read(o, keys::reviewerId, r.reviewerId);
    jsonfields::read(o, keys::decision, r.decision);
    jsonfields::read(o, keys::comment, r.comment);
    jsonfields::read(o, keys::targetSnapshot, r.targetSnapshot);
    return r;
}

ValidationIssues Review::validate() const
{
    ValidationIssues out = meta.validate();
    rules::oneOf(out, keys::targetEntity, targetEntity, targets());
    rules::requiredId(out, keys::targetId, targetId);
    if (targetVersion < 1)
        rules::add(out, keys::targetVersion, issue::required);
    rules::optionalId(out, keys::reviewerId, reviewerId);
    static const QStringList decisions {QString(approved), QString(returned)};
    rules::oneOf(out, keys::decision, decision, decisions);
    rules::maxLength(out, keys::comment, comment, 4000);
    if (decision == returned && comment.trimmed().isEmpty())
        rules::add(out, keys::comment, issue::required);
    return out;
}

ReviewState ReviewState::of(qint64 entryVersion, const QList<Review> &reviews)
{
    ReviewState state;
    for (const Review &r : reviews) {
        if (r.meta.deleted)
            continue;
        const bool newer = !state.latest || r.targetVersion > state.latest->targetVersion
            || (r.targetVersion == state.latest->targetVersion
                && r.meta.createdAt > state.latest->meta.createdAt);
        if (newer)
            state.latest = r;
    }
    if (!state.latest)
        return state;
    if (state.latest->targetVersion < entryVersion) {
        state.changedSinceDecision = true;
        return state;
    }
    state.status = state.latest->decision == Review::approved ? Status::Approved : Status::Returned;
    return state;
}

} // namespace barntid
