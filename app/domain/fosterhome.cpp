// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/fosterhome.h"

#include "domain/jsonfields.h"
#include "domain/rules.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace barntid {
namespace {
namespace keys {
constexpr QLatin1StringView name {"name"};
constexpr QLatin1StringView contactPersons {"contact_persons"};
constexpr QLatin1StringView phone {"phone"};
constexpr QLatin1StringView fosterParentIds {"foster_parent_ids"};
constexpr QLatin1StringView workerIds {"worker_ids"};
constexpr QLatin1StringView trainingOfferedOn {"training_offered_on"};
constexpr QLatin1StringView trainingCompletedOn {"training_completed_on"};
constexpr QLatin1StringView supervisionStatus {"supervision_status"};
constexpr QLatin1StringView placedCaseIds {"placed_case_ids"};
} // namespace keys

} // namespace

const QStringList &FosterHome::supervisionStatuses()
{
    static const QStringList codes {QStringLiteral("none"), QStringLiteral("offered"),
        QStringLiteral("ongoing"), QStringLiteral("completed"), QStringLiteral("declined")};
    return codes;
}

QJsonObject FosterHome::toJson() const
{
    QJsonObject o;
    meta.writeJson(o);
    o.insert(keys::name, name);
    o.insert(keys::contactPersons, contactPersons);
    o.insert(keys::phone, phone);
    o.insert(keys::fosterParentIds, QJsonArray::fromStringList(fosterParentIds));
    o.insert(keys::workerIds, QJsonArray::fromStringList(workerIds));
    o.insert(keys::trainingOfferedOn, jsonfields::date(trainingOfferedOn));
    o.insert(keys::trainingCompletedOn, jsonfields::date(trainingCompletedOn));
    o.insert(keys::supervisionStatus, supervisionStatus);
    o.insert(keys::placedCaseIds, QJsonArray::fromStringList(placedCaseIds));
    return o;
}

FosterHome FosterHome::fromJson(const QJsonObject &o)
{
    FosterHome h;
    h.meta = RecordMeta::readJson(o);
    jsonfields::read(o, keys::name, h.name);
    jsonfields::read(o, keys::contactPersons, h.contactPersons);
    jsonfields::read(o, keys::phone, h.phone);
    jsonfields::read(o, keys::fosterParentIds, h.fosterParentIds);
    jsonfields::read(o, keys::workerIds, h.workerIds);
    jsonfields::read(o, keys::trainingOfferedOn, h.trainingOfferedOn);
    jsonfields::read(o, keys::trainingCompletedOn, h.trainingCompletedOn);
    jsonfields::read(o, keys::supervisionStatus, h.supervisionStatus);
    jsonfields::read(o, keys::placedCaseIds, h.placedCaseIds);
    return h;
}

ValidationIssues FosterHome::validate() const
{
    ValidationIssues out = meta.validate();
    rules::requiredText(out, keys::name, name, 120);
    rules::maxLength(out, keys::contactPersons, contactPersons, 500);
    static const QRegularExpression phoneChars(QStringLiteral("^[0-9 +()-]*$"));
    if (phone.size() > 40)
        rules::add(out, keys::phone, issue::tooLong);
    else if (!phoneChars.match(phone).hasMatch())
        rules::add(out, keys::phone, issue::invalid);
    rules::idList(out, keys::fosterParentIds, fosterParentIds);
    rules::idList(out, keys::workerIds, workerIds);
    rules::optionalDate(out, keys::trainingOfferedOn, trainingOfferedOn);
    rules::optionalDate(out, keys::trainingCompletedOn, trainingCompletedOn);
    if (trainingOfferedOn && trainingCompletedOn && trainingOfferedOn->isValid()
        && trainingCompletedOn->isValid() && *trainingCompletedOn < *trainingOfferedOn)
        rules::add(out, keys::trainingCompletedOn, issue::endBeforeStart);
    rules::oneOf(out, keys::supervisionStatus, supervisionStatus, supervisionStatuses());
    rules::idList(out, keys::placedCaseIds, placedCaseIds);
    return out;
}

} // namespace barntid
