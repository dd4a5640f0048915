// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Barntid
import Barntid.Models
import BarntidTest

// The home visit flow end to end on the real pages over a real encrypted store
// (tst_visitflow.cpp opens it in a temporary folder): a new case, a visit started from it, the
// barntid timer on a moved clock, notes and the child's own words saved as typed, signing that
// ends editing, and an amendment listed below the original.
TestCase {
    id: testCase

    function openWindow(width, height) {
        const win = createTemporaryObject(windowComponent, testCase, {
                "width": width,
                "height": height
            });
        verify(win, "the window was created");
        win.show();
        win.requestActivate();
        tryVerify(() => win.active, 5000, "the window became active");
        waitForRendering(win.contentItem);
        return win;
    }

    // Looks in the window's items, then among all its objects (dialogs are not items).
    function find(win, name) {
        return findChild(win.contentItem, name) || findChild(win, name);
    }

    // Scrolls the item into view if it is inside a Flickable, then taps it.
    function tap(item) {
        verify(item, "there is something to tap");
        verify(item.visible && item.enabled, `${item.objectName} can be tapped`);
        for (let p = item.parent; p; p = p.parent) {
            if (p.contentY !== undefined && p.contentHeight !== undefined && p.contentItem) {
                const y = item.mapToItem(p.contentItem, 0, 0).y;
                p.contentY = Math.max(0, Math.min(y - 20, p.contentHeight - p.height));
                break;
            }
        }
        verify(item.height >= Theme.touchTarget, `${item.objectName} is ${item.height} high`);
        verify(item.Accessible.name.length > 0, `${item.objectName} has an accessible name`);
        mouseClick(item);
    }

    function typeInto(field, text) {
        tap(field);
        tryVerify(() => field.activeFocus, 2000, `${field.objectName} has the focus`);
        for (const c of text)
            keyClick(c);
        compare(field.text, text);
    }

    function test_visitFromCaseToAmendment() {
        const win = openWindow(1280, 800);
        const stack = find(win, "stack");
        const casesBefore = find(win, "caseList").count;

        // A new case, from the case list.
        tap(find(win, "newCaseButton"));
        const dialog = find(win, "newCaseDialog");
        verify(dialog, "the new-case dialog exists");
        tryCompare(dialog, "opened", true);
        typeInto(find(win, "caseNumberField"), "2026-0142");
        typeInto(find(win, "childNameField"), "Alva K.");
        typeInto(find(win, "birthYearField"), "2015");
        tap(find(win, "createCaseButton"));
        tryCompare(dialog, "visible", false);
        tryCompare(stack, "depth", 2);
        tryCompare(stack, "busy", false);
        const casePage = stack.currentItem;
        verify(casePage.caseId !== "");
        compare(find(win, "caseTitle").text, "Alva K.");
        compare(find(win, "visitList").count, 0);

        // A home visit, from the case.
        tap(find(win, "startVisitButton"));
        tryCompare(stack, "depth", 3);
        tryCompare(stack, "busy", false);
        const visitPage = stack.currentItem;
        const editor = visitPage.editor;
        const timer = visitPage.timer;
        verify(editor.visitId !== "", "a draft was created");
        compare(editor.caseId, casePage.caseId);
        compare(editor.statusText, "Draft");
        compare(find(win, "kindBox").currentValue, "home");
        compare(find(win, "kindBox").displayText, "Home visit");
        tap(find(win, "checkInButton"));
        verify(!isNaN(editor.checkedInAt.getTime()), "checked in");
        tap(find(win, "present_child_with_carers"));
        compare(editor.present, "child_with_carers");

        // Barntid: a segment of twelve minutes in person.
        const timerButton = find(win, "timerButton");
        tap(timerButton);
        verify(timer.running);
        compare(timerButton.text, "Stop barntid");
        TestClock.advance(12 * 60 * 1000);
        tryCompare(find(win, "timerDisplay"), "text", "0:12:00", 3000);
        tap(timerButton);
        verify(!timer.running);
        compare(timer.segments.length, 1);
        compare(timer.totalSeconds, 12 * 60);
        compare(find(win, "timerDisplay").text, "0:12:00");
        verify(find(win, "segment_0").text.indexOf("In person") >= 0);

        // The note and the child's words, saved as they are typed.
        typeInto(find(win, "noteField"), "Alva visade sitt rum.");
        typeInto(find(win, "childWordsField"), "Jag vill bo kvar.");
        tap(find(win, "bbic_needs.emotional_behavioural"));
        compare(editor.bbic, ["needs.emotional_behavioural"]);
        tryCompare(editor, "dirty", false, 1500);
        verify(find(win, "savedIndicator").text.indexOf("Saved ") >= 0, find(win, "savedIndicator").text);
        compare(editor.note, "Alva visade sitt rum.");
        compare(editor.childWords, "Jag vill bo kvar.");

        // Signing asks first, then ends editing.
        tap(find(win, "signButton"));
        const signDialog = find(win, "signDialog");
        verify(signDialog, "the sign dialog exists");
        tryCompare(signDialog, "opened", true);
        tap(find(win, "confirmSignButton"));
        tryCompare(editor, "isSigned", true);
        compare(editor.errorText, "");
        tryCompare(signDialog, "visible", false);
        verify(!find(win, "noteField").visible, "the note is no longer editable");
        verify(!find(win, "signButton").visible);
        verify(!find(win, "timerButton").visible);
        verify(!find(win, "checkInButton").enabled);
        verify(!find(win, "present_child_alone").enabled);
        compare(find(win, "signedNote").text, "Alva visade sitt rum.");
        compare(find(win, "signedChildWords").text, "Jag vill bo kvar.");
        editor.note = "changed after signing";
        compare(editor.note, "Alva visade sitt rum.");

        // An amendment, listed below the original.
        verify(!find(win, "addAmendmentButton").enabled, "nothing typed, nothing to add");
        typeInto(find(win, "amendmentField"), "Pappa kom hem vid tre.");
        tap(find(win, "addAmendmentButton"));
        tryCompare(editor.amendments, "length", 1);
        const amendment = find(win, "amendment_0");
        verify(amendment && amendment.visible, "the amendment is shown");
        const below = () => amendment.mapToItem(null, 0, 0).y > find(win, "signedNote").mapToItem(null, 0, 0).y;
        tryVerify(below, 2000, "below the original note");
        compare(editor.amendments[0].text, "Pappa kom hem vid tre.");
        compare(find(win, "amendmentField").text, "", "the field is cleared for the next one");

        // Back on the case, the visit is listed as signed with its amendment.
        tap(find(win, "visitBackButton"));
        tryCompare(stack, "depth", 2);
        tryCompare(stack, "busy", false);
        const visitList = find(win, "visitList");
        tryCompare(visitList, "count", 1);
        const row = visitList.itemAtIndex(0);
        compare(row.statusText, "Signed");
        compare(row.amendmentCount, 1);
        compare(row.notePreview, "Alva visade sitt rum.");

        // And back on the list, the case shows its visit.
        tap(find(win, "caseBackButton"));
        tryCompare(stack, "depth", 1);
        tryCompare(stack, "busy", false);
        const caseList = find(win, "caseList");
        compare(caseList.count, casesBefore + 1);
        let alva = null;
        for (let i = 0; i < caseList.count; ++i) {
            if (caseList.itemAtIndex(i).displayName === "Alva K.")
                alva = caseList.itemAtIndex(i);
        }
        verify(alva, "the new case is listed");
        compare(alva.visitCount, 1);
    }

    // Every visible, interactive item lies inside the window's width.
    function checkFits(win, item) {
        if (item.visible && item.activeFocusOnTab) {
            const right = item.mapToItem(null, item.width, 0).x;
            verify(right <= win.width + 0.5, `${item.objectName || item} ends at ${right}`);
        }
        for (let i = 0; i < item.children.length; ++i)
            checkFits(win, item.children[i]);
    }

    function test_phoneProtectedIdentity() {
        const win = openWindow(390, 844);
        const stack = find(win, "stack");
        tap(find(win, "newCaseButton"));
        tryCompare(find(win, "newCaseDialog"), "opened", true);
        typeInto(find(win, "caseNumberField"), "2025-0988");
        typeInto(find(win, "childNameField"), "Elsa M.");
        tap(find(win, "protectedSwitch"));
        tap(find(win, "createCaseButton"));
        // The modal dialog's exit transition still takes the input: wait until it is gone.
        tryCompare(find(win, "newCaseDialog"), "visible", false);
        tryCompare(stack, "depth", 2);
        tryCompare(stack, "busy", false);
        compare(find(win, "caseTitle").text, "Protected identity", "masked on the case page");
        checkFits(win, stack.currentItem);
        tap(find(win, "startVisitButton"));
        tryCompare(stack, "depth", 3);
        tryCompare(stack, "busy", false);
        verify(stack.currentItem.editor.visitId !== "");
        checkFits(win, stack.currentItem);
        tap(find(win, "visitBackButton"));
        tryCompare(stack, "depth", 2);
        tryCompare(stack, "busy", false);
        tap(find(win, "caseBackButton"));
        tryCompare(stack, "depth", 1);
        tryCompare(stack, "busy", false);
        const list = find(win, "caseList");
        tryVerify(() => list.count >= 1);
        for (let i = 0; i < list.count; ++i) {
            const row = list.itemAtIndex(i);
            verify(row.displayName.indexOf("Elsa") < 0, "the name never reaches the list");
        }
        // The hidden name is not searchable either.
        typeInto(find(win, "caseSearch"), "Elsa");
        tryCompare(list, "count", 0);
        checkFits(win, stack.currentItem);
    }

    // Months of visits in one case: the case page reads them a page at a time as the list
    // scrolls, and "Idag" shows the newest drafts and counts the rest.
    function test_longVisitListReadsInPages() {
        const total = 330;
        const cases = createTemporaryObject(caseListComponent, testCase);
        const caseId = cases.createCase("2026-0500", "Tove S.", 2016, false);
        verify(caseId !== "", cases.errorText);
        const editor = createTemporaryObject(editorComponent, testCase);
        for (let i = 0; i < total; ++i)
            verify(editor.start(caseId) !== "", editor.errorText);
        const win = openWindow(390, 844);
        const more = find(win, "todayMoreDrafts");
        tryVerify(() => more.visible, 5000, "the drafts beyond the card are counted");
        verify(more.text.indexOf(String(total - 10)) >= 0, more.text);
        const stack = find(win, "stack");
        const caseList = find(win, "caseList");
        tryVerify(() => caseList.count >= 1);
        let row = null;
        for (let i = 0; i < caseList.count && !row; ++i) {
            caseList.positionViewAtIndex(i, ListView.Contain);
            const item = caseList.itemAtIndex(i);
            if (item && item.caseNumber === "2026-0500")
                row = item;
        }
        tap(row);
        tryCompare(stack, "depth", 2);
        tryCompare(stack, "busy", false);
        // The view reads one page ahead when it gets the model, then nothing while it stands.
        const visits = find(win, "visitList");
        verify(visits.count >= 100 && visits.count <= 200, `${visits.count} rows at first`);
        const standing = visits.count;
        wait(200);
        compare(visits.count, standing, "nothing is read while the list stands still");
        // Each scroll to the end reads the next page, never more.
        for (let pages = 0; visits.count < total && pages < 5; ++pages) {
            const before = visits.count;
            visits.positionViewAtEnd();
            tryVerify(() => visits.count > before, 3000, "scrolling to the end read a page");
            verify(visits.count - before <= 100, `${visits.count - before} rows at once`);
        }
        compare(visits.count, total);
    }

    Component {
        id: caseListComponent

        CaseListModel {
        }
    }

    Component {
        id: editorComponent

        VisitEditor {
        }
    }

    Component {
        id: windowComponent

        ApplicationWindow {
            visible: true

            StackView {
                objectName: "stack"
                anchors.fill: parent

                initialItem: CasesPage {
                }
            }
        }
    }
}
