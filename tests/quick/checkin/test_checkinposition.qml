// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Barntid
import Barntid.Models
import BarntidTest

// The check-in position row of the visit page over a real encrypted store (storeflowrunner.cpp
// opens it in a temporary folder): the recorded walk of platform/nmea/ replayed to a fix with
// its accuracy, a log without a fix ("no position", the visit goes on), a protected identity
// (never asked, says so from the start), and a visit reopened showing what was stored.
TestCase {
    id: testCase

    // The page on a window of its own (TestCase itself is not shown).
    function openVisit(properties) {
        const win = createTemporaryObject(windowComponent, testCase);
        verify(win, "the window was created");
        win.show();
        properties.width = win.width;
        properties.height = win.height;
        const page = createTemporaryObject(visitPageComponent, win.contentItem, properties);
        verify(page, "the visit page was created");
        verify(page.editor.visitId !== "", page.editor.errorText);
        waitForRendering(page);
        return page;
    }

    function tap(item) {
        verify(item && item.visible && item.enabled, `${item ? item.objectName : "?"} can be tapped`);
        verify(item.height >= Theme.touchTarget, `${item.objectName} is ${item.height} high`);
        mouseClick(item);
    }

    function row(page) {
        return findChild(page, "positionStatus");
    }

    function text(page) {
        return findChild(page, "positionText");
    }

    function test_replayedWalkShowsItsAccuracy() {
        TestPositioning.replay(TestPositioning.walk);
        const caseId = cases.createCase("2026-0501", "Elsa M.", 2014, false);
        const page = openVisit({
                "startCaseId": caseId
            });
        // "Starta hembesök" checks in: the position is asked from the start and answered later.
        verify(page.editor.checkedInAt.getTime() > 0, "starting the visit checked in");
        verify(row(page).visible, "the row shows from the check-in");
        tryCompare(text(page), "text", "Position ±9 m", 5000);
        compare(text(page).Accessible.name, "Position ±9 m");
        compare(text(page).color, Theme.success);
        // The layout settles a frame after the text changes.
        tryVerify(() => row(page).height >= Theme.touchTarget, 1000, "the row keeps a touch target's height");
        const visitId = page.editor.visitId;

        // Reopened, the row shows the stored position without asking again.
        const reopened = openVisit({
                "visitId": visitId
            });
        verify(row(reopened).visible);
        compare(text(reopened).text, "Position ±9 m");
        compare(reopened.editor.position.state, CheckInPosition.Fixed);
    }

    function test_noFixStillChecksIn() {
        TestPositioning.replay(Qt.resolvedUrl("no-fix.nmea"));
        const caseId = cases.createCase("2026-0502", "Vera S.", 2012, false);
        const page = openVisit({
                "startCaseId": caseId
            });
        page.editor.position.timeoutMs = 300;
        tap(findChild(page, "checkInButton"));
        compare(text(page).text, "Finding position…");
        tryCompare(text(page), "text", "No position (continuing without)", 5000);
        compare(text(page).color, Theme.warning);
        compare(page.editor.position.accuracy, -1);
        // The arrival is recorded anyway, and check-out is open.
        verify(page.editor.checkedInAt.getTime() > 0, "checked in");
        verify(findChild(page, "checkOutButton").enabled, "check-out is possible");
    }

    function test_protectedIdentityIsNeverAsked() {
        TestPositioning.replay(TestPositioning.walk);
        const caseId = cases.createCase("2026-0503", "Saga L.", 2016, true);
        const page = openVisit({
                "startCaseId": caseId
            });
        // Said before anything is asked, and still after the check-in.
        verify(row(page).visible);
        compare(text(page).text, "Position not stored (protected identity)");
        compare(text(page).color, Theme.textMuted);
        tap(findChild(page, "checkInButton"));
        compare(page.editor.position.state, CheckInPosition.NotStored);
        // A replayed fix would come within a second; none is asked for, so none comes.
        wait(1000);
        compare(text(page).text, "Position not stored (protected identity)");
        verify(page.editor.checkedInAt.getTime() > 0, "checked in");
    }

    name: "CheckInPosition"
    when: windowShown

    CaseListModel {
        id: cases
    }

    Component {
        id: windowComponent

        ApplicationWindow {
            width: 1280
            height: 800
            color: Theme.background
        }
    }

    Component {
        id: visitPageComponent

        VisitPage {
        }
    }
}
