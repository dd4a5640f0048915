// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/** Push mutations and valid record data in wire form (DESIGN.md §4, docs/protocol.md), built the
 *  way a correct device builds them. */
namespace e2eserver::records {

/** RFC 3339 UTC, now plus the offset. */
QString at(qint64 offsetSeconds = 0);

QJsonObject upsert(const QString &entity, const QString &id, const QJsonObject &data,
    std::optional<qint64> baseVersion = std::nullopt);
QJsonObject remove(const QString &entity, const QString &id, qint64 baseVersion);
/** A pulled record sent back with changes: base_version is its version. */
QJsonObject update(const QString &entity, const QJsonObject &pulled, const QJsonObject &changes);
QByteArray pushBody(const QList<QJsonObject> &mutations);

QJsonObject caseData(const QString &number, const QString &responsibleId = {});
QJsonObject visit(const QString &caseId, const QString &note, bool isSigned = false);
QJsonObject amendment(const QString &visitId, const QString &text);
QJsonObject childTime(const QString &caseId, const QString &visitId = {});
QJsonObject contact(const QString &fosterHomeId);
QJsonObject timeEntry(const QString &caseId = {});
QJsonObject fosterHome(const QString &name);
/** One hour at 06:00 UTC, startOffsetDays (at least 1) after today. */
QJsonObject slot(qint64 startOffsetDays);
QJsonObject booking(const QString &slotId, const QString &status = QStringLiteral("requested"));
/** A review of the target at targetVersion (the version the supervisor read). */
QJsonObject review(const QString &targetEntity, const QString &targetId, const QString &decision,
    qint64 targetVersion = 1);
QJsonObject accessEvent(const QString &caseId, const QString &entity, const QString &recordId);
/** The demo's default set for ages 9-17, version 1 (deploy/question-sets/barntid-default.json). */
inline const QString wordsSet = QStringLiteral("0193d5a0-4c00-7000-8000-000000000917");
/** A child's answers on a visit to the words set, version 1; completed when done. */
QJsonObject surveyResponse(
    const QString &visitId, const QString &caseId, const QJsonObject &answers, bool done = false);

} // namespace e2eserver::records
