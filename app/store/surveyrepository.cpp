// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/surveyrepository.h"

#include "domain/clock.h"
#include "domain/fosterhome.h"
#include "domain/visit.h"
#include "store/statement.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace barntid {

using namespace Qt::StringLiterals;

SurveyRepository::SurveyRepository(Store &store)
    : Repository(store)
    , m_store(store)
{ }

QList<QuestionSet> SurveyRepository::questionSets() const
{
    // Written by the sync engine (SyncEngine::questionSetsKey) after the server checked each set.
    const QJsonArray array
        = QJsonDocument::fromJson(m_store.setting(u"question_sets"_s).toUtf8()).array();
    QList<QuestionSet> sets;
    for (const QJsonValue &v : array) {
        std::optional<QuestionSet> set = QuestionSet::fromJson(v.toObject(), nullptr);
        if (set)
            sets.append(*set);
    }
    return sets;
}

std::optional<QuestionSet> SurveyRepository::questionSet(const QString &id, int version) const
{
    for (const QuestionSet &set : questionSets()) {
        if (set.id == id && set.version == version)
            return set;
    }
    return std::nullopt;
}

SurveyResponse SurveyRepository::start(
    const QString &visitId, const QString &caseId, const QString &setId, int setVersion)
{
    const auto visit = Repository<Visit>(m_store).find(visitId);
    if (!visit)
        throw StoreError(StoreErrorCode::NotFound, u"no such visit"_s);
    if (visit->isSigned())
        throw StoreError(StoreErrorCode::Immutable, u"the visit is signed"_s);
    bool child = !caseId.isEmpty() && caseId == visit->caseId;
    if (!child && !visit->fosterHomeId.isEmpty()) {
        const auto home = Repository<FosterHome>(m_store).find(visit->fosterHomeId);
        child = home && home->placedCaseIds.contains(caseId);
    }
    if (!child)
        throw StoreError(StoreErrorCode::Invalid, u"the child is not the visit's"_s);
    if (!questionSet(setId, setVersion))
        throw StoreError(StoreErrorCode::NotFound, u"no such question set on this device"_s);
    SurveyResponse r;
    r.visitId = visitId;
    r.caseId = caseId;
    r.questionSetId = setId;
    r.questionSetVersion = setVersion;
    return create(r);
}

SurveyResponse SurveyRepository::stored(const QString &responseId)
{
    const auto r = find(responseId);
    if (!r)
        throw StoreError(StoreErrorCode::NotFound, u"no such survey response"_s);
    return *r;
}

SurveyResponse SurveyRepository::answer(
    const QString &responseId, const QString &questionId, const QString &value)
{
    SurveyResponse r = stored(responseId);
    if (value.isEmpty())
        r.answers.remove(questionId);
    else
        r.answers.insert(questionId, value);
    const auto set = questionSet(r.questionSetId, r.questionSetVersion);
    if (!set)
        throw StoreError(StoreErrorCode::NotFound, u"no such question set on this device"_s);
    RecordWriter::requireValid(r.checkAnswers(*set));
    return update(r);
}

SurveyResponse SurveyRepository::complete(const QString &responseId)
{
    SurveyResponse r = stored(responseId);
    r.completedAt = m_store.clock().now();
    return update(r);
}

QList<SurveyResponse> SurveyRepository::forVisit(const QString &visitId)
{
    return list("AND visit_id = ? ORDER BY created_at", {visitId});
}

bool SurveyRepository::hasCompleted(const QString &visitId)
{
    Statement &s = m_store.connection().cached(
        "SELECT 1 FROM survey_responses WHERE visit_id = ? AND deleted = 0 AND "
        "completed_at IS NOT NULL LIMIT 1");
    s.bind(1, visitId);
    const bool found = s.step();
    s.reset();
    return found;
}

void SurveyRepository::checkChange(const SurveyResponse &stored, const SurveyResponse &next) const
{
    if (stored.isCompleted())
        throw StoreError(StoreErrorCode::Immutable, u"the child's finished answers stay"_s);
    if (next.visitId != stored.visitId || next.caseId != stored.caseId
        || next.questionSetId != stored.questionSetId
        || next.questionSetVersion != stored.questionSetVersion)
        throw StoreError(StoreErrorCode::Invalid, u"a survey keeps its visit, child and set"_s);
    const auto visit = Repository<Visit>(m_store).find(stored.visitId);
    if (visit && visit->isSigned())
        throw StoreError(StoreErrorCode::Immutable, u"the visit is signed"_s);
}

} // namespace barntid
