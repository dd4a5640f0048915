// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Barntid
import Barntid.Models
import BarntidTest

// The visit in the field, on the real app window with the demo municipality's data (the
// tst_syncflow runner: a real barntid-server, a real encrypted store, Swedish UI), 1280×800.
// a) The standard home visit from the unlock screen to a signed visit with check-out counts its
//    presses: every tap, focusing a field, confirming, scrolling; the PIN, the note and the
//    child's words are the typed text. The bar is 10.
// b) Locked in the middle of a running visit (inactivity, the app sent to the background, the
//    lock button): the locked window holds no record text, and unlocking comes back to the same
//    visit with the timer still running and nothing lost. The barntid bar shows on other pages.
TestCase {
    id: testCase

    readonly property string pin: "482915"
    readonly property int tapBar: 10
    property int taps: 0
    // Guarded: turns null when the page it holds is destroyed.
    property Item heldVisitPage: null

    function openWindow(width, height) {
        const win = createTemporaryObject(windowComponent, testCase, {
                "width": width || 1280,
                "height": height || 800
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

    // One press, counted. An item outside what the window shows costs a scroll first (counted
    // too): the visit must fit where the worker's hand already is.
    function press(win, item) {
        verify(item, "there is something to press");
        verify(item.visible && item.enabled, `${item.objectName} can be pressed`);
        for (let p = item.parent; p; p = p.parent) {
            if (p.contentY === undefined || p.contentItem === undefined || p.height === undefined)
                continue;
            const top = item.mapToItem(p, 0, 0).y;
            if (top < 0 || top + item.height > p.height) {
                taps += 1; // a scroll
                const y = item.mapToItem(p.contentItem, 0, 0).y;
                p.contentY = Math.max(0, Math.min(y - 20, p.contentHeight - p.height));
            }
            break;
        }
        const inWindow = item.mapToItem(win.contentItem, 0, 0);
        verify(inWindow.y >= 0 && inWindow.y + item.height <= win.height + 1, `${item.objectName} is inside the window`);
        verify(item.height >= Theme.touchTarget, `${item.objectName} is ${item.height} high`);
        taps += 1;
        mouseClick(item);
    }

    // Typed text: the field must already have the focus (a press to focus it is counted apart).
    function type(field, text) {
        tryVerify(() => field.activeFocus, 2000, `${field.objectName} has the focus`);
        for (const c of text)
            keyClick(c);
    }

    function unlock(win) {
        const unlockPage = find(win, "unlockPage");
        verify(unlockPage, "locked shows the unlock page");
        type(find(win, "pinField"), pin);
        press(win, find(win, "unlockButton"));
        tryCompare(Session, "state", Session.Open, 30000);
    }

    // Every text in the item tree, to prove the locked window holds none of the visit.
    function texts(item, found) {
        if (item.text !== undefined && typeof item.text === "string" && item.text !== "")
            found.push(item.text);
        for (let i = 0; i < item.children.length; ++i)
            texts(item.children[i], found);
        return found;
    }

    function cleanup() {
        Session.autoLockSeconds = 300;
    }

    function initTestCase() {
        // Set-up, not counted: the worker signed in once, and the cases came down.
        Sync.signIn(Sync.serverUrl, "worker1", "barntid-demo");
        tryCompare(Sync, "signedIn", true, 20000);
        tryCompare(Sync, "status", Sync.UpToDate, 30000);
    }

    function test_a_standardHomeVisitTakesTenTaps() {
        const win = openWindow();
        tryVerify(() => find(win, "caseList") && find(win, "caseList").count > 0, 10000, "the demo cases came down");
        Session.lock();
        tryCompare(Session, "state", Session.Locked);
        taps = 0;
        unlock(win);

        // The case, from the case list (the first of the worker's cases).
        const caseList = find(win, "caseList");
        tryVerify(() => caseList.count > 0, 5000);
        waitForRendering(caseList);
        press(win, caseList.itemAtIndex(0));
        const stack = find(win, "stack");
        // At tablet width the case opens beside the list.
        verify(find(win, "homePage").split, "list and case side by side at 1280 px");
        tryVerify(() => find(win, "caseDetail").status === Loader.Ready, 5000, "the case shows beside the list");
        compare(stack.depth, 1);

        // "Starta hembesök" checks in: no separate press.
        press(win, find(win, "startVisitButton"));
        tryCompare(stack, "depth", 2);
        tryCompare(stack, "busy", false);
        const page = stack.currentItem;
        const editor = page.editor;
        tryVerify(() => editor.visitId !== "", 5000, "a draft was made");
        verify(editor.checkedInAt.getTime() > 0, "starting the visit checked in");
        verify(find(win, "visitTitle").text.indexOf(Sync.displayName) < 0, "the title names the case, not the worker");
        verify(find(win, "visitTitle").text.indexOf(" · ") > 0, find(win, "visitTitle").text);
        press(win, find(win, "present_child_alone"));
        compare(editor.present, "child_alone");
        press(win, find(win, "timerButton"));
        verify(page.timer.running, "barntid runs");
        press(win, find(win, "noteField"));
        type(find(win, "noteField"), "Samtal i koket.");
        press(win, find(win, "childWordsField"));
        type(find(win, "childWordsField"), "Jag vill spela.");

        // Signing says what it does, then stops barntid and checks out.
        wait(1100); // a segment under a second is a double tap, not barntid
        verify(page.timer.elapsedSeconds >= 1, `barntid counted ${page.timer.elapsedSeconds} s`);
        press(win, find(win, "signButton"));
        const dialog = find(win, "signDialog");
        tryCompare(dialog, "opened", true);
        const effects = find(win, "signEffects").text;
        verify(effects.indexOf("stoppar barntid") >= 0, effects);
        verify(effects.indexOf("checkar ut") >= 0, effects);
        press(win, find(win, "confirmSignButton"));
        tryCompare(editor, "isSigned", true, 5000);
        verify(editor.checkedOutAt.getTime() > 0, "signing checked out");
        verify(!page.timer.running, "signing stopped barntid");
        compare(page.timer.segments.length, 1);
        compare(editor.note, "Samtal i koket.");
        compare(editor.childWords, "Jag vill spela.");
        console.log(`${taps} taps`);
        verify(taps <= tapBar, `the standard home visit took ${taps} taps (bar: ${tapBar})`);
    }

    function test_b_lockMidVisitComesBack() {
        const win = openWindow();
        const stack = find(win, "stack");
        tryCompare(stack, "busy", false);
        while (stack.depth > 1)
            stack.pop(null, StackView.Immediate);
        const caseList = find(win, "caseList");
        tryVerify(() => caseList.count > 1, 5000);
        waitForRendering(caseList);
        mouseClick(caseList.itemAtIndex(1));
        tryVerify(() => find(win, "caseDetail").status === Loader.Ready, 5000, "the case shows beside the list");
        waitForRendering(find(win, "caseDetail"));
        mouseClick(find(win, "startVisitButton"));
        tryCompare(stack, "depth", 2);
        tryCompare(stack, "busy", false);
        const visitId = stack.currentItem.editor.visitId;
        const caseId = stack.currentItem.editor.caseId;
        verify(visitId !== "");
        mouseClick(find(win, "timerButton"));
        verify(stack.currentItem.timer.running);
        mouseClick(find(win, "noteField"));
        type(find(win, "noteField"), "Mitt i besoket");
        const subject = find(win, "visitTitle").text;
        heldVisitPage = stack.currentItem;

        // 1. Inactivity.
        Session.autoLockSeconds = 1;
        tryCompare(Session, "state", Session.Locked, 10000);
        Session.autoLockSeconds = 300;
        tryVerify(() => heldVisitPage === null, 5000, "the visit page was destroyed, not hidden");
        const lockedTexts = texts(win.contentItem, []);
        for (const t of lockedTexts) {
            verify(t.indexOf("Mitt i besoket") < 0, "the note is not in the locked window");
            verify(t.indexOf(subject) < 0, `the case is not in the locked window: ${t}`);
        }
        unlock(win);
        let back = find(win, "stack");
        tryCompare(back, "busy", false);
        tryCompare(back, "depth", 2, 5000, "the case list with the case beside it, the visit over both");
        compare(back.get(0).selectedCaseId, caseId, "the visit's case is chosen in the list");
        compare(back.currentItem.editor.visitId, visitId, "the same visit is open");
        verify(back.currentItem.timer.running, "barntid still runs");
        compare(back.currentItem.editor.note, "Mitt i besoket", "nothing typed was lost");
        compare(find(win, "visitTitle").text, subject);

        // 2. The app sent to the background.
        heldVisitPage = back.currentItem;
        TestServer.sendAppToBackground();
        tryCompare(Session, "state", Session.Locked, 5000);
        tryVerify(() => heldVisitPage === null, 5000);
        unlock(win);
        back = find(win, "stack");
        tryCompare(back, "depth", 2, 5000, "the place comes back");
        tryCompare(back, "busy", false);
        compare(back.currentItem.editor.visitId, visitId);
        verify(back.currentItem.timer.running);

        // The barntid bar on another page opens the visit again.
        const bar = find(win, "barntidBar");
        verify(!bar.visible, "not over its own visit");
        mouseClick(find(win, "nav_week"));
        tryVerify(() => bar.visible && bar.height >= Theme.touchTarget, 2000, "the bar shows on the week page");
        waitForRendering(win.contentItem);
        verify(find(win, "barntidBarOpen").text.startsWith("Barntid "), find(win, "barntidBarOpen").text);
        mouseClick(find(win, "barntidBarOpen"));
        back = find(win, "stack");
        tryCompare(back, "busy", false);
        tryVerify(() => back.currentItem.editor !== undefined && back.currentItem.editor.visitId === visitId, 2000);
        tryVerify(() => !bar.visible, 2000, "the bar gives way to its visit");

        // 3. The lock button (the screen cover), in the rail at the thumb.
        mouseClick(find(win, "lockButton"));
        compare(Session.state, Session.Locked);
        unlock(win);
        back = find(win, "stack");
        tryCompare(back, "depth", 2, 5000, "the place comes back");
        tryCompare(back, "busy", false);
        compare(back.currentItem.editor.visitId, visitId);
        verify(back.currentItem.timer.running);

        // Stoppa on the bar ends the segment everywhere (a new window after the unlock).
        const newBar = find(win, "barntidBar");
        mouseClick(find(win, "nav_week"));
        tryVerify(() => newBar.visible && newBar.height >= Theme.touchTarget, 2000);
        waitForRendering(win.contentItem);
        mouseClick(find(win, "barntidBarStop"));
        tryVerify(() => !newBar.visible, 2000, "the bar goes when barntid stops");
        mouseClick(find(win, "nav_cases"));
        verify(!back.currentItem.timer.running, "the visit page agrees: stopped");
    }

    // On a phone the pages stack: unlocking rebuilds list, case and visit in that order.
    function test_c_phoneComesBackStacked() {
        const win = openWindow(390, 844);
        const stack = find(win, "stack");
        tryCompare(stack, "busy", false);
        while (stack.depth > 1)
            stack.pop(null, StackView.Immediate);
        verify(!find(win, "homePage").split, "no list beside the case on a phone");
        const caseList = find(win, "caseList");
        tryVerify(() => caseList.count > 1, 5000);
        waitForRendering(caseList);
        mouseClick(caseList.itemAtIndex(1));
        tryCompare(stack, "depth", 2);
        tryCompare(stack, "busy", false);
        const caseId = stack.currentItem.caseId;
        mouseClick(find(win, "startVisitButton"));
        tryCompare(stack, "depth", 3);
        tryCompare(stack, "busy", false);
        const visitId = stack.currentItem.editor.visitId;
        verify(visitId !== "");
        mouseClick(find(win, "lockButton"));
        compare(Session.state, Session.Locked);
        unlock(win);
        const back = find(win, "stack");
        tryCompare(back, "depth", 3, 5000, "case list, case, visit");
        tryCompare(back, "busy", false);
        compare(back.get(1).caseId, caseId);
        compare(back.currentItem.editor.visitId, visitId);
    }

    Component {
        id: windowComponent

        Main {
        }
    }
}
