// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/questionset.h"
#include "storedrecord.h"

#include <QHash>

#include <optional>

namespace barntid::server {

class QuestionSets;
class Scope;

/** The rules of a child's survey answers (issue 16): they hang on a visit of the worker's, for
 *  the visit's child or a child placed in its foster home, answer the question set version they
 *  name, and change no more once the child said "klar" or the visit was signed. */
class SurveyRules
{
public:
    SurveyRules(Scope &scope, QuestionSets &sets);

    /** Checks a new or changed response; "code|message" or empty. */
    QString checkWrite(const StoredRecord &next, const std::optional<StoredRecord> &current);
    /** Checks removing a response; "code|message" or empty. */
    QString checkRemove(const StoredRecord &current);

private:
    /** The visit when it may still take answers; "code|message" in *error otherwise. */
    std::optional<StoredRecord> openVisit(const QString &visitId, QString *error);
    bool isVisitsChild(const StoredRecord &visit, const QString &caseId);
    std::optional<QuestionSet> set(const QString &id, int version);

    Scope &m_scope;
    QuestionSets &m_sets;
    QHash<QString, std::optional<QuestionSet>> m_setCache;
};

} // namespace barntid::server
