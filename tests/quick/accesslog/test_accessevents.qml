// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Barntid
import Barntid.Models
import BarntidAccessTest

// Every opening of a case or a visit on the tablet is one access_event on the server, reads made
// offline included (the tst_accesslogflow runner: a real barntid-server with the demo
// municipality, a real encrypted store, the real app window at tablet size, Swedish UI).
// worker1 opens cases beside the list and visits over them, by tapping as a worker does; a tap on
// the case already shown, coming back from a visit, a day's refresh and turning the tablet (the
// case's page rebuilt on the stack and back beside the list) are no new opening; with
// the server stopped more cases and a visit are opened, and the tablet is locked and unlocked in
// the middle of the visit (the restored case and visit are read again). After the server is back
// and the tablet has synced, supervisor1 pulls over HTTP: exactly those openings from this
// device, one record each with the right ids and case, by worker1, and no record text in them.
TestCase {
    id: testCase

    readonly property string pin: "482915"
    // What was opened, in order: {entity, id, caseId}.
    property var openings: []
    // The notes of the visits opened: none may be in an access event.
    property var notes: []

    function openWindow() {
        const win = createTemporaryObject(windowComponent, testCase, {
                "width": 1280,
                "height": 800
            });
        verify(win, "the window was created");
        win.show();
        win.requestActivate();
        tryVerify(() => win.active, 5000, "the window became active");
        waitForRendering(win.contentItem);
        return win;
    }

    function find(win, name) {
        return findChild(win.contentItem, name) || findChild(win, name);
    }

    function expectOpenings(why) {
        tryCompare(localLog, "count", openings.length, 5000, why);
    }

    // The ids of the case list's rows, in their order.
    function caseIds(win) {
        const caseList = find(win, "caseList");
        tryVerify(() => caseList.count >= 3, 10000, "worker1's cases came down");
        waitForRendering(caseList);
        const ids = [];
        for (let i = 0; i < caseList.count; ++i)
            ids.push(caseList.itemAtIndex(i).model.id);
        return ids;
    }

    // Taps the case's row in the list; the case shows beside the list.
    function openCase(win, caseId) {
        const caseList = find(win, "caseList");
        waitForRendering(caseList);
        let index = -1;
        for (let i = 0; i < caseList.count && index < 0; ++i) {
            if (caseList.itemAtIndex(i).model.id === caseId)
                index = i;
        }
        verify(index >= 0, "the case is in the list");
        // "Today" above the list grows with the day's drafts: the row may need scrolling to.
        caseList.positionViewAtIndex(index, ListView.Contain);
        waitForRendering(caseList);
        const row = caseList.itemAtIndex(index);
        const home = find(win, "homePage");
        const before = home.selectedCaseId;
        mouseClick(row);
        compare(home.selectedCaseId, caseId, `the case is chosen (was ${before}, after ${openings.length} openings)`);
        const detail = find(win, "caseDetail");
        tryVerify(() => detail.status === Loader.Ready && detail.item.caseId === caseId, 5000, "the case shows beside the list");
        if (caseId !== before)
            openings.push({
                    "entity": "case",
                    "id": caseId,
                    "caseId": caseId
                });
    }

    // Taps a visit of the case shown; the visit opens over list and case.
    function openVisit(win, row) {
        const detail = find(win, "caseDetail");
        const visitList = findChild(detail.item, "visitList");
        tryVerify(() => visitList.count > row, 10000, "the case has the visit");
        waitForRendering(visitList);
        mouseClick(visitList.itemAtIndex(row));
        const stack = find(win, "stack");
        tryCompare(stack, "depth", 2);
        tryCompare(stack, "busy", false);
        const editor = stack.currentItem.editor;
        verify(editor.visitId !== "", "the visit is loaded");
        openings.push({
                "entity": "visit",
                "id": editor.visitId,
                "caseId": editor.caseId
            });
        if (editor.note.trim().length >= 4)
            notes.push(editor.note.trim());
        return editor.visitId;
    }

    function backFromVisit(win) {
        const stack = find(win, "stack");
        mouseClick(find(win, "visitBackButton"));
        tryCompare(stack, "depth", 1);
        tryCompare(stack, "busy", false);
    }

    function syncAll() {
        tryVerify(() => !Sync.busy, 30000, "no sync running");
        Sync.syncNow();
        tryCompare(Sync, "pending", 0, 30000);
        tryCompare(Sync, "status", Sync.UpToDate, 30000);
    }

    function initTestCase() {
        Sync.signIn(Sync.serverUrl, "worker1", "barntid-demo");
        tryCompare(Sync, "signedIn", true, 20000);
        tryCompare(Sync, "status", Sync.UpToDate, 30000);
    }

    function test_everyOpeningReachesTheServerOnce() {
        const win = openWindow();
        verify(find(win, "homePage").split, "list and case side by side at 1280 px");
        expectOpenings("nothing is opened by showing the case list");

        // Online: two cases, the first again, and a visit of it.
        const ids = caseIds(win);
        openCase(win, ids[0]);
        openCase(win, ids[1]);
        openCase(win, ids[0]);
        openCase(win, ids[0]); // a tap on the case shown changes nothing
        compare(openings.length, 3);
        expectOpenings("three case openings");
        find(win, "caseDetail").item.refresh(); // as at midnight
        openVisit(win, 0);
        expectOpenings("and the visit");
        backFromVisit(win);
        expectOpenings("coming back to the case is no new opening");
        // The tablet turned to portrait and back: the case moves onto the stack and back beside
        // the list, a new page each time, but it was never closed.
        const stack = find(win, "stack");
        win.width = 800;
        tryCompare(stack, "depth", 2, 5000, "the case went onto the stack");
        tryCompare(stack, "busy", false);
        compare(stack.currentItem.caseId, ids[0]);
        win.width = 1280;
        tryCompare(stack, "depth", 1, 5000, "the case is beside the list again");
        const detail = find(win, "caseDetail");
        tryVerify(() => detail.status === Loader.Ready && detail.item.caseId === ids[0], 5000);
        expectOpenings("turning the tablet is no new opening");
        syncAll();
        const online = openings.length;

        // Offline: another case and its visit; locked and unlocked in the middle of the visit.
        AccessTest.stopServer();
        openCase(win, ids[2]);
        const visitId = openVisit(win, 0);
        expectOpenings("two openings offline");
        Session.lock();
        tryCompare(Session, "state", Session.Locked);
        Session.unlock(pin);
        tryCompare(Session, "state", Session.Open, 30000);
        // The shell was torn down with the lock and built anew.
        const restored = find(win, "stack");
        tryCompare(restored, "busy", false);
        tryCompare(restored, "depth", 2, 5000, "the visit is back over the case");
        compare(restored.currentItem.editor.visitId, visitId);
        compare(find(win, "homePage").selectedCaseId, ids[2]);
        // Read again after unlock: the case beside the list and the visit over it.
        openings.push({
                "entity": "case",
                "id": ids[2],
                "caseId": ids[2]
            }, {
                "entity": "visit",
                "id": visitId,
                "caseId": ids[2]
            });
        expectOpenings("the restored case and visit are opened again");
        backFromVisit(win);
        openCase(win, ids[1]);
        expectOpenings("one more case offline");
        compare(openings.length - online, 5);
        let waiting = 0;
        for (let i = 0; i < localLog.count; ++i)
            waiting += localLog.data(localLog.index(i, 0), AccessLogModel.PendingRole) ? 1 : 0;
        compare(waiting, 5, "the five openings made offline wait for the server");

        // Back online: everything goes up.
        verify(AccessTest.restartServer(), "the server is back");
        syncAll();
        const view = AccessTest.serverView("supervisor1");
        compare(view.error, "", "supervisor1 pulled everything");
        const device = AccessTest.deviceId();
        const fromDevice = view.events.filter(e => e.device_id === device);
        compare(fromDevice.length, openings.length, "one access_event per opening, no more");
        const expected = openings.map(o => `${o.entity}/${o.id}/${o.caseId}`).sort();
        const got = fromDevice.map(e => `${e.record_entity}/${e.record_id}/${e.case_id}`).sort();
        compare(got, expected, "the right records and their cases");
        const worker = AccessTest.userId("worker1");
        const allowed = ["id", "version", "created_at", "updated_at", "author_id", "device_id", "deleted", "case_id", "record_entity", "record_id", "opened_at"];
        verify(notes.length > 0, "visits with notes were opened");
        verify(view.texts.length > notes.length, "supervisor1 pulled the team's record texts");
        for (const e of fromDevice) {
            compare(e.author_id, worker, "worker1 opened it");
            verify(!isNaN(Date.parse(e.opened_at)), e.opened_at);
            for (const key of Object.keys(e))
                verify(allowed.indexOf(key) >= 0, `no field ${key} in an access event`);
            const json = JSON.stringify(e);
            for (const text of notes.concat(view.texts))
                verify(json.indexOf(text) < 0, "no record text in an access event");
        }
    }

    AccessLogModel {
        id: localLog

        session: Session
    }

    Component {
        id: windowComponent

        Main {
        }
    }
}
