// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/recordmeta.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace barntid {

/** A foster family (familjehem): who to call, who works with it, and its training and
 * supervision, which every new family is to be offered. */
struct FosterHome
{
    static constexpr QLatin1StringView entity {"foster_home"};

    RecordMeta meta;
    QString name;
    QString contactPersons;
    QString phone;
    QStringList fosterParentIds; // user accounts of the foster parents
    QStringList workerIds; // assigned social workers
    std::optional<QDate> trainingOfferedOn;
    std::optional<QDate> trainingCompletedOn;
    QString supervisionStatus = QStringLiteral("none");
    QStringList placedCaseIds;

    static const QStringList &supervisionStatuses();

    QJsonObject toJson() const;
    static FosterHome fromJson(const QJsonObject &o);
    ValidationIssues validate() const;
    bool operator==(const FosterHome &) const = default;
};

} // namespace barntid
