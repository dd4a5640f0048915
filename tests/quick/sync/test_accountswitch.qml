// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Barntid
import Barntid.Models
import BarntidTest

// Issue 10 through the sync page, on a store of its own (tst_syncflow's runner, another
// process): worker1 signs in and syncs; a case made with the server out of reach waits on the
// tablet, so worker4 is refused in Swedish and nothing is removed. Once worker1 has sent it and
// signed out, worker4 signs in: worker1's cases leave the case list, worker4's come down, and the
// page says the previous account's data was removed from this tablet.
TestCase {
    id: testCase

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

    function typeInto(field, text) {
        verify(field && field.visible && field.enabled, `${field.objectName} can be typed into`);
        mouseClick(field);
        tryVerify(() => field.activeFocus, 2000, `${field.objectName} has the focus`);
        field.clear();
        for (const c of text)
            keyClick(c);
        compare(field.text, text);
    }

    function tap(item) {
        verify(item && item.visible && item.enabled, `${item.objectName} can be tapped`);
        mouseClick(item);
    }

    function signInAs(win, username) {
        tap(find(win, "syncIndicator"));
        tryCompare(find(win, "syncPage"), "opened", true);
        typeInto(find(win, "usernameField"), username);
        typeInto(find(win, "passwordField"), "barntid-demo");
        tap(find(win, "signInButton"));
    }

    function signOut(win) {
        tap(find(win, "signOutButton"));
        // Signing out asks first (issue 11, item 5).
        tryCompare(find(win, "signOutDialog"), "opened", true);
        tap(find(win, "confirmSignOutButton"));
        tryCompare(find(win, "signOutDialog"), "visible", false);
        tryCompare(Sync, "signedIn", false);
        tap(find(win, "closeSyncButton"));
        tryCompare(find(win, "syncPage"), "visible", false);
    }

    // Every case id the list holds, in its order.
    function caseIds(model) {
        const ids = [];
        for (let i = 0; i < model.count; ++i)
            ids.push(model.data(model.index(i, 0), CaseListModel.IdRole));
        return ids;
    }

    function test_anotherAccountOnTheTablet() {
        const win = openWindow();
        const model = find(win, "caseList").model;
        signInAs(win, "worker1");
        tryCompare(Sync, "status", Sync.UpToDate, 30000);
        verify(!find(win, "accountReplacedNotice").visible, "the first account removes nothing");
        tryVerify(() => model.count > 0, 10000, "worker1's cases came down");

        // Made while the server is out of reach: it waits on the tablet, and worker4 is refused
        // before the server is asked.
        TestServer.stop();
        const cases = createTemporaryObject(caseListComponent, testCase);
        const offline = cases.createCase("2026-2001", "Väntar V.", 0, false);
        verify(offline !== "", "a case made offline");
        tryCompare(Sync, "pending", 1, 5000);
        tryCompare(Sync, "busy", false, 30000);
        signOut(win);
        model.reload(); // made through another model: the list reloads after a sync otherwise
        verify(caseIds(model).indexOf(offline) >= 0, "the list shows it");
        const before = caseIds(model);
        signInAs(win, "worker4");
        tryCompare(find(win, "signInError"), "text", "Den här enheten har arbete från ett annat konto som inte har skickats. Det kontot måste logga in och skicka det först.", 20000);
        verify(find(win, "signInError").visible);
        verify(!Sync.signedIn);
        compare(Sync.pending, 1, "the work is kept");
        compare(caseIds(model), before, "nothing was removed");

        // worker1 sends it and signs out; nothing of worker1's waits any more.
        verify(TestServer.restart(), "the server is back");
        typeInto(find(win, "usernameField"), "worker1");
        typeInto(find(win, "passwordField"), "barntid-demo");
        tap(find(win, "signInButton"));
        tryCompare(Sync, "signedIn", true, 20000);
        tryCompare(Sync, "pending", 0, 30000);
        tryCompare(Sync, "status", Sync.UpToDate, 30000);
        verify(!find(win, "accountReplacedNotice").visible, "the same account keeps its data");
        const worker1Cases = caseIds(model);
        verify(worker1Cases.indexOf(offline) >= 0);
        signOut(win);

        // worker4: the tablet now holds worker4's cases and none of worker1's.
        signInAs(win, "worker4");
        tryCompare(Sync, "signedIn", true, 20000);
        tryCompare(Sync, "status", Sync.UpToDate, 30000);
        const notice = find(win, "accountReplacedNotice");
        verify(notice.visible, "the page says what happened");
        compare(notice.text, "Ett annat konto har loggat in: det tidigare kontots uppgifter har tagits bort från den här enheten.");
        tryVerify(() => model.count > 0, 10000, "worker4's cases came down");
        const after = caseIds(model);
        for (const id of worker1Cases)
            verify(after.indexOf(id) < 0, `worker1's case ${id} is no longer listed`);
        compare(Object.keys(model.caseData(offline)).length, 0, "nor found by its id");
    }

    name: "AccountSwitch"
    when: windowShown
    visible: true

    Component {
        id: caseListComponent

        CaseListModel {
        }
    }

    Component {
        id: windowComponent

        Main {
        }
    }
}
