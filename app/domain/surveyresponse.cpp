// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/surveyresponse.h"

#include "domain/jsonfields.h"
#include "domain/questionset.h"
#include "domain/rules.h"

#include <QRegularExpression>

namespace barntid {
namespace {
namespace keys {
constexpr QLatin1StringView visitId {"visit_id"};
constexpr QLatin1StringView caseId {"case_id"};
constexpr QLatin1StringView questionSetId {"question_set_id"};
constexpr QLatin1StringView questionSetVersion {"question_set_version"};
constexpr QLatin1StringView answers {"answers"};
constexpr QLatin1StringView completedAt {"completed_at"};
} // namespace keys

bool isQuestionId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_]{1,40}$"));
    return pattern.match(id).hasMatch();
}

bool fits(const Question &q, const QString &value)
{
    if (value == SurveyResponse::declined)
        return true;
    switch (q.kind) {
    case Question::Kind::Smiley5:
        return value.size() == 1 && value.at(0) >= u'1' && value.at(0) <= u'5';
    case Question::Kind::Choice:
        return std::any_of(q.choices.begin(), q.choices.end(),
            [&](const QuestionChoice &c) { return c.id == value; });
    case Question::Kind::Text:
        return !value.trimmed().isEmpty();
    }
    return false;
}

} // namespace

QJsonObject SurveyResponse::toJson() const
{
    QJsonObject o;
    meta.writeJson(o);
    o.insert(keys::visitId, jsonfields::idOrNull(visitId));
    o.insert(keys::caseId, jsonfields::idOrNull(caseId));
    o.insert(keys::questionSetId, jsonfields::idOrNull(questionSetId));
    o.insert(keys::questionSetVersion, questionSetVersion);
    QJsonObject a;
    for (auto it = answers.begin(); it != answers.end(); ++it)
        a.insert(it.key(), it.value());
    o.insert(keys::answers, a);
    o.insert(keys::completedAt, jsonfields::time(completedAt));
    return o;
}

SurveyResponse SurveyResponse::fromJson(const QJsonObject &o)
{
    SurveyResponse r;
    r.meta = RecordMeta::readJson(o);
    jsonfields::read(o, keys::visitId, r.visitId);
    jsonfields::read(o, keys::caseId, r.caseId);
    jsonfields::read(o, keys::questionSetId, r.questionSetId);
    jsonfields::read(o, keys::questionSetVersion, r.questionSetVersion);
    const QJsonObject a = o.value(keys::answers).toObject();
    for (auto it = a.begin(); it != a.end(); ++it) {
        // A value of the wrong type stays visible to validate() as an empty answer.
        r.answers.insert(it.key(), it.value().toString());
    }
    jsonfields::read(o, keys::completedAt, r.completedAt);
    return r;
}

ValidationIssues SurveyResponse::validate() const
{
    ValidationIssues out = meta.validate();
    rules::requiredId(out, keys::visitId, visitId);
    rules::requiredId(out, keys::caseId, caseId);
    rules::requiredId(out, keys::questionSetId, questionSetId);
    if (questionSetVersion < 1)
        rules::add(out, keys::questionSetVersion, issue::outOfRange);
    if (answers.size() > QuestionSet::maxQuestions)
        rules::add(out, keys::answers, issue::tooLong);
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        if (!isQuestionId(it.key()) || it.value().trimmed().isEmpty()) {
            rules::add(out, keys::answers, issue::invalid);
            break;
        }
        if (it.value().size() > maxTextAnswer) {
            rules::add(out, keys::answers, issue::tooLong);
            break;
        }
    }
    rules::optionalTime(out, keys::completedAt, completedAt);
    return out;
}

ValidationIssues SurveyResponse::checkAnswers(const QuestionSet &set) const
{
    ValidationIssues out;
    if (set.id != questionSetId || set.version != questionSetVersion) {
        rules::add(out, keys::questionSetVersion, issue::invalid);
        return out;
    }
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const auto q = std::find_if(set.questions.begin(), set.questions.end(),
            [&](const Question &candidate) { return candidate.id == it.key(); });
        if (q == set.questions.end() || !fits(*q, it.value())) {
            rules::add(out, keys::answers, issue::invalid);
            break;
        }
    }
    return out;
}

} // namespace barntid
