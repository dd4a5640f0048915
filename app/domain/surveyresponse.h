// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/recordmeta.h"

#include <QMap>

#include <optional>

namespace barntid {

struct QuestionSet;

/** What one child answered in child mode during a visit (DESIGN.md §4 survey_response). It is
 *  saved answer by answer, so a closed app loses at most the question on screen; it is the
 *  child's, so it is scoped and locked like its visit and never reaches a foster parent. */
struct SurveyResponse
{
    static constexpr QLatin1StringView entity {"survey_response"};
    /** Every question's own answer: the child chose not to answer. */
    static constexpr QLatin1StringView declined {"declined"};
    static constexpr int maxTextAnswer = 2000;

    RecordMeta meta;
    QString visitId;
    QString caseId; ///< the child who answered: the visit's case or a child placed in its home
    QString questionSetId;
    int questionSetVersion = 0;
    /** Question id → "1".."5" (smiley5), a choice id, the child's words, or "declined". A
     *  question not yet answered has no entry. */
    QMap<QString, QString> answers;
    std::optional<QDateTime> completedAt; ///< when the child pressed "Klar"

    bool isCompleted() const { return completedAt.has_value(); }

    QJsonObject toJson() const;
    static SurveyResponse fromJson(const QJsonObject &o);
    /** The rules that need no question set: ids, sizes, the shape of every answer. */
    ValidationIssues validate() const;
    /** The answers against the set version they were given with: known questions only, and a
     *  value each question's kind allows. */
    ValidationIssues checkAnswers(const QuestionSet &set) const;
    bool operator==(const SurveyResponse &) const = default;
};

} // namespace barntid
