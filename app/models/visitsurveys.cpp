// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/visitsurveys.h"

#include "domain/case.h"
#include "domain/fosterhome.h"
#include "domain/visit.h"
#include "models/session.h"
#include "store/repository.h"
#include "store/storechanges.h"
#include "store/storeerror.h"
#include "store/surveyrepository.h"

#include <QDate>

namespace barntid {

namespace {

// The child as the worker's screens show them: masked for a protected identity.
QString shownName(const std::optional<Case> &c)
{
    if (!c)
        return VisitSurveys::tr("A child");
    if (c->protectedIdentity)
        return VisitSurveys::tr("Protected identity");
    return c->childName;
}

} // namespace

VisitSurveys::VisitSurveys(QObject *parent)
    : QObject(parent)
    , m_session(Session::instance())
{
    if (m_session) {
        connect(m_session, &Session::stateChanged, this, &VisitSurveys::reload);
        connect(&m_session->changes(), &StoreChanges::committed, this, &VisitSurveys::onCommitted);
    }
}

void VisitSurveys::setVisitId(const QString &id)
{
    if (id == m_visitId)
        return;
    m_visitId = id;
    emit visitIdChanged();
    reload();
}

void VisitSurveys::setLanguage(const QString &code)
{
    if (code == m_language)
        return;
    m_language = code;
    emit languageChanged();
    reload();
}

QString VisitSurveys::pick(const BilingualText &text) const
{
    return m_language == u"en" ? text.en : text.sv;
}

void VisitSurveys::onCommitted(const QList<StoreChange> &changes)
{
    for (const StoreChange &c : changes) {
        if (c.entity == u"survey_response" || c.entity == u"visit" || c.entity == u"foster_home"
            || c.entity == u"question_sets")
            return reload();
    }
}

QString VisitSurveys::answerText(
    const QString &kind, const QString &value, const QString &choiceText)
{
    if (value == u"declined")
        return tr("Did not want to answer");
    if (kind == u"smiley5") {
        static const char *const words[] = {QT_TR_NOOP("Very bad"), QT_TR_NOOP("Bad"),
            QT_TR_NOOP("So-so"), QT_TR_NOOP("Good"), QT_TR_NOOP("Very good")};
        const int n = value.toInt();
        if (n < 1 || n > 5)
            return value;
        return tr("%1 (%2 of 5)").arg(tr(words[n - 1])).arg(n);
    }
    if (kind == u"choice")
        return choiceText.isEmpty() ? value : choiceText;
    return value;
}

void VisitSurveys::reload()
{
    m_responses.clear();
    m_children.clear();
    m_sets.clear();
    m_draft = false;
    Store *store = m_session ? m_session->store() : nullptr;
    if (store && !m_visitId.isEmpty()) {
        try {
            const std::optional<Visit> visit = Repository<Visit>(*store).find(m_visitId);
            SurveyRepository surveys(*store);
            Repository<Case> cases(*store);
            if (visit) {
                m_draft = !visit->isSigned();
                QStringList ids;
                if (!visit->caseId.isEmpty())
                    ids << visit->caseId;
                if (!visit->fosterHomeId.isEmpty()) {
                    if (const auto home = Repository<FosterHome>(*store).find(visit->fosterHomeId))
                        ids += home->placedCaseIds;
                }
                ids.removeDuplicates();
                std::optional<int> age;
                for (const QString &id : std::as_const(ids)) {
                    const std::optional<Case> c = cases.find(id);
                    if (!c)
                        continue;
                    if (!age && c->birthYear)
                        age = QDate::currentDate().year() - *c->birthYear;
                    m_children << QVariantMap {
                        {QStringLiteral("caseId"), id}, {QStringLiteral("name"), shownName(c)}};
                }
                QHash<QString, QuestionSet> newest;
                for (const QuestionSet &s : surveys.questionSets()) {
                    if (!newest.contains(s.id) || newest[s.id].version < s.version)
                        newest.insert(s.id, s);
                }
                for (const QuestionSet &s : std::as_const(newest)) {
                    m_sets << QVariantMap {{QStringLiteral("id"), s.id},
                        {QStringLiteral("version"), s.version},
                        {QStringLiteral("title"), pick(s.title)},
                        {QStringLiteral("ages"), tr("%1–%2 years").arg(s.ageMin).arg(s.ageMax)},
                        {QStringLiteral("suggested"), age && *age >= s.ageMin && *age <= s.ageMax}};
                }
            }
            for (const SurveyResponse &r : surveys.forVisit(m_visitId)) {
                const std::optional<QuestionSet> set
                    = surveys.questionSet(r.questionSetId, r.questionSetVersion);
                QVariantList rows;
                for (const Question &q : set ? set->questions : QList<Question>()) {
                    if (!r.answers.contains(q.id))
                        continue;
                    const QString value = r.answers.value(q.id);
                    QString choice;
                    for (const QuestionChoice &c : q.choices) {
                        if (c.id == value)
                            choice = pick(c.text);
                    }
                    rows << QVariantMap {{QStringLiteral("question"), pick(q.text)},
                        {QStringLiteral("answer"),
                            answerText(QuestionSet::kindName(q.kind), value, choice)}};
                }
                m_responses << QVariantMap {{QStringLiteral("id"), r.meta.id},
                    {QStringLiteral("childName"), shownName(cases.find(r.caseId))},
                    {QStringLiteral("title"), set ? pick(set->title) : QString()},
                    {QStringLiteral("completed"), r.isCompleted()},
                    {QStringLiteral("statusText"),
                        r.isCompleted() ? tr("Finished") : tr("Not finished")},
                    {QStringLiteral("rows"), rows}};
            }
        } catch (const StoreError &) {
            // Locked between the signal and here: the lists stay empty until it opens again.
        }
    }
    emit changed();
}

} // namespace barntid
