// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Barntid
import Barntid.Models
import BarntidTest

// Issue 12 on the supervisor's tablet (tst_syncflow's runner: the real server, a real store):
// supervisor1 signs in and gets the supervisor's destinations; the queue holds the team's signed
// entries; a return made while the server is out of reach syncs later; worker1 answers from
// their own device with an amendment, which puts the entry back in the queue with the returned
// and the current version side by side; the approval syncs and locks the visit on the server.
// A second decision on a version that another device of the team had already decided on ends
// as a visible refusal, not as an overwrite.
TestCase {
    id: testCase

    property var win: null
    property string worker1: ""

    function openWindow() {
        // Kept across the test functions (a temporary object goes after each).
        const w = windowComponent.createObject(testCase, {
                "width": 1280,
                "height": 800
            });
        verify(w, "the window was created");
        w.show();
        w.requestActivate();
        tryVerify(() => w.active, 5000, "the window became active");
        waitForRendering(w.contentItem);
        return w;
    }

    function find(name) {
        return findChild(win.contentItem, name) || findChild(win, name);
    }

    // On the entry page shown now (a popped page may linger until it is deleted).
    function onPage(name) {
        return findChild(find("reviewStack").currentItem, name);
    }

    function typeInto(field, text) {
        tap(field);
        tryVerify(() => field.activeFocus, 2000, `${field.objectName} has the focus`);
        for (const c of text)
            keyClick(c);
    }

    // Once a page has slid in, scrolled into view, as a finger would.
    function tap(item) {
        verify(item && item.visible && item.enabled, `${item ? item.objectName : "?"} can be tapped`);
        tryVerify(() => {
                const at = item.mapToItem(win.contentItem, 0, 0);
                return at.x >= 0 && at.x + item.width <= win.width + 1;
            }, 5000, `${item.objectName} is on the screen`);
        for (let p = item.parent; p; p = p.parent) {
            if (p.contentY !== undefined && p.contentHeight !== undefined && p.contentItem) {
                const y = item.mapToItem(p.contentItem, 0, 0).y;
                p.contentY = Math.max(0, Math.min(y - 20, p.contentHeight - p.height));
                break;
            }
        }
        waitForRendering(item);
        mouseClick(item);
    }

    function syncNow() {
        Sync.syncNow();
        tryCompare(Sync, "busy", false, 30000);
        tryCompare(Sync, "pending", 0, 30000);
    }

    // The first row of the queue model with this author and entity, as {entity, recordId}.
    function rowOf(model, author, entity) {
        // Narrowed like a supervisor would, so the row is on screen.
        model.worker = author;
        model.entity = entity;
        for (let i = 0; i < model.count; ++i) {
            const index = model.index(i, 0);
            if (model.data(index, ReviewQueueModel.AuthorIdRole) === author && model.data(index, ReviewQueueModel.EntityRole) === entity)
                return {
                    "row": i,
                    "recordId": model.data(index, ReviewQueueModel.RecordIdRole)
                };
        }
        return null;
    }

    function openEntry(recordId) {
        const row = find("reviewRow_" + recordId);
        verify(row, "the entry is listed");
        tap(row);
        tryCompare(find("reviewStack"), "busy", false, 5000);
        const entry = onPage("reviewEntry");
        tryVerify(() => entry && entry.recordId === recordId, 5000, "the entry page opened");
        waitForRendering(win.contentItem);
        return entry;
    }

    function back() {
        tap(findChild(find("reviewStack").currentItem, "reviewBackButton"));
        tryCompare(find("reviewStack"), "busy", false, 5000);
        tryCompare(find("reviewStack"), "depth", 1, 5000, "back on the queue");
    }

    function initTestCase() {
        win = openWindow();
        worker1 = TestServer.userId("worker1");
        verify(worker1 !== "", "worker1 has an id");
        tap(find("syncIndicator"));
        tryCompare(find("syncPage"), "opened", true);
        typeInto(find("usernameField"), "supervisor1");
        typeInto(find("passwordField"), "barntid-demo");
        tap(find("signInButton"));
        tryCompare(Sync, "status", Sync.UpToDate, 30000);
        tap(find("closeSyncButton"));
        tryCompare(find("syncPage"), "visible", false);
        tryCompare(Shell, "role", "supervisor");
    }

    function cleanupTestCase() {
        win.destroy();
    }

    function test_a_supervisorDestinations() {
        const names = Shell.destinations.map(d => d.name);
        compare(names, ["review", "team", "childVoices", "accessLog"], "a supervisor's app is not a social worker's");
        verify(find("reviewList"), "the queue is the first page");
        verify(!find("nav_cases") && !find("bar_cases"), "no case list to edit");
    }

    function test_b_returnOfflineAnswerApprove() {
        const queue = find("reviewQueue");
        tryVerify(() => queue.count > 0, 10000, "the team's entries came down");
        const picked = rowOf(queue, worker1, "visit");
        verify(picked, "a signed visit of worker1 waits for review");
        const visitId = picked.recordId;
        const entry = openEntry(visitId);
        compare(entry.status, "toReview");
        verify(onPage("decisionBar").visible, "approve and return are offered");
        verify(entry.fields.length > 0, "the visit is shown as text");

        // The server is out of reach: the return waits on this tablet and syncs later.
        TestServer.stop();
        tap(onPage("returnButton"));
        const dialog = onPage("returnDialog");
        tryCompare(dialog, "opened", true);
        tap(onPage("confirmReturnButton"));
        verify(dialog.opened, "a return needs a comment");
        compare(entry.errorText, "Skriv vad socialsekreteraren ska rätta eller lägga till.");
        typeInto(onPage("returnComment"), "Skriv vad barnet sa om skolan.");
        tap(onPage("confirmReturnButton"));
        tryCompare(dialog, "visible", false);
        tryCompare(entry, "status", "returned");
        verify(entry.decisionPending, "the decision waits for the server");
        verify(!onPage("decisionBar").visible, "decided once");
        compare(entry.statusText, "Återförvisad · inte skickad än");
        verify(TestServer.restart(), "the server is back");
        syncNow();
        tryCompare(entry, "decisionPending", false, 10000);
        const returned = TestServer.serverVersion("supervisor1", "visit", visitId);

        // worker1 answers from their own tablet with an amendment.
        compare(TestServer.createElsewhere("worker1", "visit_amendment", {
                    "visit_id": visitId,
                    "text": "Barnet sa att skolan går bra och att hon har en ny kompis.",
                    "signed_at": new Date().toISOString()
                }), "applied");
        syncNow();
        tryCompare(entry, "status", "toReview", 10000);
        verify(entry.version > returned, "the amendment made a new version of the entry");
        compare(entry.statusText, "Granska igen: besvarad efter återförvisningen");
        tryVerify(() => onPage("comparisonCard").visible, 5000, "returned and current side by side");
        const amendments = entry.comparison.filter(c => c.changed);
        compare(amendments.length, 1, "only the amendments changed");
        verify(amendments[0].after.indexOf("ny kompis") >= 0);
        verify(entry.amendments[entry.amendments.length - 1].isNew, "the answer is marked new");
        tap(onPage("approveButton"));
        tryCompare(onPage("approveDialog"), "opened", true);
        tap(onPage("confirmApproveButton"));
        tryCompare(onPage("approveDialog"), "visible", false);
        tryCompare(entry, "status", "approved");
        syncNow();
        const server = TestServer.serverData("worker1", "visit", visitId);
        compare(server.status, "signed");
        // Locked on the server: worker1's own change is refused.
        compare(TestServer.editElsewhere("worker1", "visit", visitId, {
                    "note": "ändrad"
                }), -1, "an approved visit cannot be changed");
        const history = entry.history.map(h => h.title).join("\n");
        verify(history.indexOf("Återförvisad") >= 0 && history.indexOf("Godkänd") >= 0, history);
        back();
    }

    function test_c_secondDecisionIsAVisibleConflict() {
        const queue = find("reviewQueue");
        const picked = rowOf(queue, worker1, "visit");
        verify(picked, "another signed visit of worker1 waits");
        const visitId = picked.recordId;
        const entry = openEntry(visitId);
        // The opening is logged and synced; then the tablet goes out of reach right after a deputy
        // (another device of the team's supervisor) decided on the same version.
        tryCompare(Sync, "busy", false, 30000);
        tryCompare(Sync, "pending", 0, 30000);
        compare(TestServer.createElsewhere("supervisor1", "review", {
                    "target_entity": "visit",
                    "target_id": visitId,
                    "target_version": TestServer.serverVersion("supervisor1", "visit", visitId),
                    "decision": "approved",
                    "comment": ""
                }), "applied");
        TestServer.stop();
        verify(onPage("decisionBar").visible, "this tablet has not heard of it");
        tap(onPage("approveButton"));
        tryCompare(onPage("approveDialog"), "opened", true);
        tap(onPage("confirmApproveButton"));
        tryCompare(onPage("approveDialog"), "visible", false);
        verify(TestServer.restart(), "the server is back");
        Sync.syncNow();
        tryCompare(Sync, "busy", false, 30000);
        tryVerify(() => entry.refusedText !== "", 10000, "the refusal is shown on the entry");
        compare(entry.refusedText, "Ditt beslut gick inte igenom: en annan arbetsledare eller en annan av dina enheter hade redan beslutat om den här versionen. Det beslutet gäller.");
        verify(Sync.needsAttention > 0, "and in the needs-attention list");
        compare(entry.status, "approved", "the other decision stands");
        back();
    }

    name: "ReviewLoop"
    when: windowShown
    visible: true

    Component {
        id: windowComponent

        Main {
        }
    }
}
