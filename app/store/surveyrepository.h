// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/questionset.h"
#include "domain/surveyresponse.h"
#include "store/repository.h"

namespace barntid {

/** A child's answers in child mode: one record per child and survey, saved answer by answer
 *  (record and outbox row in one transaction), so a closed app loses at most the question on
 *  screen. The rules mirror the server's: only the visit's child or a child placed in its foster
 *  home, answers that fit the set version, nothing changes once the child said "klar" or the
 *  visit is signed. */
class SurveyRepository : public Repository<SurveyResponse>
{
public:
    explicit SurveyRepository(Store &store);

    /** The question sets the last sync brought (every version), from the encrypted setting. */
    QList<QuestionSet> questionSets() const;
    std::optional<QuestionSet> questionSet(const QString &id, int version) const;

    /** A new, empty response of this child to this set version, on a draft visit. */
    SurveyResponse start(
        const QString &visitId, const QString &caseId, const QString &setId, int setVersion);
    /** Stores one answer (a value the question allows, or SurveyResponse::declined); an empty
     *  value takes the answer back. */
    SurveyResponse answer(
        const QString &responseId, const QString &questionId, const QString &value);
    /** The child pressed "klar": from now on the answers stay as they are. */
    SurveyResponse complete(const QString &responseId);
    QList<SurveyResponse> forVisit(const QString &visitId);
    /** Whether any child's finished answers hang on the visit (it cannot be deleted then). */
    bool hasCompleted(const QString &visitId);

protected:
    void checkChange(const SurveyResponse &stored, const SurveyResponse &next) const override;

private:
    SurveyResponse stored(const QString &responseId);

    Store &m_store;
};

} // namespace barntid
