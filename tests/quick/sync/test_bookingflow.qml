// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Barntid
import Barntid.Models
import BarntidTest

// Issue 13 on the foster family's phone (tst_syncflow's runner: the real server, a real
// encrypted store): foster1 signs in and gets the meetings screen and nothing else; books
// worker1's evening times online and with the server out of reach; worker1 confirms on the
// server, the family makes the calendar file and cancels, and the time is free again; a time
// worker1 withdrew while the phone booked it offline comes back as no longer free with the
// nearest free times; a purpose over 500 characters books nothing. QuickTest runs the functions
// by name, on one window, each going on from the last.
TestCase {
    id: testCase

    // What the family reads, word for word, in Swedish (the runner applies "sv").
    readonly property string notSentYet: "Inte skickad än"
    readonly property string waiting: "Väntar på bekräftelse"
    readonly property string confirmed: "Bekräftad"
    readonly property string cancelled: "Avbokad av dig"
    readonly property string noLongerFree: "Tiden är inte längre ledig"
    readonly property string eveningTime: "Kvällstid"
    readonly property string purposeTooLong: "Texten är för lång: högst 500 tecken."

    property var win: null
    property var page: null
    // worker1's evening slots as the phone first lists them, by start: three each Tuesday for
    // four weeks (DESIGN.md §7), so [3k .. 3k+2] are week k+1's 17, 18 and 19 o'clock.
    property var evening: []
    // A daytime slot worker1 publishes before the phone signs in: no "Evening time" on it.
    property string daytimeSlot: ""
    property string onlineBooking: ""
    property string offlineBooking: ""

    function find(name) {
        return findChild(win.contentItem, name) || findChild(win, name);
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

    // A sync run that the server answered in full.
    function syncNow() {
        Sync.syncNow();
        tryCompare(Sync, "busy", false, 30000);
        tryCompare(Sync, "pending", 0, 30000);
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

    function rowOf(model, role, value) {
        for (let i = 0; i < model.count; ++i) {
            if (model.data(model.index(i, 0), role) === value)
                return i;
        }
        return -1;
    }

    function bookingValue(bookingId, role) {
        const bookings = page.bookings;
        const row = rowOf(bookings, MyBookingsModel.BookingIdRole, bookingId);
        return row < 0 ? undefined : bookings.data(bookings.index(row, 0), role);
    }

    function card(bookingId) {
        const row = rowOf(page.bookings, MyBookingsModel.BookingIdRole, bookingId);
        return row < 0 ? null : find("myBookingsList").itemAt(row);
    }

    function openTimeRow(slotId) {
        const row = rowOf(page.openTimes, OpenTimesModel.SlotIdRole, slotId);
        return row < 0 ? null : find("openTimesList").itemAt(row);
    }

    function isOpen(slotId) {
        return rowOf(page.openTimes, OpenTimesModel.SlotIdRole, slotId) >= 0;
    }

    // Taps the open time and books it with this purpose; the new booking's id.
    function book(slotId, purpose) {
        const before = page.bookings.count;
        tap(openTimeRow(slotId));
        const dialog = find("bookDialog");
        tryCompare(dialog, "opened", true);
        compare(dialog.slotId, slotId);
        typeInto(find("purposeField"), purpose);
        tap(find("sendBookingButton"));
        // Read before the event loop runs again: the write and the lists are synchronous, the
        // sync only starts after its debounce.
        compare(page.bookings.count, before + 1, "the booking is listed");
        const bookings = page.bookings;
        let id = "";
        for (let i = 0; i < bookings.count; ++i) {
            const index = bookings.index(i, 0);
            if (bookings.data(index, MyBookingsModel.PurposeRole) === purpose)
                id = bookings.data(index, MyBookingsModel.BookingIdRole);
        }
        verify(id !== "", "the new booking has its purpose");
        verify(!isOpen(slotId), "the booked time left the free times");
        tryCompare(dialog, "visible", false);
        return id;
    }

    // The next weekday `weekday` (1 = Monday) at least `ahead` days from now, at 08:00 UTC: 09:00
    // or 10:00 in Stockholm, inside the unit's opening hours in winter and summer.
    function daytime(weekday, ahead) {
        const d = new Date(Date.now() + ahead * 86400000);
        while (d.getUTCDay() !== weekday % 7)
            d.setUTCDate(d.getUTCDate() + 1);
        d.setUTCHours(8, 0, 0, 0);
        return d;
    }

    function cleanupTestCase() {
        if (win)
            win.destroy();
    }

    function test_1_signInGivesOnlyTheMeetings() {
        // A time inside office hours, beside the demo's evening ones.
        const starts = daytime(3, 2);
        compare(TestServer.createElsewhere("worker1", "slot", {
                    "starts_at": starts.toISOString(),
                    "ends_at": new Date(starts.getTime() + 45 * 60000).toISOString(),
                    "place": "Socialkontoret, Storgatan 1",
                    "video": false
                }), "applied");

        // A phone, portrait.
        win = windowComponent.createObject(testCase, {
                "width": 412,
                "height": 892
            });
        verify(win, "the window was created");
        win.show();
        win.requestActivate();
        tryVerify(() => win.active, 5000, "the window became active");
        waitForRendering(win.contentItem);
        tap(find("syncIndicator"));
        tryCompare(find("syncPage"), "opened", true);
        typeInto(find("usernameField"), "foster1");
        typeInto(find("passwordField"), "barntid-demo");
        tap(find("signInButton"));
        tryCompare(Sync, "status", Sync.UpToDate, 30000);
        tap(find("closeSyncButton"));
        tryCompare(find("syncPage"), "visible", false);

        // The role's one destination, and none of the worker's.
        tryCompare(Shell, "role", "foster_parent", 5000);
        compare(Shell.destinations.map(d => d.name), ["meetings"]);
        const sections = find("sections");
        verify(sections.itemAt(0) && sections.itemAt(0).objectName === "bar_meetings");
        verify(!sections.itemAt(1), "one destination only");
        for (const name of ["cases", "fosterHomes", "week", "schedule", "review"]) {
            verify(!find("bar_" + name), `no ${name} button`);
            verify(!find("nav_" + name), `no ${name} rail button`);
        }
        page = find("meetingsPage");
        verify(page, "the meetings page is made");
        tryVerify(() => page.visible, 5000, "and shown");

        // What the phone holds: its own home and the open times; nothing of a case, a child or a
        // visit, whichever page would show it.
        const rows = TestDevice.rowCounts();
        verify(Object.keys(rows).length >= 10, JSON.stringify(rows));
        for (const entity in rows) {
            if (entity === "foster_home")
                compare(rows[entity], 1, "the family's own home");
            else if (entity === "slot")
                compare(rows[entity], 13, "worker1's 12 demo times and the daytime one");
            else
                compare(rows[entity], 0, `no ${entity} rows on the family's phone`);
        }
    }

    function test_2_openTimesMarkTheEvening() {
        const times = page.openTimes;
        tryCompare(times, "count", 13);
        verify(!find("noOpenTimes").visible);
        const ids = [];
        for (let i = 0; i < times.count; ++i) {
            const index = times.index(i, 0);
            const id = times.data(index, OpenTimesModel.SlotIdRole);
            const row = find("openTimesList").itemAt(i);
            compare(row.slotId, id);
            compare(row.ownerName, times.data(index, OpenTimesModel.OwnerNameRole));
            verify(row.ownerName !== "", "the worker's name is shown");
            if (times.data(index, OpenTimesModel.AfterHoursRole)) {
                verify(showsText(row, eveningTime), `${row.day} ${row.time} is marked as evening time`);
                ids.push(id);
            } else {
                verify(!showsText(row, eveningTime), `${row.day} ${row.time} is in office hours`);
                daytimeSlot = id;
            }
        }
        compare(ids.length, 12, "every demo time is in the evening");
        verify(daytimeSlot !== "", "the daytime slot is listed");
        evening = ids;
        // Stockholm wall-clock times, 17 to 20 each Tuesday.
        for (let k = 0; k < 12; ++k) {
            const hour = 17 + k % 3;
            compare(times.data(times.index(rowOf(times, OpenTimesModel.SlotIdRole, evening[k]), 0), OpenTimesModel.TimeRole), `${hour}:00–${hour + 1}:00`);
        }
    }

    function test_3_bookOnline() {
        // Week 3's 17:00: weeks away, so the 24-hour cut-off is far off.
        const slotId = evening[6];
        onlineBooking = book(slotId, "Sommarlovet och skolstarten");
        compare(bookingValue(onlineBooking, MyBookingsModel.StateTextRole), notSentYet);
        verify(bookingValue(onlineBooking, MyBookingsModel.UnsentRole));
        verify(showsText(card(onlineBooking), notSentYet), "the card says it");
        verify(!find("noBookings").visible);
        syncNow();
        tryCompare(card(onlineBooking), "stateText", waiting, 5000);
        verify(showsText(card(onlineBooking), waiting));
        compare(bookingValue(onlineBooking, MyBookingsModel.StatusRole), "requested");
        verify(bookingValue(onlineBooking, MyBookingsModel.AfterHoursRole), "the server's copy: evening");
        const onServer = TestServer.serverData("worker1", "booking", onlineBooking);
        compare(onServer.status, "requested");
        compare(onServer.purpose, "Sommarlovet och skolstarten");
        compare(onServer.slot_id, slotId);
        verify(onServer.after_hours === true);
    }

    function test_4_bookWithTheServerOutOfReach() {
        TestServer.stop();
        const slotId = evening[11];
        offlineBooking = book(slotId, "Hur det gar i skolan");
        compare(card(offlineBooking).stateText, notSentYet);
        // A run that cannot reach the server changes nothing.
        Sync.syncNow();
        tryCompare(Sync, "busy", false, 30000);
        compare(Sync.pending, 1);
        compare(card(offlineBooking).stateText, notSentYet);
        verify(showsText(card(offlineBooking), notSentYet));
        compare(TestServer.serverVersion("worker1", "booking", offlineBooking), -1, "not on the server");
        verify(TestServer.restart(), "the server is back");
        syncNow();
        tryCompare(card(offlineBooking), "stateText", waiting, 5000);
        compare(TestServer.serverData("worker1", "booking", offlineBooking).status, "requested");
        compare(card(onlineBooking).stateText, waiting, "the first is still waiting");
    }

    function test_5_workerConfirms() {
        verify(TestServer.editElsewhere("worker1", "booking", onlineBooking, {
                    "status": "confirmed"
                }) > 0, "worker1 confirmed on the server");
        compare(card(onlineBooking).stateText, waiting, "nothing shows before the phone syncs");
        syncNow();
        tryCompare(card(onlineBooking), "stateText", confirmed, 5000);
        verify(showsText(card(onlineBooking), confirmed));
        compare(bookingValue(onlineBooking, MyBookingsModel.StatusRole), "confirmed");
        compare(card(offlineBooking).stateText, waiting, "the other waits still");
    }

    function test_6_calendarFile() {
        const bookings = page.bookings;
        bookings.calendarFolder = TestDevice.scratchFolder();
        verify(findChild(card(onlineBooking), "calendarButton").visible, "offered on the card");
        const url = bookings.calendarFile(onlineBooking);
        compare(bookings.errorText, "");
        verify(String(url).startsWith("file://" + TestDevice.scratchFolder() + "/"), String(url));
        const ics = TestDevice.readText(url);
        verify(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics.slice(0, 40));
        verify(ics.indexOf("TZID=Europe/Stockholm") >= 0, "Stockholm times");
        verify(ics.indexOf("UID:" + onlineBooking + "@barntid") >= 0, "the booking's own UID");
        verify(ics.indexOf("STATUS:CONFIRMED") >= 0, "confirmed by the worker");
        verify(ics.indexOf("Sommarlovet") < 0, "never the purpose");
        verify(ics.indexOf("skolstarten") < 0, "not even folded across a line");
    }

    function test_7_cancelTheConfirmedBooking() {
        const slotId = evening[6];
        verify(!isOpen(slotId), "held by the booking");
        tap(findChild(card(onlineBooking), "cancelMyBookingButton"));
        const dialog = find("cancelMyBookingDialog");
        tryCompare(dialog, "opened", true);
        tap(find("confirmCancelMyBooking"));
        compare(card(onlineBooking).stateText, cancelled);
        compare(bookingValue(onlineBooking, MyBookingsModel.StatusRole), "cancelled");
        verify(!findChild(card(onlineBooking), "cancelMyBookingButton").visible, "no second cancel");
        tryCompare(dialog, "visible", false);
        syncNow();
        compare(TestServer.serverData("worker1", "booking", onlineBooking).status, "cancelled");
        compare(card(onlineBooking).stateText, cancelled);
        // The server gives the time back to the family's view.
        tryVerify(() => isOpen(slotId), 5000, "the time is bookable again");
        verify(openTimeRow(slotId).visible);
    }

    function test_8_timeWithdrawnWhileBookedOffline() {
        // Week 2's 18:00, between two free times of the same evening.
        const slotId = evening[4];
        verify(isOpen(evening[3]) && isOpen(evening[5]));
        TestServer.stop();
        const bookingId = book(slotId, "Julen");
        compare(card(bookingId).stateText, notSentYet);
        // worker1 withdraws it where this phone cannot see: it learns only when it sends.
        verify(TestServer.serveAside(), "the server runs for other devices");
        compare(TestServer.deleteElsewhere("worker1", "slot", slotId), "applied");
        verify(TestServer.restart(), "the server is back for the phone");
        Sync.syncNow();
        tryCompare(Sync, "busy", false, 30000);
        tryCompare(Sync, "needsAttention", 1, 5000);
        tryCompare(card(bookingId), "stateText", noLongerFree, 5000);
        verify(card(bookingId).lost);
        verify(showsText(card(bookingId), noLongerFree), "the card says it, without blame");
        verify(!bookingValue(bookingId, MyBookingsModel.UpcomingRole));
        verify(!isOpen(slotId), "the withdrawn time is gone");

        // The nearest free times of worker1: the same evening's 17:00 and 19:00 first.
        const offered = card(bookingId).alternatives.map(a => a.slotId);
        compare(offered.length, 3);
        verify(offered.indexOf(slotId) < 0);
        verify(offered.indexOf(evening[3]) >= 0 && offered.indexOf(evening[5]) >= 0, JSON.stringify(offered));
        for (const id of offered) {
            verify(isOpen(id), "each is free");
            verify(findChild(card(bookingId), "alternative_" + id).visible, `a button for ${id}`);
        }
        // One of them opens the booking dialog for that time.
        tap(findChild(card(bookingId), "alternative_" + evening[5]));
        const dialog = find("bookDialog");
        tryCompare(dialog, "opened", true);
        compare(dialog.slotId, evening[5]);
        keyClick(Qt.Key_Escape);
        tryCompare(dialog, "visible", false);

        // "Remove" forgets it; nothing is sent.
        const before = page.bookings.count;
        tap(findChild(card(bookingId), "dismissBookingButton"));
        compare(page.bookings.count, before - 1);
        compare(rowOf(page.bookings, MyBookingsModel.BookingIdRole, bookingId), -1);
        tryCompare(Sync, "needsAttention", 0, 5000);
        compare(Sync.pending, 0);
        compare(TestServer.serverVersion("foster1", "booking", bookingId), -1);
    }

    function test_9_purposeOverFiveHundredCharacters() {
        const slotId = evening[9];
        const bookings = page.bookings.count;
        const times = page.openTimes.count;
        tap(openTimeRow(slotId));
        const dialog = find("bookDialog");
        tryCompare(dialog, "opened", true);
        find("purposeField").text = "x".repeat(501);
        tap(find("sendBookingButton"));
        verify(dialog.visible, "the dialog stays open");
        const error = find("bookError");
        verify(error.visible);
        compare(error.text, purposeTooLong);
        compare(page.bookings.count, bookings, "nothing booked");
        compare(page.openTimes.count, times);
        verify(isOpen(slotId));
        compare(Sync.pending, 0, "nothing to send");
        keyClick(Qt.Key_Escape);
        tryCompare(dialog, "visible", false);
    }

    name: "BookingFlow"
    when: windowShown
    visible: true

    Component {
        id: windowComponent

        Main {
        }
    }
}
