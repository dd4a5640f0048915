// SPDX-License-Identifier: GPL-3.0-or-later
#include "surveyrules.h"

#include "domain/surveyresponse.h"
#include "questionsets.h"
#include "scope.h"

#include <QJsonArray>

namespace barntid::server {

namespace {

const char *const fixedFields[] = {"visit_id", "case_id", "question_set_id"};

} // namespace

SurveyRules::SurveyRules(Scope &scope, QuestionSets &sets)
    : m_scope(scope)
    , m_sets(sets)
{ }

std::optional<StoredRecord> SurveyRules::openVisit(const QString &visitId, QString *error)
{
    std::optional<StoredRecord> visit = m_scope.lookup(QStringLiteral("visit"), visitId);
    if (!visit || visit->deleted) {
        *error = QStringLiteral("invalid|the visit is not on the server");
        return std::nullopt;
    }
    if (visit->isLocked()) {
        *error = QStringLiteral("locked|the visit is signed: its answers stay as they are");
        return std::nullopt;
    }
    return visit;
}

bool SurveyRules::isVisitsChild(const StoredRecord &visit, const QString &caseId)
{
    if (caseId == visit.caseId)
        return true;
    // On a foster-home visit, any child placed in that home may answer.
    const std::optional<StoredRecord> home
        = m_scope.lookup(QStringLiteral("foster_home"), visit.fosterHomeId);
    if (!home || home->deleted)
        return false;
    const QJsonArray placed = home->data.value(QLatin1StringView("placed_case_ids")).toArray();
    return placed.contains(QJsonValue(caseId));
}

std::optional<QuestionSet> SurveyRules::set(const QString &id, int version)
{
    const QString key = id + u'/' + QString::number(version);
    auto it = m_setCache.find(key);
    if (it == m_setCache.end())
        it = m_setCache.insert(key, m_sets.find(id, version));
    return *it;
}

QString SurveyRules::checkWrite(const StoredRecord &next, const std::optional<StoredRecord> &cur)
{
    if (cur) {
        for (const char *f : fixedFields) {
            if (cur->text(f) != next.text(f))
                return QStringLiteral("invalid|%1 of an answered survey stays").arg(f);
        }
        if (cur->data.value(QLatin1StringView("question_set_version"))
            != next.data.value(QLatin1StringView("question_set_version")))
            return QStringLiteral("invalid|question_set_version of an answered survey stays");
    }
    QString error;
    const std::optional<StoredRecord> visit = openVisit(next.parentId, &error);
    if (!visit)
        return error;
    if (!isVisitsChild(*visit, next.caseId))
        return QStringLiteral("invalid|case_id is not the visit's child");
    const SurveyResponse response = SurveyResponse::fromJson(next.data);
    const std::optional<QuestionSet> questions
        = set(response.questionSetId, response.questionSetVersion);
    if (!questions)
        return QStringLiteral("invalid|the question set version is not on the server");
    if (!response.checkAnswers(*questions).isEmpty())
        return QStringLiteral("invalid|an answer does not fit its question");
    return {};
}

QString SurveyRules::checkRemove(const StoredRecord &current)
{
    QString error;
    const std::optional<StoredRecord> visit = openVisit(current.parentId, &error);
    // A response whose visit is gone may go too (the visit's own delete took it along).
    if (!visit && !error.startsWith(u"locked"))
        return {};
    return error;
}

} // namespace barntid::server
