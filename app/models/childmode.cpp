// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/childmode.h"

#include "domain/case.h"
#include "models/session.h"
#include "store/repository.h"
#include "store/storeerror.h"
#include "store/surveyrepository.h"

namespace barntid {

namespace {

QVariantMap bilingual(const BilingualText &t)
{
    return {{QStringLiteral("sv"), t.sv}, {QStringLiteral("en"), t.en}};
}

} // namespace

ChildMode::ChildMode(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    if (session) {
        // Locked, wiped or destroyed: child mode is over, and nothing of it stays in memory.
        connect(session, &Session::stateChanged, this, [this, session] {
            if (session->state() != Session::State::Open)
                end();
        });
    }
}

ChildMode *ChildMode::create(QQmlEngine *, QJSEngine *)
{
    return new ChildMode(Session::instance());
}

QVariantMap ChildMode::intro() const
{
    return bilingual(m_set.intro);
}

QVariantList ChildMode::questions() const
{
    QVariantList out;
    for (const Question &q : m_set.questions) {
        QVariantList choices;
        for (const QuestionChoice &c : q.choices)
            choices << QVariantMap {
                {QStringLiteral("id"), c.id}, {QStringLiteral("text"), bilingual(c.text)}};
        out << QVariantMap {{QStringLiteral("id"), q.id},
            {QStringLiteral("kind"), QuestionSet::kindName(q.kind)},
            {QStringLiteral("text"), bilingual(q.text)}, {QStringLiteral("choices"), choices}};
    }
    return out;
}

bool ChildMode::start(
    const QString &visitId, const QString &caseId, const QString &setId, int setVersion)
{
    Store *store = m_session ? m_session->store() : nullptr;
    if (!store || m_active)
        return false;
    try {
        SurveyRepository surveys(*store);
        const std::optional<QuestionSet> set = surveys.questionSet(setId, setVersion);
        if (!set)
            throw StoreError(StoreErrorCode::NotFound, QStringLiteral("no such question set"));
        std::optional<SurveyResponse> response;
        // A child who was interrupted goes on where they were.
        for (const SurveyResponse &r : surveys.forVisit(visitId)) {
            if (r.caseId == caseId && r.questionSetId == setId && r.questionSetVersion == setVersion
                && !r.isCompleted())
                response = r;
        }
        if (!response)
            response = surveys.start(visitId, caseId, setId, setVersion);
        const std::optional<Case> child = Repository<Case>(*store).find(caseId);
        store->beginHandOver();
        m_set = *set;
        m_responseId = response->meta.id;
        m_childName = child && !child->protectedIdentity
            ? child->childName.section(u' ', 0, 0, QString::SectionSkipEmpty)
            : QString();
        m_answers.clear();
        for (auto it = response->answers.begin(); it != response->answers.end(); ++it)
            m_answers.insert(it.key(), it.value());
    } catch (const StoreError &e) {
        setErrorText(Session::errorMessage(e));
        return false;
    }
    setErrorText({});
    m_step = -1;
    m_active = true;
    emit activeChanged();
    emit answersChanged();
    emit stepChanged();
    return true;
}

void ChildMode::answer(const QString &questionId, const QString &value)
{
    Store *store = m_session ? m_session->store() : nullptr;
    if (!m_active || !store)
        return;
    try {
        SurveyRepository(*store).answer(m_responseId, questionId, value);
    } catch (const StoreError &e) {
        setErrorText(Session::errorMessage(e));
        return;
    }
    setErrorText({});
    if (value.isEmpty())
        m_answers.remove(questionId);
    else
        m_answers.insert(questionId, value);
    emit answersChanged();
}

void ChildMode::next()
{
    setStep(std::min(m_step + 1, summaryStep()));
}

void ChildMode::back()
{
    setStep(std::max(m_step - 1, -1));
}

void ChildMode::goTo(int step)
{
    if (step >= -1 && step <= summaryStep())
        setStep(step);
}

void ChildMode::finish()
{
    Store *store = m_session ? m_session->store() : nullptr;
    if (!m_active || !store || m_step != summaryStep())
        return;
    try {
        SurveyRepository(*store).complete(m_responseId);
    } catch (const StoreError &e) {
        setErrorText(Session::errorMessage(e));
        return;
    }
    setErrorText({});
    setStep(summaryStep() + 1);
}

void ChildMode::handBack()
{
    if (!m_active)
        return;
    if (m_session)
        m_session->lock(); // ends child mode through stateChanged
    end();
}

void ChildMode::end()
{
    if (!m_active)
        return;
    m_active = false;
    m_responseId.clear();
    m_childName.clear();
    m_set = {};
    m_answers.clear();
    m_step = -1;
    setErrorText({});
    emit activeChanged();
    emit answersChanged();
    emit stepChanged();
}

void ChildMode::setStep(int step)
{
    if (!m_active || step == m_step || m_step > summaryStep())
        return;
    m_step = step;
    emit stepChanged();
}

void ChildMode::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

} // namespace barntid
