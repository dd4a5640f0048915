// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/questionset.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantMap>

namespace barntid {

class Session;

/** Child mode (issue 16): the tablet in a child's hands, one question per screen. The store stays
 *  open only for the child's own answers, each saved the moment it is given; the child sees the
 *  set's questions and their own first name, nothing else. Every way out hands the tablet back:
 *  the store locks, and only the worker's PIN opens it again (docs/security.md, "Child mode"). */
class ChildMode : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    /** The child's first name; empty for a protected identity. */
    Q_PROPERTY(QString childName READ childName NOTIFY activeChanged)
    /** {sv, en}: who will read the answers, in the set's words for the child's age. */
    Q_PROPERTY(QVariantMap intro READ intro NOTIFY activeChanged)
    /** The set is for young children: the faces are larger. */
    Q_PROPERTY(bool pictures READ pictures NOTIFY activeChanged)
    /** [{id, kind, text: {sv, en}, choices: [{id, text: {sv, en}}]}] */
    Q_PROPERTY(QVariantList questions READ questions NOTIFY activeChanged)
    /** -1 the intro, 0…n-1 a question, n the summary, n+1 thanks. */
    Q_PROPERTY(int step READ step NOTIFY stepChanged)
    Q_PROPERTY(int summaryStep READ summaryStep NOTIFY activeChanged)
    /** Question id → the answer given so far. */
    Q_PROPERTY(QVariantMap answers READ answers NOTIFY answersChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit ChildMode(Session *session, QObject *parent = nullptr);
    static ChildMode *create(QQmlEngine *, QJSEngine *);

    bool active() const { return m_active; }
    QString childName() const { return m_childName; }
    QVariantMap intro() const;
    bool pictures() const { return m_set.presentation == QuestionSet::Presentation::Pictures; }
    QVariantList questions() const;
    int step() const { return m_step; }
    int summaryStep() const { return int(m_set.questions.size()); }
    QVariantMap answers() const { return m_answers; }
    QString errorText() const { return m_errorText; }

    /** The worker hands over: a new (or the child's unfinished) response on the draft visit. */
    Q_INVOKABLE bool start(
        const QString &visitId, const QString &caseId, const QString &setId, int setVersion);
    /** Saves one answer at once (an empty value takes it back). */
    Q_INVOKABLE void answer(const QString &questionId, const QString &value);
    Q_INVOKABLE void next();
    Q_INVOKABLE void back();
    /** From the summary: back to a question to change it. */
    Q_INVOKABLE void goTo(int step);
    /** "Klar": the answers stay as they are; the thank-you screen follows. */
    Q_INVOKABLE void finish();
    /** Any way out: the store locks and waits for the worker's PIN. */
    Q_INVOKABLE void handBack();

signals:
    void activeChanged();
    void stepChanged();
    void answersChanged();
    void errorTextChanged();

private:
    void end();
    void setStep(int step);
    void setErrorText(const QString &text);

    QPointer<Session> m_session;
    bool m_active = false;
    QString m_responseId;
    QString m_childName;
    QuestionSet m_set;
    QVariantMap m_answers;
    int m_step = -1;
    QString m_errorText;
};

} // namespace barntid
