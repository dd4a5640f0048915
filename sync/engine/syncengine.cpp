// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/syncengine.h"

#include "domain/clock.h"
#include "domain/timeformat.h"
#include "engine/pageapplier.h"
#include "engine/pushledger.h"
#include "engine/retention.h"
#include "engine/syncclient.h"
#include "store/outbox.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace barntid::sync {

using namespace Qt::StringLiterals;
using Kind = SyncError::Kind;

namespace {

// Set while a full re-download runs, so a crash in the middle starts it again from 0.
const QString resetKey = u"sync_reset"_s;

SyncError badAnswer(const QString &message)
{
    return SyncError::of(Kind::Protocol, u"bad_answer"_s, message, 200);
}

} // namespace

SyncEngine::SyncEngine(Store &store, SyncClient &client, SyncOptions options)
    : m_store(store)
    , m_client(client)
    , m_options(options)
    , m_wipe([&store] { store.destroyLocalData(); })
{
    m_options.pushBatch = qMax(1, m_options.pushBatch);
    m_options.pullLimit = qMax(1, m_options.pullLimit);
}

SyncReport SyncEngine::run()
{
    SyncReport report;
    try {
        report.error = steps(report);
    } catch (const StoreError &e) {
        // Every local step is one transaction, so a failure leaves the last good state.
        report.error = SyncError::of(Kind::LocalStore, u"local_store"_s, e.detail());
    }
    if (report.error.kind == Kind::DeviceWiped) {
        if (m_wipe)
            m_wipe();
        report.wiped = true;
        return report;
    }
    Outbox outbox(m_store);
    report.pendingLeft = outbox.pendingCount();
    report.needsAttention = outbox.needsAttentionCount();
    report.safeToLeave = report.pendingLeft == 0;
    if (report.safeToLeave)
        report.safeAt = m_store.clock().now();
    progress(report);
    return report;
}

SyncError SyncEngine::steps(SyncReport &report)
{
    if (SyncError e = push(report); e.isError())
        return e;
    const bool resuming = m_store.setting(resetKey) == u"1";
    SyncError e = pull(report, resuming);
    if (e.kind == Kind::ResetRequired && !resuming) {
        // Everything local goes up first, so the re-download cannot lose unsynced work.
        m_store.setSetting(resetKey, u"1"_s);
        report.reset = true;
        if (e = push(report); e.isError())
            return e;
        e = pull(report, true);
    }
    if (e.isError())
        return e;
    report.complete = true;
    if (Outbox(m_store).sendableCount() == 0)
        m_store.setSetting(u"last_sync"_s, toRfc3339(m_store.clock().now()));
    // Only after a whole run: what goes is on the server, and the cursor has passed it.
    report.purged = Retention(m_store).purge();
    refreshTeam();
    refreshQuestionSets();
    refreshSurveyAggregates();
    return {};
}

QString SyncEngine::teamRosterKey()
{
    return u"team_roster"_s;
}

void SyncEngine::refreshTeam()
{
    QString roster; // empty: this account has no team to show
    if (m_store.setting(u"user_role"_s) == u"supervisor") {
        QJsonObject team;
        // 404 (a server without the endpoint), 403, a dropped connection: the records are in,
        // so the sync stands, and the names and devices of the last roster are kept.
        if (m_client.fetchTeam(team).isError())
            return;
        roster = QString::fromUtf8(QJsonDocument(team).toJson(QJsonDocument::Compact));
    }
    keepSetting(teamRosterKey(), roster);
}

QString SyncEngine::questionSetsKey()
{
    return u"question_sets"_s;
}

void SyncEngine::refreshQuestionSets()
{
    QString kept; // empty: this account asks no child anything (a foster parent, an admin)
    const QString role = m_store.setting(u"user_role"_s);
    if (role == u"social_worker" || role == u"supervisor") {
        QList<QuestionSet> sets;
        // As with the roster: without an answer the sets of the last sync stay, so child mode
        // works offline with what the tablet has.
        if (m_client.fetchQuestionSets(sets).isError())
            return;
        QJsonArray array;
        for (const QuestionSet &set : std::as_const(sets))
            array.append(set.toJson());
        kept = QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    }
    keepSetting(questionSetsKey(), kept);
}

