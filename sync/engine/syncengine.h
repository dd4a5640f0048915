// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/syncreport.h"

#include <functional>

namespace barntid {
class Store;
}

namespace barntid::sync {

class SyncClient;

struct SyncOptions
{
    int pushBatch = 200; ///< mutations per push request
    int pullLimit = 500; ///< changes per pull page
};

/** One sync run: push the outbox, then pull pages, by the client rules of DESIGN.md §6
 *  (docs/sync.md). Runs in the thread that owns its store connection and client: the app gives
 *  it a worker thread with its own Store, the CLI runs it directly. */
class SyncEngine
{
public:
    using WipeHook = std::function<void()>;
    using ProgressHandler = std::function<void(const SyncReport &)>;

    SyncEngine(Store &store, SyncClient &client, SyncOptions options = {});

    /** The store setting a supervisor's team roster is kept in (GET /v1/team as compact JSON;
     *  TeamRoster reads it). A change to it is noted on the feed under this name as entity. */
    static QString teamRosterKey();
    /** The store setting the municipality's child surveys are kept in: every version the server
     *  has (GET /v1/question-sets), as a compact JSON array; only for social workers and
     *  supervisors. A change is noted on the feed under this name as entity. */
    static QString questionSetsKey();
    /** The store setting a supervisor's figures of the children's answers are kept in
     *  (GET /v1/survey-aggregates as compact JSON: counts of five or more only, never a file). */
    static QString surveyAggregatesKey();

    /** Called on 410 device_wiped; the default destroys the store (Store::destroyLocalData). */
    void setWipeHook(WipeHook hook) { m_wipe = std::move(hook); }
    /** Called after every batch and page, in the engine's thread. */
    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }

    /** Pushes until the outbox has nothing left to send, then pulls until the last page. Stops at
     *  the first error the caller must handle (network, 5xx, 401, 429, …): see report.error. */
    SyncReport run();

private:
    SyncError steps(SyncReport &report);
    SyncError push(SyncReport &report);
    SyncError pull(SyncReport &report, bool fromZero);
    void refreshTeam();
    void refreshQuestionSets();
    void refreshSurveyAggregates();
    /** Writes a setting and notes the change, unless it already holds the value. */
    void keepSetting(const QString &key, const QString &value);
    void progress(const SyncReport &report) const;

    Store &m_store;
    SyncClient &m_client;
    SyncOptions m_options;
    WipeHook m_wipe;
    ProgressHandler m_progress;
};

} // namespace barntid::sync
