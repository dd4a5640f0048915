// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/visit.h"
#include "models/checkinposition.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

#include <functional>

namespace barntid {

class Store;

/** The visit being documented. Every edit of a draft reaches the encrypted store within a
 *  second (autosave), and at once on flush(), lock, going to the background, quit and
 *  destruction, so a dead battery costs at most the last keystroke second. */
class VisitEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString visitId READ visitId NOTIFY visitChanged)
    Q_PROPERTY(QString caseId READ caseId NOTIFY visitChanged)
    Q_PROPERTY(QString fosterHomeId READ fosterHomeId NOTIFY visitChanged)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY kindChanged)
    Q_PROPERTY(QString kindText READ kindText NOTIFY kindChanged)
    /** [{code, text}] for the presence chips, in the words of the visit's kind. */
    Q_PROPERTY(QVariantList presenceChoices READ presenceChoices NOTIFY kindChanged)
    /** Whose visit it is: case number and the child's name (masked for protected identity),
     *  or the foster home's name for a visit about no one case. */
    Q_PROPERTY(QString subject READ subject NOTIFY subjectChanged)
    /** Why the draft cannot be signed yet (Swedish); empty when it can. */
    Q_PROPERTY(QString signBlocker READ signBlocker NOTIFY signCheckChanged)
    /** What the worker should know before signing (the child's words are empty), or empty. */
    Q_PROPERTY(QString signWarning READ signWarning NOTIFY signCheckChanged)
    Q_PROPERTY(QString present READ present WRITE setPresent NOTIFY presentChanged)
    Q_PROPERTY(QString note READ note WRITE setNote NOTIFY noteChanged)
    Q_PROPERTY(QString childWords READ childWords WRITE setChildWords NOTIFY childWordsChanged)
    Q_PROPERTY(QStringList bbic READ bbic WRITE setBbic NOTIFY bbicChanged)
    Q_PROPERTY(bool isSigned READ isSigned NOTIFY visitChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY visitChanged)
    Q_PROPERTY(QDateTime signedAt READ signedAt NOTIFY visitChanged)
    Q_PROPERTY(QDateTime checkedInAt READ checkedInAt NOTIFY visitChanged)
    Q_PROPERTY(QDateTime checkedOutAt READ checkedOutAt NOTIFY visitChanged)
    Q_PROPERTY(QVariantList amendments READ amendments NOTIFY visitChanged)
    Q_PROPERTY(QDateTime savedAt READ savedAt NOTIFY savedChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY savedChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    /** The check-in/out position: state, text ("Position ±12 m") and accuracy. */
    Q_PROPERTY(barntid::CheckInPosition *position READ position CONSTANT)

public:
    explicit VisitEditor(QObject *parent = nullptr);
    ~VisitEditor() override;

    QString visitId() const { return m_visit.meta.id; }
    QString caseId() const { return m_visit.caseId; }
    QString fosterHomeId() const { return m_visit.fosterHomeId; }
    QString kind() const { return m_visit.kind; }
    QString kindText() const;
    /** A presence choice ("child_alone", …) in the words of this visit's kind. */
    Q_INVOKABLE QString presenceText(const QString &code) const;
    QVariantList presenceChoices() const;
    QString subject() const { return m_subject; }
    QString signBlocker() const;
    QString signWarning() const;
    QString present() const { return m_visit.present; }
    QString note() const { return m_visit.note; }
    QString childWords() const { return m_visit.childWords; }
    QStringList bbic() const { return m_visit.bbic; }
    bool isSigned() const { return m_visit.isSigned(); }
    QString statusText() const;
    QDateTime signedAt() const { return m_visit.signedAt.value_or(QDateTime()); }
    QDateTime checkedInAt() const { return m_visit.actualStart.value_or(QDateTime()); }
    QDateTime checkedOutAt() const { return m_visit.actualEnd.value_or(QDateTime()); }
    QVariantList amendments() const { return m_amendments; }
    QDateTime savedAt() const { return m_savedAt; }
    bool dirty() const { return m_dirty; }
    QString errorText() const { return m_errorText; }
    CheckInPosition *position() const { return m_position; }

    void setKind(const QString &kind);
    void setPresent(const QString &present);
    void setNote(const QString &note);
    void setChildWords(const QString &childWords);
    void setBbic(const QStringList &bbic);

    /** A new draft for the case, made current; returns its id ("" and errorText on failure). */
    Q_INVOKABLE QString start(const QString &caseId, const QString &kind = QStringLiteral("home"));
    /** A new foster-home visit, about one placed child's case or none ("" caseId). */
    Q_INVOKABLE QString startAtFosterHome(const QString &fosterHomeId, const QString &caseId);
    /** "Starta hembesök": today's draft of this case by this worker is reopened (not a second
     *  one made), or a new one started; either way the worker is checked in. */
    Q_INVOKABLE QString startVisit(const QString &caseId);
    /** The same from a foster home: today's draft there (about the same case or none). */
    Q_INVOKABLE QString startFosterHomeVisit(const QString &fosterHomeId, const QString &caseId);
    Q_INVOKABLE bool load(const QString &visitId);
    Q_INVOKABLE void toggleBbic(const QString &code);
    /** Arrival and departure: actual start and end are now, then a position is asked for and
     *  stored if one comes in time (never for a case with protected identity). */
    Q_INVOKABLE bool checkIn();
    Q_INVOKABLE bool checkOut();
    /** Locks the visit for good, checking out first if the worker is still checked in; the
     *  Swedish reason in errorText if it cannot be signed. */
    Q_INVOKABLE bool sign();
    Q_INVOKABLE bool addAmendment(const QString &text);
    /** Writes pending edits now. */
    Q_INVOKABLE bool flush();

signals:
    void visitChanged();
    void kindChanged();
    void presentChanged();
    void noteChanged();
    void childWordsChanged();
    void bbicChanged();
    void savedChanged();
    void errorTextChanged();
    void signCheckChanged();
    void subjectChanged();

private:
    Store *store() const;
    QString create(Visit draft);
    /** Loads today's draft matching the filter, if there is one, and checks in. */
    QString resumeToday(const std::function<bool(const Visit &)> &matches, const Visit &fresh);
    void readSubject();
    bool editable();
    void edited();
    /** The setters' common step: a changed value of an editable draft is stored and saved. */
    template<typename T> void editField(T &field, const T &value, void (VisitEditor::*changed)());
    bool save(const Visit &visit);
    void readAmendments();
    void reset();
    void setErrorText(const QString &text);
    bool protectedIdentity();
    void askPosition(CheckInPosition::Leg leg);
    void showStoredPosition();
    void storePosition(const QString &visitId, CheckInPosition::Leg leg, const PositionFix &fix);

    Visit m_visit;
    QString m_subject;
    QVariantList m_amendments;
    QDateTime m_savedAt;
    bool m_dirty = false;
    QString m_errorText;
    QTimer m_saveTimer;
    CheckInPosition *m_position;
};

} // namespace barntid
