// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Barntid
import Barntid.Models
import BarntidTest

// Issue 12 on the author's tablet (tst_syncflow's runner: the real server, a real store):
// worker1's signed visit is returned by supervisor1 (another device) while this tablet is not
// syncing; after its next sync the return shows in "Today" and on the visit with the comment;
// worker1 answers with an amendment made while the server is out of reach, and once that has
// synced and the supervisor approved the new version, the visit says so.
TestCase {
    id: testCase

    property var win: null

    function openWindow() {
        const w = createTemporaryObject(windowComponent, testCase, {
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

    // The Today row with this reason, or null.
    function todayRow(reason) {
        for (let i = 0; i < 50; ++i) {
            const row = find("today_" + i);
            if (!row)
                return null;
            if (row.reason === reason)
                return row;
        }
        return null;
    }

    function test_returnedAnsweredApproved() {
        win = openWindow();
        tap(find("syncIndicator"));
        tryCompare(find("syncPage"), "opened", true);
        typeInto(find("usernameField"), "worker1");
        typeInto(find("passwordField"), "barntid-demo");
        tap(find("signInButton"));
        tryCompare(Sync, "status", Sync.UpToDate, 30000);
        tap(find("closeSyncButton"));
        tryCompare(find("syncPage"), "visible", false);
        const cases = find("caseList").model;
        tryVerify(() => cases.count > 0, 10000, "worker1's cases came down");
        const caseId = cases.data(cases.index(0, 0), CaseListModel.IdRole);

        // A visit worker1 signed on another of their devices, reviewed by supervisor1 while
        // this tablet does not sync.
        const signedAt = new Date(Date.now() - 3600 * 1000).toISOString();
        compare(TestServer.createElsewhere("worker1", "visit", {
                    "case_id": caseId,
                    "kind": "home",
                    "status": "signed",
                    "present": "child_alone",
                    "note": "Hembesök, barnet visade sitt rum.",
                    "child_words": "Jag gillar min nya säng.",
                    "actual_start": signedAt,
                    "actual_end": signedAt,
                    "signed_at": signedAt
                }), "applied");
        syncNow();
        const visits = createTemporaryObject(visitListComponent, testCase, {
                "caseId": caseId
            });
        tryVerify(() => visits.count > 0);
        let visitId = "";
        for (let i = 0; i < visits.count; ++i) {
            const index = visits.index(i, 0);
            if (visits.data(index, VisitListModel.NotePreviewRole).indexOf("sitt rum") >= 0)
                visitId = visits.data(index, VisitListModel.IdRole);
        }
        verify(visitId !== "", "the visit came down");
        compare(TestServer.createElsewhere("supervisor1", "review", {
                    "target_entity": "visit",
                    "target_id": visitId,
                    "target_version": TestServer.serverVersion("supervisor1", "visit", visitId),
                    "decision": "returned",
                    "comment": "Vad sa barnet om skolan?"
                }), "applied");
        verify(!todayRow("returned"), "nothing shows before the tablet syncs");
        syncNow();
        tryVerify(() => todayRow("returned") !== null, 10000, "Today lists the return");
        const row = todayRow("returned");
        compare(row.detail, "Skickad tillbaka till dig: ”Vad sa barnet om skolan?”");
        tap(row);
        tryCompare(find("stack"), "busy", false, 5000);
        const card = find("reviewStatusCard");
        tryVerify(() => card && card.visible, 5000, "the visit shows the return");
        compare(find("reviewStatusText").text, "Skickad tillbaka till dig av din arbetsledare");
        verify(find("reviewComment").text.indexOf("Vad sa barnet om skolan?") >= 0);

        // The answer is written with the server out of reach and syncs later.
        TestServer.stop();
        typeInto(find("amendmentField"), "Barnet sa att skolan går bra.");
        tap(find("addAmendmentButton"));
        tryCompare(find("amendmentField"), "text", "", 5000, "the amendment was added");
        tryCompare(find("reviewStatusText"), "text", "Skickad tillbaka till dig: ditt svar väntar på granskning", 5000);
        verify(TestServer.restart(), "the server is back");
        syncNow();
        verify(!todayRow("returned"), "answered: no longer waiting for the worker");

        // supervisor1 approves the answered version.
        const version = TestServer.serverVersion("supervisor1", "visit", visitId);
        compare(TestServer.createElsewhere("supervisor1", "review", {
                    "target_entity": "visit",
                    "target_id": visitId,
                    "target_version": version,
                    "decision": "approved",
                    "comment": ""
                }), "applied");
        syncNow();
        tryCompare(find("reviewStatusText"), "text", "Godkänd av din arbetsledare", 10000);
    }

    name: "ReviewReturned"
    when: windowShown
    visible: true

    Component {
        id: visitListComponent

        VisitListModel {
        }
    }

    Component {
        id: windowComponent

        Main {
        }
    }
}
