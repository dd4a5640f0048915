// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

namespace barntid {

class Store;

/** The barntid timer of one visit: start/stop segments of direct time with the child. Each
 *  stopped segment is a child_time record; the running one survives lock, crash and restart. */
class ChildTimer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString visitId READ visitId WRITE setVisitId NOTIFY visitIdChanged)
    /** Follows whichever visit's segment is running (the barntid bar): visitId is then set by
     *  the timer itself, empty while nothing runs. */
    Q_PROPERTY(
        bool followRunning READ followRunning WRITE setFollowRunning NOTIFY followRunningChanged)
    Q_PROPERTY(QString caseId READ caseId NOTIFY runningChanged)
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(QString mode READ mode NOTIFY runningChanged)
    Q_PROPERTY(QDateTime startedAt READ startedAt NOTIFY runningChanged)
    Q_PROPERTY(int elapsedSeconds READ elapsedSeconds NOTIFY tick)
    Q_PROPERTY(int totalSeconds READ totalSeconds NOTIFY tick)
    Q_PROPERTY(QVariantList segments READ segments NOTIFY segmentsChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit ChildTimer(QObject *parent = nullptr);

    QString visitId() const { return m_visitId; }
    void setVisitId(const QString &visitId);
    bool followRunning() const { return m_followRunning; }
    void setFollowRunning(bool follow);
    QString caseId() const { return m_caseId; }
    bool running() const { return m_startedAt.isValid(); }
    QString mode() const { return m_mode; }
    QDateTime startedAt() const { return m_startedAt; }
    int elapsedSeconds() const;
    int totalSeconds() const;
    QVariantList segments() const;
    QString errorText() const { return m_errorText; }

    /** mode: in_person, video or phone. A segment running for another visit is stopped first:
     *  a worker is with one child at a time. */
    Q_INVOKABLE bool start(const QString &mode = QStringLiteral("in_person"));
    /** Ends the running segment and stores it. */
    Q_INVOKABLE bool stop();

signals:
    void visitIdChanged();
    void followRunningChanged();
    void runningChanged();
    void tick();
    void segmentsChanged();
    void errorTextChanged();

private:
    struct Segment
    {
        QDateTime start;
        QDateTime end;
        QString mode;
    };
    Store *store() const;
    void reload();
    /** Another timer moved the running mark: follow it, or re-read this visit. */
    void onMarkChanged();
    void clear();
    bool storeSegment(Store &store, const QString &visitId, const QString &caseId,
        const QDateTime &start, const QString &mode);
    void setErrorText(const QString &text);

    QString m_visitId;
    QString m_caseId;
    QList<Segment> m_segments;
    QDateTime m_startedAt; // invalid when not running
    QString m_mode = QStringLiteral("in_person");
    QString m_errorText;
    QTimer m_ticker;
    bool m_followRunning = false;
};

} // namespace barntid
