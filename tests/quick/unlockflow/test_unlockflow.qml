// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Barntid
import Barntid.Models
import BarntidTest

// The unlock flow on the real window over a real encrypted store (tst_unlockflow.cpp makes it
// in a temporary folder): first start, lock, wrong and right PINs, auto-lock. The functions
// run in name order and each one continues from the state the previous one left.
TestCase {
    id: testCase

    readonly property string pin: "248135"
    // Guarded: turns null when the item it holds is destroyed.
    property Item heldHome: null

    // Every visible item that takes keyboard focus counts as interactive.
    function interactiveItems(item, found) {
        if (item.visible && item.activeFocusOnTab)
            found.push(item);
        for (let i = 0; i < item.children.length; ++i)
            interactiveItems(item.children[i], found);
        return found;
    }

    function openWindow(properties) {
        const win = createTemporaryObject(mainComponent, testCase, properties || {});
        verify(win, "Main.qml was created");
        tryVerify(() => win.active, 5000, "the window became active");
        waitForRendering(win.contentItem);
        return win;
    }

    function find(win, name) {
        return findChild(win.contentItem, name);
    }

    function typeInto(field, text) {
        verify(field.enabled, `${field.objectName} takes input`);
        field.forceActiveFocus();
        verify(field.activeFocus, `${field.objectName} has the focus`);
        for (const c of text)
            keyClick(c);
        compare(field.length, text.length);
    }

    function checkControls(page) {
        const controls = interactiveItems(page, []);
        verify(controls.length > 0, "the page has controls to check");
        for (const control of controls) {
            const label = control.objectName || String(control);
            verify(control.Accessible.name.length > 0, `${label} has no Accessible.name`);
            verify(control.height >= Theme.touchTarget, `${label} is ${control.height} high`);
        }
    }

    function cleanup() {
        Session.autoLockSeconds = 300;
    }

    function test_a_firstStartThenLock() {
        compare(Session.state, Session.FirstStart);
        const win = openWindow();
        const setup = find(win, "pinSetupPage");
        verify(setup, "first start shows the PIN set-up");
        checkControls(setup);
        verify(!find(win, "stack"), "no app pages before a PIN exists");
        typeInto(find(win, "pinField"), pin);
        typeInto(find(win, "confirmField"), "248136");
        mouseClick(find(win, "saveButton"));
        compare(find(win, "errorText").text, "The PIN codes do not match.");
        verify(find(win, "errorText").visible);
        compare(find(win, "pinField").length, 0, "a refused PIN is cleared");
        compare(Session.state, Session.FirstStart);
        typeInto(find(win, "pinField"), pin);
        typeInto(find(win, "confirmField"), pin);
        mouseClick(find(win, "saveButton"));
        tryCompare(Session, "state", Session.Open, 30000);
        verify(!Session.busy);
        const home = find(win, "homePage");
        verify(home, "the open app shows its home page");
        verify(!find(win, "pinSetupPage"), "the set-up page is gone");
        const lockButton = find(win, "lockButton");
        compare(lockButton.Accessible.name, "Lock");
        verify(lockButton.height >= Theme.touchTarget);
        testCase.heldHome = home;
        mouseClick(lockButton);
        compare(Session.state, Session.Locked);
        verify(find(win, "unlockPage"), "locked shows the unlock page");
        verify(!find(win, "homePage"), "nothing of the home page is left in the window");
        verify(!find(win, "stack"));
        tryVerify(() => testCase.heldHome === null, 5000, "the home page was destroyed, not hidden");
    }

    function test_b_wrongThenRightPin() {
        compare(Session.state, Session.Locked);
        const win = openWindow();
        const unlockPage = find(win, "unlockPage");
        verify(unlockPage);
        checkControls(unlockPage);
        verify(!find(win, "remainingText").visible, "all tries left: nothing to say yet");
        const unlockButton = find(win, "unlockButton");
        verify(!unlockButton.enabled, "nothing typed, nothing to try");
        typeInto(find(win, "pinField"), "111111");
        mouseClick(unlockButton);
        tryCompare(Session, "busy", false, 30000);
        compare(Session.state, Session.Locked);
        compare(Session.remainingAttempts, 9);
        compare(find(win, "errorText").text, "Wrong PIN code. 9 tries left.");
        compare(find(win, "pinField").length, 0);

        // The second wrong PIN starts a delay: the button stays off while it counts down.
        typeInto(find(win, "pinField"), "222222");
        keyClick(Qt.Key_Return);
        tryCompare(Session, "busy", false, 30000);
        compare(Session.remainingAttempts, 8);
        compare(Session.retryAfterSeconds, 2);
        verify(find(win, "waitText").visible);
        compare(find(win, "waitText").text, "Wait 2 seconds before trying again.");
        typeInto(find(win, "pinField"), pin);
        verify(!unlockButton.enabled, "no try during the delay");
        TestClock.advance(2000);
        tryCompare(Session, "retryAfterSeconds", 0);
        verify(!find(win, "waitText").visible);
        verify(unlockButton.enabled);
        mouseClick(unlockButton);
        verify(Session.busy);
        tryCompare(Session, "state", Session.Open, 30000);
        verify(find(win, "homePage"));
        compare(Session.remainingAttempts, 10, "a right PIN resets the count");
        Session.lock();
    }

    function test_c_inactivityLocks() {
        compare(Session.state, Session.Locked);
        const win = openWindow();
        typeInto(find(win, "pinField"), pin);
        keyClick(Qt.Key_Enter);
        tryCompare(Session, "state", Session.Open, 30000);
        verify(find(win, "homePage"));
        Session.autoLockSeconds = 1;
        tryCompare(Session, "state", Session.Locked, 5000);
        verify(!find(win, "homePage"));
        verify(find(win, "unlockPage"));
    }

    function test_d_phoneLayout() {
        compare(Session.state, Session.Locked);
        const win = openWindow({
                "width": 390,
                "height": 844
            });
        const button = find(win, "unlockButton");
        const topLeft = button.mapToItem(win.contentItem, 0, 0);
        verify(topLeft.x >= 0 && topLeft.x + button.width <= win.width, "the button fits across");
        verify(topLeft.y >= 0 && topLeft.y + button.height <= win.height, "the button is on screen");
        verify(button.width >= win.width / 2, "the form uses the phone's width");
        checkControls(find(win, "unlockPage"));
    }

    name: "UnlockFlow"
    width: 200
    height: 200
    when: windowShown
    visible: true

    Component {
        id: mainComponent

        Main {
        }
    }
}
