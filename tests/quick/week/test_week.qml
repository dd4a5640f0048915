// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Barntid
import Barntid.Models

// "My week" on the real page over a real encrypted store (tst_week.cpp opens it in a temporary
// folder with 30 minutes of child time on Wednesday 2026-11-25): the share, a time entry added
// through the dialog, listed and counted, and the week navigation.
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

    // A chip made by a Repeater: QuickTest's findChild does not reach those in a popup.
    function chip(win, flowName, name) {
        const children = find(win, flowName).children;
        for (let i = 0; i < children.length; ++i) {
            if (children[i].objectName === name)
                return children[i];
        }
        fail(`${name} exists`);
    }

    function tap(item) {
        verify(item, "there is something to tap");
        verify(item.visible && item.enabled, `${item.objectName} can be tapped`);
        verify(item.height >= Theme.touchTarget, `${item.objectName} is ${item.height} high`);
        verify(item.Accessible.name.length > 0, `${item.objectName} has an accessible name`);
        mouseClick(item);
    }

    // Chooses a time on a BTimeField: tap the field, set the hour and minutes (as − and + would),
    // tap OK.
    function pickTime(field, time) {
        tap(field);
        const picker = field.picker;
        tryCompare(picker, "opened", true);
        const parts = time.split(":").map(Number);
        findChild(picker.contentItem, "hourSpinBox").value = parts[0];
        findChild(picker.contentItem, "minuteSpinBox").value = parts[1];
        tap(findChild(picker.contentItem, "timePickerOk"));
        tryCompare(picker, "visible", false);
        compare(field.time, time);
    }

    function typeInto(field, text) {
        tap(field);
        tryVerify(() => field.activeFocus, 2000, `${field.objectName} has the focus`);
        for (const c of text)
            keyClick(c);
        compare(field.text, text);
    }

    function test_addEntryUpdatesTheShare() {
        const win = openWindow(1280, 800);
        const list = find(win, "timeEntryList");
        tryCompare(list, "count", 1); // the child time, without typing it
        compare(find(win, "shareLabel").text, "Barntid 100 %");
        verify(find(win, "weekLabel").text.startsWith("Week 48"), find(win, "weekLabel").text);
        verify(find(win, "weekChart").Accessible.name.indexOf("Barntid 100 %") >= 0);
        tap(find(win, "newTimeEntryButton"));
        const dialog = find(win, "timeEntryDialog");
        tryCompare(dialog, "opened", true);
        compare(dialog.day, "2026-11-25"); // today, by the session's clock
        tap(chip(win, "categoryChips", "category_documentation"));
        tap(chip(win, "dayChips", "day_2026-11-25"));
        pickTime(find(win, "startField"), "16:00");
        pickTime(find(win, "endField"), "15:00");
        tap(find(win, "saveTimeEntryButton"));
        tryCompare(find(win, "timeEntryError"), "text", "The end must be after the start.");
        compare(dialog.opened, true);
        pickTime(find(win, "startField"), "15:00");
        pickTime(find(win, "endField"), "16:00");
        tap(find(win, "saveTimeEntryButton"));
        tryCompare(dialog, "visible", false);

        // 30 min with the child of 30 + 60 min registered.
        tryCompare(list, "count", 2);
        tryCompare(find(win, "shareLabel"), "text", "Barntid 33 %");
        verify(find(win, "shareDetail").text.indexOf("1 h 30 min") >= 0, find(win, "shareDetail").text);
        tap(find(win, "previousWeekButton"));
        tryCompare(list, "count", 0);
        compare(find(win, "shareLabel").text, "Barntid 0 %");
        tap(find(win, "nextWeekButton"));
        tryCompare(list, "count", 2);
        compare(find(win, "shareLabel").text, "Barntid 33 %");
    }

    // A visible button named "remove_<id>" in the time log's rows.
    // The remove button of the entry whose times are named (the delegates' order in the
    // view's children is not the rows' order).
    function removeButton(item, times) {
        if (item.objectName.startsWith("remove_") && item.visible && item.Accessible.name.indexOf(times) >= 0)
            return item;
        for (let i = 0; i < item.children.length; ++i) {
            const found = removeButton(item.children[i], times);
            if (found)
                return found;
        }
        return null;
    }

    // Removing a time entry asks first: "Cancel" keeps it, "Remove" removes it.
    function test_removeEntryAsksFirst() {
        const win = openWindow(1280, 800);
        const list = find(win, "timeEntryList");
        tryVerify(() => list.count > 0);
        const before = list.count;
        tap(find(win, "newTimeEntryButton"));
        const dialog = find(win, "timeEntryDialog");
        tryCompare(dialog, "opened", true);
        pickTime(find(win, "startField"), "08:00");
        pickTime(find(win, "endField"), "08:30");
        tap(find(win, "saveTimeEntryButton"));
        tryCompare(dialog, "visible", false);
        tryCompare(list, "count", before + 1);
        const confirm = find(win, "removeTimeEntryDialog");
        tap(removeButton(list.contentItem, "08:00–08:30"));
        tryCompare(confirm, "opened", true);
        verify(findChild(confirm.contentItem, "confirmText").text.indexOf("08:00–08:30") >= 0, "the entry is named");
        tap(findChild(confirm.contentItem, "cancelConfirmButton"));
        tryCompare(confirm, "visible", false);
        compare(list.count, before + 1, "cancel keeps the entry");
        tap(removeButton(list.contentItem, "08:00–08:30"));
        tryCompare(confirm, "opened", true);
        tap(findChild(confirm.contentItem, "confirmRemoveButton"));
        tryCompare(list, "count", before);
    }

    function test_phoneLayout() {
        const win = openWindow(390, 844);
        const list = find(win, "timeEntryList");
        tryVerify(() => list.count > 0);
        const button = find(win, "newTimeEntryButton");
        verify(button.width <= win.width, "the new-entry button fits the phone");
        tap(button);
        const dialog = find(win, "timeEntryDialog");
        tryCompare(dialog, "opened", true);
        verify(dialog.width <= win.width && dialog.height <= win.height, "the dialog fits");
        dialog.close();
        tryCompare(dialog, "visible", false);
    }

    Component {
        id: windowComponent

        ApplicationWindow {
            visible: true

            StackView {
                objectName: "stack"
                anchors.fill: parent

                initialItem: WeekPage {
                }
            }
        }
    }
}
