// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/recordmeta.h"

#include <QStringList>

#include <optional>

namespace barntid {

/** A visit (besök) and its notes; once signed it is the record of what happened and never
 * changes again: corrections go into VisitAmendment. */
struct Visit
{
    static constexpr QLatin1StringView entity {"visit"};

    RecordMeta meta;
    QString caseId;
    QString fosterHomeId;
    QString kind;
    std::optional<QDateTime> plannedStart;
    std::optional<QDateTime> plannedEnd;
    std::optional<QDateTime> actualStart;
    std::optional<QDateTime> actualEnd;
    // Positions are optional and never kept for a protected identity (see clearPositions).
    std::optional<double> checkInLat;
    std::optional<double> checkInLon;
    std::optional<double> checkInAccuracy; // metres
    std::optional<QDateTime> checkInAt;
    std::optional<double> checkOutLat;
    std::optional<double> checkOutLon;
    std::optional<double> checkOutAccuracy;
    std::optional<QDateTime> checkOutAt;
    QString present; // "" = not recorded
    QString note;
    QString childWords; // the child's own words, kept apart from the worker's note
    QStringList bbic;
    QString status = QStringLiteral("draft");
    std::optional<QDateTime> signedAt;
    QString signedBy;

    static const QStringList &kinds();
    static const QStringList &presences();
    static const QStringList &statuses();

    bool isSigned() const;
    // Draft → signed. Refused ({"status","not_allowed"}) when already signed; a visit that
    // would not validate once signed stays a draft and the issues are returned.
    ValidationIssues sign(const QDateTime &at, const QString &by);
    void clearPositions();
    // Equal in everything but meta.version and meta.updated_at: the store accepts a write to
    // a signed visit only when this holds (a sync echo, not an edit).
    bool sameContent(const Visit &other) const;

    QJsonObject toJson() const;
    static Visit fromJson(const QJsonObject &o);
    ValidationIssues validate() const;
    bool operator==(const Visit &) const = default;
};

} // namespace barntid
