// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Barntid
import Barntid.Models
import BarntidTest

// Foster homes end to end on the real pages over a real encrypted store
// (tst_fosterhomes.cpp opens it in a temporary folder, the clock stands at 2026-11-25 13:30Z):
// a new foster home, training offered, a supervision contact with a follow-up date that is
// listed and later falls overdue, a child placed there whose visit is due, also on the case.
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
        const item = findChild(win.contentItem, name) || findChild(win, name);
        verify(item, `${name} exists`);
        return item;
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

    function test_fosterHomeContactAndVisitDue() {
        // A case to place later, made the way the case list makes one.
        const caseId = cases.createCase("2026-0311", "Ebba L.", 2016, false);
        verify(caseId !== "", cases.errorText);
        const win = openWindow(1280, 800);
        const sections = find(win, "sections");
        mouseClick(sections.itemAt(1));
        tryCompare(sections, "currentIndex", 1);
        const stack = find(win, "fosterHomesStack");
        tryCompare(find(win, "fosterHomeList"), "count", 0);

        // A new foster home, from the list.
        tap(find(win, "newFosterHomeButton"));
        const dialog = find(win, "newFosterHomeDialog");
        tryCompare(dialog, "opened", true);
        tap(find(win, "createFosterHomeButton"));
        compare(find(win, "newFosterHomeError").text, "The foster home's name is missing.");
        typeInto(find(win, "fosterHomeNameField"), "Familjen Berg");
        typeInto(find(win, "phoneField"), "070-1234567");
        tap(find(win, "createFosterHomeButton"));
        tryCompare(dialog, "visible", false);
        tryCompare(stack, "depth", 2);
        tryCompare(stack, "busy", false);
        const page = stack.currentItem;
        verify(page.fosterHomeId !== "");
        compare(find(win, "fosterHomeTitle").text, "Familjen Berg");

        // Training not offered yet stands out; the quick action records today.
        verify(find(win, "trainingStatus").text.indexOf("No training offered yet") >= 0);
        compare(find(win, "trainingStatus").color, Theme.warning);
        tap(find(win, "trainingOfferedButton"));
        tryCompare(find(win, "trainingStatus"), "text", "Training offered 2026-11-25");

        // A supervision session with a follow-up date.
        tap(find(win, "newContactButton"));
        const contactDialog = find(win, "contactDialog");
        tryCompare(contactDialog, "opened", true);
        tryVerify(() => findChild(contactDialog.contentItem, "kind_supervision") !== null, 3000, "the kinds are offered");
        tap(findChild(contactDialog.contentItem, "kind_supervision"));
        typeInto(find(win, "durationField"), "60");
        typeInto(find(win, "contactNoteField"), "Handledning om skolstart.");
        typeInto(find(win, "followUpField"), "2026-12-10");
        tap(find(win, "saveContactButton"));
        tryCompare(contactDialog, "visible", false);
        tryVerify(() => findChild(win.contentItem, "contact_0") !== null, 3000, "the contact is listed");
        const contactRow = find(win, "contact_0");
        let contactTexts = "";
        for (let i = 0; i < contactRow.children.length; ++i)
            contactTexts += contactRow.children[i].text + "|";
        verify(contactTexts.indexOf("Supervision · 2026-11-25 14:30 · 60 min") >= 0, contactTexts);
        verify(contactTexts.indexOf("Next follow-up 2026-12-10") >= 0, contactTexts);
        tryCompare(find(win, "followUpStatus"), "text", "Next follow-up 2026-12-10");

        // The child placed here: never visited, so a visit is due now and stands out.
        compare(find(win, "placeCaseBox").currentValue, caseId);
        tap(find(win, "placeCaseButton"));
        tryVerify(() => findChild(win.contentItem, "due_0") !== null, 3000, "the child is listed");
        compare(find(win, "due_0").text, "⚠ Never visited: visit due now");
        compare(find(win, "due_0").color, Theme.danger);

        // Past the follow-up date with no contact since: overdue, in the danger colour.
        TestClock.advance(16 * 24 * 3600 * 1000);
        page.refresh();
        tryCompare(find(win, "followUpStatus"), "text", "Follow-up overdue since 2026-12-10");
        compare(find(win, "followUpStatus").color, Theme.danger);

        // Back on the list, the home shows what it holds.
        tap(find(win, "fosterHomeBackButton"));
        tryCompare(stack, "depth", 1);
        tryCompare(find(win, "fosterHomeList"), "count", 1);
        homes.reload();
        compare(homes.count, 1);
        compare(homes.data(homes.index(0, 0), FosterHomeListModel.PlacedCountRole), 1);

        // The case page says when the next visit is due.
        mouseClick(sections.itemAt(0));
        tryCompare(sections, "currentIndex", 0);
        const caseList = find(win, "caseList");
        tryCompare(caseList, "count", 1);
        mouseClick(caseList.itemAtIndex(0));
        const caseStack = find(win, "stack");
        tryCompare(caseStack, "depth", 2);
        tryCompare(caseStack, "busy", false);
        const dueLine = find(win, "caseVisitDue");
        verify(dueLine.visible, "the case is placed");
        compare(dueLine.text, "Never visited: visit due now");
        compare(dueLine.color, Theme.danger);
    }

    name: "FosterHomes"
    when: windowShown

    CaseListModel {
        id: cases
    }

    FosterHomeListModel {
        id: homes
    }

    Component {
        id: windowComponent

        Main {
        }
    }
}
