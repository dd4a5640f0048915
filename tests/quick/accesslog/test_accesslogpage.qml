// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Barntid
import Barntid.Models
import BarntidAccessTest

// Loggkontroll on supervisor1's tablet against the real server (the tst_accesslogflow runner:
// barntid-server with the demo municipality, a real encrypted store, Swedish UI). worker1 and
// worker2 opened cases on their own tablets (real pushes); supervisor1's device syncs and the
// page lists those openings, newest first, by name once the team roster is there ("Okänd
// användare" before); filters by worker, period and case number narrow the list; "Exportera
// CSV" points at the server's page and writes no file; the supervisor's own opening shows as not
// on the server until the device has synced.
TestCase {
    id: testCase

    property var worker1Openings: []
    property var worker2Openings: []

    function openPage() {
        const win = createTemporaryObject(windowComponent, testCase);
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

    // The rows on screen, as their accessible names (which are the visible text).
    function rows(win) {
        const list = find(win, "accessLogList");
        waitForRendering(list);
        const out = [];
        for (let i = 0; i < list.count; ++i) {
            const row = list.itemAtIndex(i);
            verify(row, `row ${i} is on screen`);
            const head = findChild(row, "accessLogHead").text;
            const detail = findChild(row, "accessLogDetail").text;
            const pending = findChild(row, "accessLogPending");
            const visible = [head, detail].concat(pending.visible ? [pending.text] : []);
            compare(row.Accessible.name, visible.join(", "), "the accessible name is the visible text");
            out.push({
                    "head": head,
                    "detail": detail,
                    "pending": pending.visible
                });
        }
        return out;
    }

    function chooseWorker(win, userId) {
        const box = find(win, "workerFilterBox");
        mouseClick(box);
        tryCompare(box.popup, "opened", true);
        const index = box.indexOfValue(userId);
        verify(index >= 0, "the worker is a choice");
        const view = box.popup.contentItem;
        view.positionViewAtIndex(index, ListView.Contain);
        waitForRendering(view);
        mouseClick(view.itemAtIndex(index));
        tryCompare(box.popup, "visible", false);
        compare(box.currentValue, userId);
    }

    function syncAll() {
        tryVerify(() => !Sync.busy, 30000, "no sync running");
        Sync.syncNow();
        tryCompare(Sync, "pending", 0, 30000);
        tryCompare(Sync, "status", Sync.UpToDate, 30000);
    }

    function initTestCase() {
        worker1Openings = AccessTest.pushOpenings("worker1", 3);
        compare(worker1Openings.length, 3, "worker1 opened three cases");
        worker2Openings = AccessTest.pushOpenings("worker2", 2);
        compare(worker2Openings.length, 2, "worker2 opened two cases");
        // supervisor1 signed in on a computer too: its name is known from its login answer.
        verify(AccessTest.displayName("supervisor1") !== "");
        Sync.signIn(Sync.serverUrl, "supervisor1", "barntid-demo");
        tryCompare(Sync, "signedIn", true, 20000);
        tryCompare(Sync, "status", Sync.UpToDate, 30000);
    }

    function test_a_listsTheTeamsOpenings() {
        const win = openPage();
        const page = find(win, "accessLogPage");
        verify(!find(win, "accessLogBackButton").visible, "the first page has no way back");
        const list = find(win, "accessLogList");
        tryCompare(list, "count", 5, 10000, "the team's five openings");
        const numbers = worker1Openings.concat(worker2Openings).map(o => o.caseNumber);
        for (const row of rows(win)) {
            // The sync brought the roster (GET /v1/team): the workers are named.
            verify(row.head.endsWith(" · " + AccessTest.displayName("worker1")) || row.head.endsWith(" · " + AccessTest.displayName("worker2")), row.head);
            verify(/^\d{4}-\d\d-\d\d \d\d:\d\d · /.test(row.head), row.head);
            const caseNumber = numbers.find(n => row.detail.indexOf(n) >= 0);
            verify(caseNumber !== undefined, `a case the workers opened: ${row.detail}`);
            verify(row.detail.startsWith("Ärende " + caseNumber + " · "), row.detail);
            verify(!row.pending, "on the server");
        }
        compare(find(win, "accessLogCount").text, "5 åtkomster");

        // The roster arrives (as GET /v1/team will give it): names and devices.
        writeRoster();
        const anna = AccessTest.displayName("worker1");
        const johan = AccessTest.displayName("worker2");
        verify(anna !== "" && johan !== "");
        tryVerify(() => rows(win).filter(r => r.head.endsWith(" · " + anna)).length === 3, 5000, "worker1's three openings by name");
        const johans = rows(win).filter(r => r.head.endsWith(" · " + johan));
        compare(johans.length, 2);
        for (const row of johans)
            verify(row.detail.endsWith(" · e2e worker2"), row.detail);
        verify(page.model.count === 5);
    }

    // The roster as test_a leaves it, whether or not test_a ran through.
    function writeRoster() {
        verify(AccessTest.writeRoster(["supervisor1", "worker1", "worker2"]));
        TeamRoster.refresh();
    }

    function test_b_filtersNarrowTheList() {
        writeRoster();
        const win = openPage();
        const list = find(win, "accessLogList");
        tryCompare(list, "count", 5, 10000);
        const anna = AccessTest.displayName("worker1");

        // By worker, from the roster's names.
        chooseWorker(win, AccessTest.userId("worker1"));
        tryCompare(list, "count", 3);
        for (const row of rows(win))
            verify(row.head.endsWith(" · " + anna), row.head);

        // By period, in Stockholm days: the newest opening's day holds those of that day, the
        // days before the oldest none.
        const page = find(win, "accessLogPage");
        const days = [];
        for (let i = 0; i < page.model.count; ++i)
            days.push(StockholmTime.date(page.model.data(page.model.index(i, 0), AccessLogModel.OpenedAtRole)));
        const newestDay = days[0];
        const before = new Date(days[days.length - 1] + "T12:00:00Z");
        before.setUTCDate(before.getUTCDate() - 1);
        const from = find(win, "fromDateField");
        const to = find(win, "toDateField");
        from.date = newestDay;
        to.date = newestDay;
        compare(list.count, days.filter(d => d === newestDay).length);
        verify(list.count > 0);
        from.date = "";
        to.date = before.toISOString().slice(0, 10);
        compare(list.count, 0);
        const empty = find(win, "accessLogEmpty");
        tryVerify(() => empty.visible, 5000, "the empty list says why");
        compare(empty.text, "Ingen åtkomst matchar filtren.");
        to.date = "";
        compare(list.count, 3);

        // By case number: a part of it is enough.
        const number = worker1Openings[1].caseNumber;
        const field = find(win, "caseFilterField");
        mouseClick(field);
        tryVerify(() => field.activeFocus, 2000);
        for (const c of number.slice(-4))
            keyClick(c);
        compare(list.count, 1);
        verify(rows(win)[0].detail.indexOf(number) >= 0);

        // Everyone again, still that case.
        chooseWorker(win, "");
        compare(list.count, 1);
    }

    function test_c_exportIsMadeOnTheServer() {
        const win = openPage();
        mouseClick(find(win, "exportCsvButton"));
        const dialog = find(win, "exportDialog");
        tryCompare(dialog, "opened", true);
        compare(find(win, "exportAddress").text, Sync.serverUrl.replace(/\/+$/, "") + "/loggkontroll");
        verify(find(win, "exportExplanation").text.indexOf("dator") >= 0, find(win, "exportExplanation").text);
        compare(AccessTest.csvFiles(), 0, "no file on the tablet");
        mouseClick(find(win, "closeExportButton"));
        tryCompare(dialog, "visible", false);
        compare(AccessTest.csvFiles(), 0);
    }

    function test_d_ownOpeningWaitsForTheServer() {
        writeRoster();
        const win = openPage();
        const list = find(win, "accessLogList");
        tryCompare(list, "count", 5, 10000);
        AccessTest.stopServer();
        // The supervisor reads a case of the team on this tablet, offline.
        verify(AccessLog.opened("case", worker2Openings[0].caseId));
        tryCompare(list, "count", 6);
        const newest = rows(win)[0];
        verify(newest.pending, "not on the server yet");
        verify(newest.head.endsWith(" · " + AccessTest.displayName("supervisor1")), newest.head);
        verify(newest.detail.endsWith(" · Den här enheten"), newest.detail);
        verify(AccessTest.restartServer());
        syncAll();
        tryVerify(() => !rows(win)[0].pending, 5000, "on the server after the sync");
        compare(list.count, 6);
    }

    Component {
        id: windowComponent

        ApplicationWindow {
            width: 1280
            height: 800

            StackView {
                anchors.fill: parent

                initialItem: AccessLogPage {
                    objectName: "accessLogPage"
                }
            }
        }
    }
}
