// SPDX-License-Identifier: GPL-3.0-or-later
#include "records.h"

#include "domain/ids.h"
#include "domain/timeformat.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace e2eserver::records {

namespace {

QJsonValue idOrNull(const QString &id)
{
    return id.isEmpty() ? QJsonValue() : QJsonValue(id);
}

} // namespace

QString at(qint64 offsetSeconds)
{
    return barntid::toRfc3339(QDateTime::currentDateTimeUtc().addSecs(offsetSeconds));
}

QJsonObject upsert(const QString &entity, const QString &id, const QJsonObject &data,
    std::optional<qint64> baseVersion)
{
    return {{QStringLiteral("mutation_id"), barntid::newId()}, {QStringLiteral("entity"), entity},
        {QStringLiteral("op"), QStringLiteral("upsert")}, {QStringLiteral("id"), id},
        {QStringLiteral("base_version"),
            baseVersion ? QJsonValue(double(*baseVersion)) : QJsonValue()},
        {QStringLiteral("data"), data}};
}

QJsonObject remove(const QString &entity, const QString &id, qint64 baseVersion)
{
    return {{QStringLiteral("mutation_id"), barntid::newId()}, {QStringLiteral("entity"), entity},
        {QStringLiteral("op"), QStringLiteral("delete")}, {QStringLiteral("id"), id},
        {QStringLiteral("base_version"), double(baseVersion)}};
}

QJsonObject update(const QString &entity, const QJsonObject &pulled, const QJsonObject &changes)
{
    QJsonObject data = pulled;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        data.insert(it.key(), it.value());
    return upsert(entity, pulled.value(QLatin1StringView("id")).toString(), data,
        qint64(pulled.value(QLatin1StringView("version")).toDouble()));
}

QByteArray pushBody(const QList<QJsonObject> &mutations)
{
    QJsonArray array;
    for (const QJsonObject &m : mutations)
        array.append(m);
    return QJsonDocument(QJsonObject {{QStringLiteral("mutations"), array}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject caseData(const QString &number, const QString &responsibleId)
{
    QJsonObject o {{QStringLiteral("case_number"), number},
        {QStringLiteral("child_name"), QStringLiteral("Test T.")},
        {QStringLiteral("birth_year"), 2015}, {QStringLiteral("protected_identity"), false}};
    if (!responsibleId.isEmpty())
        o.insert(QStringLiteral("responsible_id"), responsibleId);
    return o;
}

QJsonObject visit(const QString &caseId, const QString &note, bool isSigned)
{
    QJsonObject o {{QStringLiteral("case_id"), caseId},
        {QStringLiteral("kind"), QStringLiteral("home")},
        {QStringLiteral("actual_start"), at(-7200)}, {QStringLiteral("actual_end"), at(-3600)},
        {QStringLiteral("present"), QStringLiteral("child_alone")}, {QStringLiteral("note"), note},
        {QStringLiteral("child_words"), QStringLiteral("Hej.")},
        {QStringLiteral("bbic"), QJsonArray()},
        {QStringLiteral("status"), isSigned ? QStringLiteral("signed") : QStringLiteral("draft")}};
    if (isSigned)
        o.insert(QStringLiteral("signed_at"), at(-60));
    return o;
}

QJsonObject amendment(const QString &visitId, const QString &text)
{
    return {{QStringLiteral("visit_id"), visitId}, {QStringLiteral("text"), text},
        {QStringLiteral("signed_at"), at()}};
}

QJsonObject surveyResponse(
    const QString &visitId, const QString &caseId, const QJsonObject &answers, bool done)
{
    return {{QStringLiteral("visit_id"), visitId}, {QStringLiteral("case_id"), caseId},
        {QStringLiteral("question_set_id"), wordsSet}, {QStringLiteral("question_set_version"), 1},
        {QStringLiteral("answers"), answers},
        {QStringLiteral("completed_at"), done ? QJsonValue(at(-30)) : QJsonValue()}};
}

QJsonObject childTime(const QString &caseId, const QString &visitId)
{
    return {{QStringLiteral("case_id"), caseId}, {QStringLiteral("visit_id"), idOrNull(visitId)},
        {QStringLiteral("starts_at"), at(-7000)}, {QStringLiteral("ends_at"), at(-6000)},
        {QStringLiteral("mode"), QStringLiteral("in_person")}};
}

QJsonObject contact(const QString &fosterHomeId)
{
    return {{QStringLiteral("foster_home_id"), fosterHomeId},
        {QStringLiteral("kind"), QStringLiteral("phone")}, {QStringLiteral("at"), at(-600)},
        {QStringLiteral("duration_minutes"), 15},
        {QStringLiteral("note"), QStringLiteral("Samtal")}};
}

QJsonObject timeEntry(const QString &caseId)
{
    return {{QStringLiteral("category"), QStringLiteral("documentation")},
        {QStringLiteral("starts_at"), at(-5400)}, {QStringLiteral("ends_at"), at(-1800)},
        {QStringLiteral("case_id"), idOrNull(caseId)}};
}

QJsonObject fosterHome(const QString &name)
{
    return {{QStringLiteral("name"), name},
        {QStringLiteral("phone"), QStringLiteral("070-123 45 67")},
        {QStringLiteral("supervision_status"), QStringLiteral("none")}};
}

QJsonObject slot(qint64 startOffsetDays)
{
    // 06:00-07:00 UTC of that day: in the future for an offset of a day or more, and never on
    // the demo seed's evening times (a worker's times may not overlap).
    const QDateTime day(
        QDateTime::currentDateTimeUtc().date().addDays(startOffsetDays), QTime(6, 0), Qt::UTC);
    return {{QStringLiteral("starts_at"), barntid::toRfc3339(day)},
        {QStringLiteral("ends_at"), barntid::toRfc3339(day.addSecs(3600))},
        {QStringLiteral("place"), QStringLiteral("Kontoret")}, {QStringLiteral("video"), false}};
}

QJsonObject booking(const QString &slotId, const QString &status)
{
    return {{QStringLiteral("slot_id"), slotId},
        {QStringLiteral("purpose"), QStringLiteral("Samtal")}, {QStringLiteral("status"), status}};
}

QJsonObject review(const QString &targetEntity, const QString &targetId, const QString &decision,
    qint64 targetVersion)
{
    return {{QStringLiteral("target_entity"), targetEntity},
        {QStringLiteral("target_id"), targetId}, {QStringLiteral("decision"), decision},
        {QStringLiteral("target_version"), double(targetVersion)},
        {QStringLiteral("comment"), QStringLiteral("Komplettera barnets egna ord.")}};
}

QJsonObject accessEvent(const QString &caseId, const QString &entity, const QString &recordId)
{
    return {{QStringLiteral("case_id"), caseId}, {QStringLiteral("record_entity"), entity},
        {QStringLiteral("record_id"), recordId}, {QStringLiteral("opened_at"), at()}};
}

} // namespace e2eserver::records
