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
// listed and later falls overdue (the page notices the new day by itself), a child placed there
// whose visit is due, also on the case; a visit started at the foster home about that child,
// listed on the home, and the child's next visit falling overdue as the days pass.
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

    // The first item named name under item, through visual children (a popup's content too).
    function deepFind(item, name) {
        if (!item)
            return null;
        if (item.objectName === name)
            return item;
        const kids = item.children || [];
        for (let i = 0; i < kids.length; ++i) {
            const found = deepFind(kids[i], name);
            if (found)
                return found;
        }
        return null;
    }

    // Chooses a date on a BDateField's calendar: tap the field, page to the month, tap the day.
    function pickDate(field, iso) {
        tap(field);
        const picker = field.picker;
        tryCompare(picker, "opened", true);
        const grid = deepFind(picker.contentItem, "monthGrid");
        const parts = iso.split("-").map(Number);
        const year = parts[0];
        const month = parts[1];
        for (let i = 0; i < 24 && (grid.year !== year || grid.month !== month - 1); ++i)
            tap(deepFind(picker.contentItem, grid.year * 12 + grid.month < year * 12 + month - 1 ? "nextMonthButton" : "previousMonthButton"));
        waitForRendering(picker.contentItem);
        tap(deepFind(picker.contentItem, "day_" + iso));
        tryCompare(picker, "visible", false);
        compare(field.date, iso);
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
        pickDate(find(win, "followUpField"), "2026-12-10");
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

        // Past the follow-up date with no contact since: overdue, in the danger colour, once the
        // page sees the day change by itself (its watcher checks the clock every 50 ms here).
        findChild(page, "dayWatcher").maxCheckIntervalMs = 50;
        TestClock.advance(16 * 24 * 3600 * 1000);
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
        tryVerify(() => find(win, "caseDetail").status === Loader.Ready, 5000, "the case shows beside the list");
        waitForRendering(find(win, "caseDetail"));
        const dueLine = find(win, "caseVisitDue");
        verify(dueLine.visible, "the case is placed");
        compare(dueLine.text, "Never visited: visit due now");
        compare(dueLine.color, Theme.danger);
    }

    function test_visitStartedAtFosterHome() {
        // A foster home with a child placed, made the way the pages make them.
        const caseId = cases.createCase("2026-0412", "Noah B.", 2015, false);
        verify(caseId !== "", cases.errorText);
        const homeId = homes.createFosterHome("Familjen Holm", "Eva Holm", "070-7654321");
        verify(homeId !== "", homes.errorText);
        placer.fosterHomeId = homeId;
        verify(placer.placeCase(caseId), placer.errorText);
        const win = openWindow(1280, 800);
        const sections = find(win, "sections");
        mouseClick(sections.itemAt(1));
        tryCompare(sections, "currentIndex", 1);
        const stack = find(win, "fosterHomesStack");
        const list = find(win, "fosterHomeList");
        tryVerify(() => list.count >= 1, 3000, "the foster homes are listed");
        // The list was laid out while its section was hidden: let a frame show it first.
        waitForRendering(list);
        let row = null;
        tryVerify(() => {
                for (let i = 0; i < list.count && !row; ++i) {
                    const item = list.itemAtIndex(i);
                    if (item && item.Accessible.name.indexOf("Familjen Holm") >= 0)
                        row = item;
                }
                return row !== null;
            }, 3000, "Familjen Holm is listed");
        mouseClick(row);
        tryCompare(stack, "depth", 2);
        tryCompare(stack, "busy", false);
        waitForRendering(stack.currentItem);
        const page = stack.currentItem;
        compare(page.fosterHomeId, homeId);
        const visitList = find(win, "fosterHomeVisitList");
        compare(visitList.count, 0);

        // The visit is about the placed child: the worker picks the case.
        tap(find(win, "newFosterHomeVisitButton"));
        const dialog = find(win, "fosterHomeVisitDialog");
        tryCompare(dialog, "opened", true);
        tryVerify(() => findChild(dialog.contentItem, "visitCase_0") !== null, 3000, "the child is offered");
        verify(findChild(dialog.contentItem, "visitCase_none").checked, "no case by default");
        const childChip = findChild(dialog.contentItem, "visitCase_0");
        compare(childChip.text, "Noah B. · 2026-0412");
        tap(childChip);
        verify(childChip.checked);
        tap(find(win, "startFosterHomeVisitButton"));
        tryCompare(dialog, "visible", false);
        tryCompare(stack, "depth", 3);
        tryCompare(stack, "busy", false);
        waitForRendering(stack.currentItem);
        const visitPage = stack.currentItem;
        const visitId = visitPage.editor.visitId;
        verify(visitId !== "", visitPage.editor.errorText);
        compare(visitPage.editor.fosterHomeId, homeId);
        compare(visitPage.editor.caseId, caseId);
        compare(visitPage.editor.kind, "foster_home");
        compare(find(win, "kindBox").displayText, "Foster home visit");
        // The adults at a foster-home visit are its foster parents.
        compare(find(win, "present_child_with_carers").text, "The child with the foster parents");
        compare(find(win, "visitBackButton").Accessible.description, "Back to the foster home");
        typeInto(find(win, "noteField"), "Samtal med Noah och familjen.");
        tap(find(win, "visitBackButton"));
        tryCompare(stack, "depth", 2);
        tryCompare(stack, "busy", false);
        waitForRendering(stack.currentItem);

        // Listed on the foster home; a tap opens it again.
        tryCompare(visitList, "count", 1);
        const visitRow = find(win, "fosterHomeVisit_0");
        verify(visitRow.Accessible.name.indexOf("Foster home visit") === 0, visitRow.Accessible.name);
        compare(visitRow.notePreview, "Samtal med Noah och familjen.");
        tap(visitRow);
        tryCompare(stack, "depth", 3);
        tryCompare(stack, "busy", false);
        waitForRendering(stack.currentItem);
        compare(stack.currentItem.editor.visitId, visitId);
        compare(find(win, "noteField").text, "Samtal med Noah och familjen.");
        tap(find(win, "visitBackButton"));
        tryCompare(stack, "depth", 2);
        tryCompare(stack, "busy", false);
        waitForRendering(stack.currentItem);

        // A visit with the foster family only: no case.
        tap(find(win, "newFosterHomeVisitButton"));
        tryCompare(dialog, "opened", true);
        tap(findChild(dialog.contentItem, "visitCase_none"));
        tap(find(win, "startFosterHomeVisitButton"));
        tryCompare(dialog, "visible", false);
        tryCompare(stack, "depth", 3);
        tryCompare(stack, "busy", false);
        waitForRendering(stack.currentItem);
        compare(stack.currentItem.editor.caseId, "");
        compare(stack.currentItem.editor.fosterHomeId, homeId);
        tap(find(win, "visitBackButton"));
        tryCompare(stack, "depth", 2);
        tryCompare(stack, "busy", false);
        waitForRendering(stack.currentItem);
        tryCompare(visitList, "count", 2);

        // The child was visited today: the next visit is due in 91 days, and falls overdue when
        // the days pass, on the open page, with no navigation.
        const due = find(win, "due_0");
        const match = /^Next visit due by (\d{4}-\d{2}-\d{2})$/.exec(due.text);
        verify(match, due.text);
        compare(due.color, Theme.textMuted);
        findChild(page, "dayWatcher").maxCheckIntervalMs = 50;
        TestClock.advance(100 * 24 * 3600 * 1000);
        // The rows are made anew on a reload: look the row up on every try.
        const overdue = "⚠ Visit overdue since " + match[1];
        tryVerify(() => {
                const row = findChild(page, "due_0");
                return row !== null && row.text === overdue;
            }, 3000, overdue);
        compare(find(win, "due_0").color, Theme.danger);
    }

    name: "FosterHomes"
    when: windowShown

    CaseListModel {
        id: cases
    }

    FosterHomeListModel {
        id: homes
    }

    VisitDueModel {
        id: placer
    }

    Component {
        id: windowComponent

        Main {
        }
    }
}
