// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/questionset.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

namespace barntid {

class Session;
struct StoreChange;

/** The children's answers on one visit, for the worker (after the PIN), beside the child's own
 *  words; and what child mode can start with: the visit's child or the children placed in its
 *  foster home, and the newest version of each question set the tablet has. */
class VisitSurveys : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString visitId READ visitId WRITE setVisitId NOTIFY visitIdChanged)
    /** "sv" or "en": which of a question set's two texts to show (bound to Language.code). */
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /** [{id, childName, title, completed, statusText, rows: [{question, answer}]}] */
    Q_PROPERTY(QVariantList responses READ responses NOTIFY changed)
    /** [{caseId, name}]: who may answer on this visit. */
    Q_PROPERTY(QVariantList children READ children NOTIFY changed)
    /** [{id, version, title, ages, suggested}]: suggested fits the first child's age. */
    Q_PROPERTY(QVariantList sets READ sets NOTIFY changed)
    /** A draft visit, a child and a set: child mode can start. */
    Q_PROPERTY(bool canStart READ canStart NOTIFY changed)

public:
    explicit VisitSurveys(QObject *parent = nullptr);

    QString visitId() const { return m_visitId; }
    void setVisitId(const QString &id);
    QString language() const { return m_language; }
    void setLanguage(const QString &code);
    QVariantList responses() const { return m_responses; }
    QVariantList children() const { return m_children; }
    QVariantList sets() const { return m_sets; }
    bool canStart() const { return m_draft && !m_children.isEmpty() && !m_sets.isEmpty(); }

    /** An answer as the worker reads it: "Bra (4 av 5)", a choice's words, "Ville inte svara". */
    Q_INVOKABLE static QString answerText(
        const QString &kind, const QString &value, const QString &choiceText);

signals:
    void visitIdChanged();
    void languageChanged();
    void changed();

private:
    void reload();
    void onCommitted(const QList<StoreChange> &changes);
    QString pick(const BilingualText &text) const;

    QPointer<Session> m_session;
    QString m_visitId;
    QString m_language = QStringLiteral("sv");
    bool m_draft = false;
    QVariantList m_responses;
    QVariantList m_children;
    QVariantList m_sets;
};

} // namespace barntid
