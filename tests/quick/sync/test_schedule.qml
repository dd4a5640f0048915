// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Barntid
import Barntid.Models
import BarntidTest

// Issue 13 on worker1's tablet (tst_syncflow's runner: the real server, a real encrypted store):
// the schedule shows the demo Tuesday evenings in their weeks; a series is published (and one
// that overlaps it refused whole), an open time withdrawn; foster1's requests from their phone
// arrive with the purpose and the home's name, one is confirmed, one cancelled with the reason
// the family reads. Each change is checked on the server. QuickTest runs the functions by name,
// on one window, each going on from the last.
TestCase {
    id: testCase

    // What the worker reads, word for word, in Swedish (the runner applies "sv").
    readonly property string notSentYet: "Inte skickad än"
    readonly property string openText: "Ledig"
    readonly property string requestedText: "Förfrågan"
    readonly property string confirmedText: "Bekräftad"
    readonly property string eveningTime: "Kvällstid"
    readonly property string overlapText: "Tiden krockar med en annan av dina mötestider."
    readonly property string reasonRequired: "Skriv en anledning till familjen."

    property var win: null
    property var page: null
    property var schedule: null
    // Stockholm dates, ISO: today, the first demo Tuesday, the series' first Wednesday.
    property string today: ""
    property string firstTuesday: ""
    property string seriesDay: ""
    property var seriesSlots: []

    function find(name) {
        return findChild(win.contentItem, name) || findChild(win, name);
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

    function typeInto(field, text) {
        tap(field);
        tryVerify(() => field.activeFocus, 2000, `${field.objectName} has the focus`);
        for (const c of text)
            keyClick(c);
        compare(field.text, text);
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
        // Where the layouts put it: a polish still due would move it (waitForRendering instead
        // waits out its whole timeout when nothing changed on the screen).
        for (let p = item; p; p = p.parent)
            waitForItemPolished(p);
        mouseClick(item);
    }

    // Chooses a date on a BDateField's calendar: tap the field, page to the month, tap the day.
    function pickDate(field, iso) {
        tap(field);
        const picker = field.picker;
        tryCompare(picker, "opened", true);
        const grid = deepFind(picker.contentItem, "monthGrid");
        const parts = iso.split("-").map(Number);
        for (let i = 0; i < 24 && (grid.year !== parts[0] || grid.month !== parts[1] - 1); ++i)
            tap(deepFind(picker.contentItem, grid.year * 12 + grid.month < parts[0] * 12 + parts[1] - 1 ? "nextMonthButton" : "previousMonthButton"));
        waitForRendering(picker.contentItem);
        tap(deepFind(picker.contentItem, "day_" + iso));
        tryCompare(picker, "visible", false);
        compare(field.date, iso);
    }

    // Chooses a time on a BTimeField: set the hour and minutes (as − and + would), tap OK.
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

    // Steps a SpinBox with its − and + buttons.
    function stepTo(box, value) {
        for (let i = 0; i < 50 && box.value !== value; ++i)
            mouseClick(box.value > value ? box.down.indicator : box.up.indicator);
        compare(box.value, value);
    }

    // A sync run that the server answered in full.
    function syncNow() {
        Sync.syncNow();
        tryCompare(Sync, "busy", false, 30000);
        tryCompare(Sync, "pending", 0, 30000);
    }

    function isoAdd(iso, days) {
        const d = new Date(iso + "T12:00:00Z");
        d.setUTCDate(d.getUTCDate() + days);
        return d.toISOString().slice(0, 10);
    }

    function weekday(iso) {
        return new Date(iso + "T12:00:00Z").getUTCDay() || 7;
    }

    function mondayOf(iso) {
        return isoAdd(iso, 1 - weekday(iso));
    }

    // "tisdag 15 december": how the schedule names a day.
    function dayText(iso) {
        return new Date(iso + "T12:00:00Z").toLocaleDateString(Qt.locale("sv_SE"), "dddd d MMMM");
    }

    // Pages the schedule to the week of iso with its arrows.
    function showWeekOf(iso) {
        const monday = mondayOf(iso);
        for (let i = 0; i < 60 && schedule.weekStart !== monday; ++i)
            tap(find(schedule.weekStart < monday ? "scheduleNextWeek" : "schedulePreviousWeek"));
        compare(schedule.weekStart, monday);
    }

    function value(row, role) {
        return schedule.data(schedule.index(row, 0), role);
    }

    function rowOf(slotId) {
        for (let i = 0; i < schedule.count; ++i) {
            if (value(i, ScheduleModel.SlotIdRole) === slotId)
                return i;
        }
        return -1;
    }

    // The shown week's rows as {slotId, day, time, state, …} by start.
    function rows() {
        const out = [];
        for (let i = 0; i < schedule.count; ++i)
            out.push({
                    "slotId": value(i, ScheduleModel.SlotIdRole),
                    "bookingId": value(i, ScheduleModel.BookingIdRole),
                    "day": value(i, ScheduleModel.DayRole),
                    "time": value(i, ScheduleModel.TimeRole),
                    "state": value(i, ScheduleModel.StateRole),
                    "stateText": value(i, ScheduleModel.StateTextRole),
                    "unsent": value(i, ScheduleModel.UnsentRole),
                    "afterHours": value(i, ScheduleModel.AfterHoursRole),
                    "homeName": value(i, ScheduleModel.HomeNameRole),
                    "purpose": value(i, ScheduleModel.PurposeRole)
                });
        return out;
    }

    // The list's row for the slot, once the list has made it.
    function rowItem(slotId) {
        const list = find("scheduleList");
        let item = null;
        tryVerify(() => {
                const row = rowOf(slotId);
                item = row < 0 ? null : list.itemAtIndex(row);
                return item !== null && item.slotId === slotId;
            }, 5000, `the list shows ${slotId}`);
        return item;
    }

    // A button of the row showing slotId, scrolled into view first: the list builds rows only
    // near its view, and scrolling a row in from outside makes a new delegate (so tap() must not
    // be the one to scroll it).
    function rowButton(slotId, name) {
        const list = find("scheduleList");
        let button = null;
        tryVerify(() => {
                const row = rowOf(slotId);
                if (row >= 0)
                    list.positionViewAtIndex(row, ListView.Contain);
                const item = row < 0 ? null : list.itemAtIndex(row);
                button = item !== null && item.slotId === slotId ? findChild(item, name) : null;
                return button !== null && button.visible;
            }, 5000, `the row of ${slotId} shows ${name}`);
        return button;
    }

    // Whether item or a visible item inside it shows exactly this text.
    function showsText(item, text) {
        if (!item || !item.visible)
            return false;
        if (item.text === text)
            return true;
        for (let i = 0; i < item.children.length; ++i) {
            if (showsText(item.children[i], text))
                return true;
        }
        return false;
    }

    // Fills the series dialog, already open; its count of meetings.
    function fillSeries(day, from, until, weeks) {
        const dialog = find("seriesDialog");
        pickDate(find("seriesDayField"), day);
        pickTime(find("seriesStartField"), from);
        pickTime(find("seriesEndField"), until);
        compare(find("seriesLengthBox").value, 45);
        compare(find("seriesBufferBox").value, 15);
        stepTo(find("seriesWeeksBox"), weeks);
        typeInto(find("seriesPlaceField"), "Socialkontoret, Storgatan 1");
        return dialog.count;
    }

    function cleanupTestCase() {
        if (win)
            win.destroy();
    }

    function test_1_demoEveningsInTheirWeeks() {
        win = windowComponent.createObject(testCase, {
                "width": 1280,
                "height": 800
            });
        verify(win, "the window was created");
        win.show();
        win.requestActivate();
        tryVerify(() => win.active, 5000, "the window became active");
        waitForRendering(win.contentItem);
        tap(find("syncIndicator"));
        tryCompare(find("syncPage"), "opened", true);
        typeInto(find("usernameField"), "worker1");
        typeInto(find("passwordField"), "barntid-demo");
        tap(find("signInButton"));
        tryCompare(Sync, "status", Sync.UpToDate, 30000);
        tap(find("closeSyncButton"));
        tryCompare(find("syncPage"), "visible", false);
        tryCompare(Shell, "role", "social_worker", 5000);
        verify(Shell.destinations.map(d => d.name).indexOf("schedule") >= 0);
        tap(find("nav_schedule"));
        page = find("schedulePage");
        verify(page, "the schedule page is made");
        tryVerify(() => page.visible, 5000, "and shown");
        schedule = page.model;

        // The demo's times: three each Tuesday from the first one after the day it was seeded
        // (today), four weeks on.
        today = schedule.today();
        firstTuesday = isoAdd(today, 1);
        while (weekday(firstTuesday) !== 2)
            firstTuesday = isoAdd(firstTuesday, 1);
        compare(schedule.weekStart, mondayOf(today), "the schedule opens on this week");
        if (mondayOf(firstTuesday) !== mondayOf(today)) {
            compare(schedule.count, 0, "nothing this week");
            verify(find("scheduleEmpty").visible);
        }
        for (let week = 0; week < 4; ++week) {
            const tuesday = isoAdd(firstTuesday, 7 * week);
            showWeekOf(tuesday);
            const shown = rows();
            compare(shown.map(r => r.time), ["17:00–18:00", "18:00–19:00", "19:00–20:00"], tuesday);
            for (const r of shown) {
                compare(r.day, dayText(tuesday));
                compare(r.state, "open");
                compare(r.stateText, openText);
                verify(r.afterHours, "evening time, as the server decided");
                verify(!r.unsent);
            }
            verify(!find("scheduleEmpty").visible);
        }
        const row = rowItem(rows()[0].slotId);
        verify(showsText(row, eveningTime), "the row is marked as evening time");
        verify(showsText(row, openText));
        tap(find("scheduleNextWeek"));
        compare(schedule.count, 0, "none after the fourth week");
        tap(find("scheduleThisWeek"));
        compare(schedule.weekStart, mondayOf(today));
    }

    function test_2_publishASeries() {
        // A Wednesday five weeks on, past every demo time.
        seriesDay = isoAdd(mondayOf(today), 5 * 7 + 2);
        showWeekOf(seriesDay);
        compare(schedule.count, 0);
        tap(find("newSeriesButton"));
        const dialog = find("seriesDialog");
        tryCompare(dialog, "opened", true);
        // 17:00–19:00 holds 17:00–17:45 and 18:00–18:45 (45 minutes and a 15-minute buffer).
        compare(fillSeries(seriesDay, "17:00", "19:00", 2), 4);
        compare(find("seriesCount").text, "4 mötestider publiceras.");
        tap(find("publishSeriesButton"));
        // Read before the event loop runs again: the sync starts only after its debounce.
        compare(schedule.errorText, "");
        let shown = rows();
        compare(shown.map(r => r.time), ["17:00–17:45", "18:00–18:45"]);
        for (const r of shown) {
            compare(r.day, dayText(seriesDay));
            verify(r.unsent);
            compare(r.stateText, notSentYet);
        }
        tryCompare(dialog, "visible", false);
        verify(showsText(rowItem(shown[0].slotId), notSentYet), "the row says it");
        syncNow();
        shown = rows();
        for (const r of shown) {
            verify(!r.unsent);
            compare(r.stateText, openText);
            verify(r.afterHours, "the server's answer: evening time");
        }
        verify(showsText(rowItem(shown[1].slotId), eveningTime));
        const ids = shown.map(r => r.slotId);
        showWeekOf(isoAdd(seriesDay, 7));
        compare(rows().map(r => r.time), ["17:00–17:45", "18:00–18:45"]);
        compare(rows()[0].day, dayText(isoAdd(seriesDay, 7)));
        seriesSlots = ids.concat(rows().map(r => r.slotId));
        compare(seriesSlots.length, 4);
        const worker1 = TestServer.userId("worker1");
        for (const id of seriesSlots) {
            const onServer = TestServer.serverData("worker1", "slot", id);
            verify(onServer.after_hours === true, `${id} is evening time on the server`);
            compare(onServer.owner_id, worker1);
            compare(onServer.place, "Socialkontoret, Storgatan 1");
        }
    }

    function test_3_overlappingSeriesIsRefusedWhole() {
        showWeekOf(isoAdd(seriesDay, 7));
        const before = schedule.count;
        tap(find("newSeriesButton"));
        const dialog = find("seriesDialog");
        tryCompare(dialog, "opened", true);
        // 18:30–19:15 meets 18:00–18:45; 19:30–20:15 would fit, but a series is all or none.
        compare(fillSeries(seriesDay, "18:30", "20:30", 2), 4);
        tap(find("publishSeriesButton"));
        verify(dialog.visible, "the dialog stays open");
        const error = find("seriesError");
        verify(error.visible);
        compare(error.text, overlapText);
        compare(schedule.count, before, "nothing added");
        compare(Sync.pending, 0, "nothing to send");
        keyClick(Qt.Key_Escape);
        tryCompare(dialog, "visible", false);
        showWeekOf(seriesDay);
        compare(schedule.count, 2, "nor in the first week");
    }

    function test_4_withdrawAnOpenTime() {
        showWeekOf(isoAdd(seriesDay, 7));
        const slotId = seriesSlots[3];
        const before = schedule.count;
        tap(rowButton(slotId, "withdrawSlotButton"));
        const dialog = find("withdrawDialog");
        tryCompare(dialog, "opened", true);
        tap(find("confirmWithdrawButton"));
        compare(schedule.count, before - 1);
        compare(rowOf(slotId), -1, "gone here");
        tryCompare(dialog, "visible", false);
        syncNow();
        compare(TestServer.serverVersion("worker1", "slot", slotId), -1, "and on the server");
        verify(TestServer.serverVersion("worker1", "slot", seriesSlots[2]) > 0, "the other stays");
        compare(rowOf(seriesSlots[2]), 0);
    }

    function test_5_familyRequestsConfirmedAndCancelled() {
        const tuesday = isoAdd(firstTuesday, 7);
        showWeekOf(tuesday);
        const slots = rows().map(r => r.slotId);
        compare(slots.length, 3);
        compare(TestServer.createElsewhere("foster1", "booking", {
                    "slot_id": slots[0],
                    "purpose": "Om sommarlovet",
                    "status": "requested"
                }), "applied");
        compare(TestServer.createElsewhere("foster1", "booking", {
                    "slot_id": slots[1],
                    "purpose": "Skolan och kompisar",
                    "status": "requested"
                }), "applied");
        compare(schedule.requestedCount, 0, "nothing shows before the tablet syncs");
        syncNow();
        tryCompare(schedule, "requestedCount", 2, 5000);
        verify(find("requestedNote").visible);
        const first = rows()[rowOf(slots[0])];
        const second = rows()[rowOf(slots[1])];
        compare(first.state, "requested");
        compare(first.stateText, requestedText);
        compare(first.purpose, "Om sommarlovet");
        compare(second.purpose, "Skolan och kompisar");
        const booking = TestServer.serverData("worker1", "booking", first.bookingId);
        const home = TestServer.serverData("worker1", "foster_home", booking.foster_home_id);
        verify(home.name, "foster1's home has a name");
        compare(first.homeName, home.name);
        compare(second.homeName, home.name);
        const firstRow = rowItem(slots[0]);
        verify(showsText(firstRow, `${home.name}: ”Om sommarlovet”`), "the row shows who and why");
        verify(showsText(firstRow, requestedText));
        verify(!findChild(firstRow, "withdrawSlotButton").visible, "a booked time is not withdrawn");

        // Confirmed from the row.
        tap(findChild(firstRow, "confirmBookingButton"));
        compare(value(rowOf(slots[0]), ScheduleModel.StateRole), "confirmed");
        compare(value(rowOf(slots[0]), ScheduleModel.StateTextRole), notSentYet);
        syncNow();
        compare(value(rowOf(slots[0]), ScheduleModel.StateTextRole), confirmedText);
        compare(TestServer.serverData("worker1", "booking", first.bookingId).status, "confirmed");
        compare(TestServer.serverData("foster1", "booking", first.bookingId).status, "confirmed", "the family reads it");

        // Cancelled: not without a reason the family reads.
        tap(rowButton(slots[1], "cancelBookingButton"));
        const dialog = find("cancelBookingDialog");
        tryCompare(dialog, "opened", true);
        tap(find("sendCancelButton"));
        verify(dialog.visible, "the dialog stays open");
        compare(find("cancelBookingError").text, reasonRequired);
        verify(find("cancelBookingError").visible);
        compare(value(rowOf(slots[1]), ScheduleModel.StateRole), "requested");
        compare(Sync.pending, 0, "nothing to send");
        // keyClick types ASCII only.
        typeInto(find("cancelReasonField"), "Jag blev sjuk, boka garna en ny tid");
        tap(find("sendCancelButton"));
        compare(value(rowOf(slots[1]), ScheduleModel.StateRole), "open", "the time is free again");
        tryCompare(dialog, "visible", false);
        syncNow();
        const cancelled = TestServer.serverData("worker1", "booking", second.bookingId);
        compare(cancelled.status, "cancelled");
        compare(cancelled.cancel_reason, "Jag blev sjuk, boka garna en ny tid");
        compare(TestServer.serverData("worker1", "booking", first.bookingId).status, "confirmed", "the other stays confirmed");
        compare(schedule.requestedCount, 0);
    }

    name: "ScheduleFlow"
    when: windowShown
    visible: true

    Component {
        id: windowComponent

        Main {
        }
    }
}
