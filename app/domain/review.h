// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/recordmeta.h"

#include <QList>

#include <optional>

namespace barntid {

/** A supervisor's decision (granskning) on one version of a team member's entry: approved
 *  (godkänd: the content is locked) or returned (återförvisad, with a comment to the author).
 *  Reviews are never changed; a new version of the entry gets a new review. */
struct Review
{
    static constexpr QLatin1StringView entity {"review"};
    static constexpr QLatin1StringView approved {"approved"};
    static constexpr QLatin1StringView returned {"returned"};

    RecordMeta meta;
    QString targetEntity; ///< visit, contact or time_entry
    QString targetId;
    qint64 targetVersion = 0; ///< the entry's server version the decision is about
    QString reviewerId; ///< filled by the server
    QString decision;
    QString comment;
    QString targetSnapshot; ///< JSON of the entry as decided, filled by the server

    /** The entities a supervisor reviews. */
    static const QStringList &targets();

    QJsonObject toJson() const;
    static Review fromJson(const QJsonObject &o);
    ValidationIssues validate() const;
    bool operator==(const Review &) const = default;
};

/** Where an entry stands in review, from its current version and every review of it. */
struct ReviewState
{
    enum class Status { ToReview, Returned, Approved };
    Status status = Status::ToReview;
    /** The newest decision (highest target version, then the latest made), if any. */
    std::optional<Review> latest;
    /** A decision exists, but the entry has a newer version (an amendment or an edit since):
     *  back in the queue. */
    bool changedSinceDecision = false;

    static ReviewState of(qint64 entryVersion, const QList<Review> &reviews);
};

} // namespace barntid
