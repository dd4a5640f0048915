// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/childtimer.h"

#include "domain/barntid.h"
#include "domain/childtime.h"
#include "domain/clock.h"
#include "models/runningmark.h"
#include "models/session.h"
#include "models/uitext.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "store/visitrepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace barntid {

namespace {
// The running segment lives in the encrypted settings table, not as a child_time record: a
// record needs an end, and a guessed one would sync as time that was never spent.
const QString runningKey = QStringLiteral("running_child_time");
constexpr qint64 maxSegmentSeconds = 24 * 3600; // child_time's own limit (rules::workSpan)

struct Running
{
    QString visitId;
    QString caseId;
    QDateTime start;
    QString mode;
};

std::optional<Running> readRunning(Store &store)
{
    const QJsonObject o = QJsonDocument::fromJson(store.setting(runningKey).toUtf8()).object();
    const auto start = parseRfc3339(o.value(QLatin1String("starts_at")).toString());
    if (!start)
        return std::nullopt;
    return Running {o.value(QLatin1String("visit_id")).toString(),
        o.value(QLatin1String("case_id")).toString(), *start,
        o.value(QLatin1String("mode")).toString()};
}

void writeRunning(Store &store, const std::optional<Running> &r)
{
    if (!r) {
        store.setSetting(runningKey, QStringLiteral("")); // a null QString would bind NULL
        return;
    }
    const QJsonObject o {{QLatin1String("visit_id"), r->visitId},
        {QLatin1String("case_id"), r->caseId}, {QLatin1String("starts_at"), toRfc3339(r->start)},
        {QLatin1String("mode"), r->mode}};
    store.setSetting(
        runningKey, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

} // namespace

ChildTimer::ChildTimer(QObject *parent)
    : QObject(parent)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &ChildTimer::tick);
    if (Session *session = activeSession())
        connect(session, &Session::stateChanged, this, &ChildTimer::onMarkChanged);
    connect(&RunningMark::instance(), &RunningMark::changed, this, &ChildTimer::onMarkChanged);
}

void ChildTimer::setFollowRunning(bool follow)
{
    if (follow == m_followRunning)
        return;
    m_followRunning = follow;
    emit followRunningChanged();
    onMarkChanged();
}

void ChildTimer::onMarkChanged()
{
    if (!m_followRunning) {
        reload();
        return;
    }
    QString running;
    if (Store *s = store()) {
        try {
            if (const auto r = readRunning(*s))
                running = r->visitId;
        } catch (const StoreError &e) {
            setErrorText(UiText::storeError(e));
        }
    }
    if (running != m_visitId)
        setVisitId(running); // reloads
    else
        reload();
}

Store *ChildTimer::store() const
{
    Session *session = activeSession();
    return session ? session->store() : nullptr;
}

void ChildTimer::setVisitId(const QString &visitId)
{
    if (visitId == m_visitId)
        return;
    m_visitId = visitId;
    emit visitIdChanged();
    reload();
}

int ChildTimer::elapsedSeconds() const
{
    Store *s = store();
    if (!running() || !s)
        return 0;
    return int(std::clamp(m_startedAt.secsTo(s->clock().now()), qint64(0), maxSegmentSeconds));
}

int ChildTimer::totalSeconds() const
{
    QList<Interval> intervals;
    for (const Segment &segment : m_segments)
        intervals.append({segment.start, segment.end});
    if (running())
        intervals.append({m_startedAt, m_startedAt.addSecs(elapsedSeconds())});
    return int(unionSeconds(intervals));
}

QVariantList ChildTimer::segments() const
{
    QVariantList list;
    for (const Segment &s : m_segments)
        list.append(QVariantMap {{QStringLiteral("startsAt"), s.start},
            {QStringLiteral("endsAt"), s.end}, {QStringLiteral("mode"), s.mode},
            {QStringLiteral("modeText"), UiText::childTimeMode(s.mode)},
            {QStringLiteral("seconds"), s.start.secsTo(s.end)}});
    return list;
}

void ChildTimer::clear()
{
    m_ticker.stop();
    m_caseId.clear();
    m_segments.clear();
    m_startedAt = {};
}

void ChildTimer::reload()
{
    clear();
    Store *s = store();
    if (s && !m_visitId.isEmpty()) {
        try {
            const auto visit = VisitRepository(*s).find(m_visitId);
            m_caseId = visit ? visit->caseId : QString();
            for (const ChildTime &t :
                Repository<ChildTime>(*s).list("AND visit_id = ? ORDER BY starts_at", {m_visitId}))
                m_segments.append({t.startsAt, t.endsAt, t.mode});
            const auto r = readRunning(*s);
            const bool stored = r
                && std::any_of(m_segments.cbegin(), m_segments.cend(),
                    [&](const Segment &g) { return g.start == r->start; });
            if (stored) // stopped, but killed before the running mark was cleared
                writeRunning(*s, std::nullopt);
            else if (r && r->visitId == m_visitId) {
                m_startedAt = r->start;
                m_mode = r->mode;
                m_ticker.start();
            }
        } catch (const StoreError &e) {
            clear();
            setErrorText(UiText::storeError(e));
        }
    }
    emit runningChanged();
    emit segmentsChanged();
    emit tick();
}

bool ChildTimer::start(const QString &mode)
{
    Store *s = store();
    if (!s || m_caseId.isEmpty() || running() || !ChildTime::modes().contains(mode))
        return false;
    try {
        // One child at a time: a segment left running on another visit ends now.
        if (const auto other = readRunning(*s); other && other->visitId != m_visitId)
            storeSegment(*s, other->visitId, other->caseId, other->start, other->mode);
        const QDateTime now = s->clock().now();
        writeRunning(*s, Running {m_visitId, m_caseId, now, mode});
        m_startedAt = now;
        m_mode = mode;
    } catch (const StoreError &e) {
        setErrorText(UiText::storeError(e));
        return false;
    }
    setErrorText({});
    m_ticker.start();
    emit runningChanged();
    emit tick();
    emit RunningMark::instance().changed();
    return true;
}

bool ChildTimer::stop()
{
    Store *s = store();
    if (!s || !running())
        return false;
    try {
        // Another timer (another page, another visit) may have ended this segment already.
        const auto r = readRunning(*s);
        if (!r || r->visitId != m_visitId || r->start != m_startedAt) {
            reload();
            return false;
        }
    } catch (const StoreError &e) {
        setErrorText(UiText::storeError(e));
        return false;
    }
    if (!storeSegment(*s, m_visitId, m_caseId, m_startedAt, m_mode))
        return false;
    m_ticker.stop();
    m_startedAt = {};
    reload();
    emit RunningMark::instance().changed();
    return true;
}

bool ChildTimer::storeSegment(Store &store, const QString &visitId, const QString &caseId,
    const QDateTime &start, const QString &mode)
{
    ChildTime t;
    t.caseId = caseId;
    t.visitId = visitId;
    t.startsAt = start;
    t.endsAt = std::min(store.clock().now(), start.addSecs(maxSegmentSeconds));
    t.mode = mode;
    try {
        // Record first, then the mark: a kill in between is repaired by reload().
        // A segment shorter than a second is a double tap, not time with the child.
        if (t.startsAt.secsTo(t.endsAt) >= 1)
            Repository<ChildTime>(store).create(t);
        writeRunning(store, std::nullopt);
    } catch (const StoreError &e) {
        setErrorText(UiText::storeError(e));
        return false;
    }
    setErrorText({});
    return true;
}

void ChildTimer::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

} // namespace barntid
