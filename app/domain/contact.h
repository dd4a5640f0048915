// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/recordmeta.h"

#include <QDate>

#include <optional>

namespace barntid {

/** A contact with a foster family (visit, call, supervision, training), with its follow-up. */
struct Contact
{
    static constexpr QLatin1StringView entity {"contact"};

    RecordMeta meta;
    QString fosterHomeId;
    QString kind;
    QDateTime at;
    int durationMinutes = 0;
    QString note;
    std::optional<QDate> nextFollowUp;

    static const QStringList &kinds();

    QJsonObject toJson() const;
    static Contact fromJson(const QJsonObject &o);
    ValidationIssues validate() const;
    bool operator==(const Contact &) const = default;
};

} // namespace barntid