QString SyncEngine::surveyAggregatesKey()
{
    return u"survey_aggregates"_s;
}

void SyncEngine::refreshSurveyAggregates()
{
    QString kept; // empty: only a supervisor reads the children's answers in figures
    if (m_store.setting(u"user_role"_s) == u"supervisor") {
        QJsonObject report;
        // As with the roster: without an answer the figures of the last sync stay.
        if (m_client.fetchSurveyAggregates(report).isError())
            return;
        kept = QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact));
    }
    keepSetting(surveyAggregatesKey(), kept);
}

void SyncEngine::keepSetting(const QString &key, const QString &value)
{
    if (value == m_store.setting(key))
        return;
    Connection &c = m_store.connection();
    Transaction tx(c);
    if (value.isEmpty())
        m_store.removeSetting(key);
    else
        m_store.setSetting(key, value);
    c.noteChange(key, StoreChange::Op::Update, {});
    tx.commit();
}

SyncError SyncEngine::push(SyncReport &report)
{
    PushLedger ledger(m_store);
    int batch = m_options.pushBatch;
    for (;;) {
        const QList<Mutation> rows = ledger.take(batch);
        if (rows.isEmpty())
            return {};
        protocol::PushResponse response;
        const SyncError e = m_client.push(PushLedger::request(rows), response);
        if (!e.isError()) {
            const PushLedger::Tally t = ledger.apply(rows, response);
            report.pushed += int(rows.size()) - t.unanswered;
            report.applied += t.applied;
            report.rejected += t.rejected;
            report.conflicts += t.conflicts;
            progress(report);
            if (t.unanswered > 0)
                return badAnswer(u"the server left %1 mutations unanswered"_s.arg(t.unanswered));
            batch = m_options.pushBatch;
            continue;
        }
        if (e.kind == Kind::BadRequest && e.index >= 0 && e.index < rows.size()) {
            // One bad record never blocks the rest: it goes to "needs attention", the others
            // are sent again.
            QList<Mutation> others = rows;
            others.removeAt(e.index);
            ledger.release(others);
            ledger.reject(rows[e.index], e.describe());
            ++report.rejected;
            continue;
        }
        if (e.kind == Kind::TooLarge || e.kind == Kind::BadRequest) {
            // The server refused the request without naming a mutation: halve until the culprit
            // is alone.
            if (rows.size() == 1) {
                ledger.reject(rows.front(), e.describe());
                ++report.rejected;
            } else {
                ledger.release(rows);
                batch = int(rows.size()) / 2;
            }
            continue;
        }
        if (!e.mayHaveArrived())
            ledger.release(rows);
        return e;
    }
}

SyncError SyncEngine::pull(SyncReport &report, bool fromZero)
{
    PageApplier applier(m_store);
    qint64 cursor = fromZero ? 0 : applier.cursor();
    QSet<QString> seen;
    for (;;) {
        protocol::PullPage page;
        int ignored = 0;
        if (SyncError e = m_client.pull(cursor, m_options.pullLimit, page, &ignored); e.isError())
            return e;
        if (page.next < cursor || (page.hasMore && page.next == cursor))
            return badAnswer(u"the server's cursor went backwards or stood still"_s);
        const PageApplier::Outcome o = applier.apply(page, fromZero ? &seen : nullptr);
        report.pulled += int(page.changes.size());
        report.ignored += ignored;
        report.kept += o.kept;
        report.unusable += o.unusable;
        cursor = page.next;
        progress(report);
        if (!page.hasMore)
            break;
    }
    if (fromZero) {
        report.pruned += applier.prune(seen);
        m_store.setSetting(resetKey, u"0"_s);
    }
    return {};
}

void SyncEngine::progress(const SyncReport &report) const
{
    if (m_progress)
        m_progress(report);
}

} // namespace barntid::sync
