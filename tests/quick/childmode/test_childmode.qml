// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Barntid
import Barntid.Models
import BarntidTest

// Child mode on the real window over a real encrypted store (tst_childmode.cpp): the worker hands
// over from the visit, the child answers one question per screen and changes an answer on the
// summary, and after the PIN the answers are in the visit. Then every way out of child mode:
// each key, a swipe, the missing header and sync indicator, the corner button, an auto-lock, the
// app switcher, a sync arriving and a remote wipe; each stays in child mode or lands on the
// hand-back screen, the PIN, or the neutral first-start screen. Nothing of the case is ever on
// the child's screen. The functions run in name order, each from the state the last one left.
TestCase {
    id: testCase

    readonly property string pin: "482915"
    // Text that must never be on a child's screen: the note, the case number, the full name.
    readonly property var caseText: ["Hemligt-anteckningsord-4711", "2026-0142", "Alva K"]

    function openWindow() {
        const win = createTemporaryObject(mainComponent, testCase, {
                "width": 1280,
                "height": 800
            });
        verify(win, "Main.qml was created");
        tryVerify(() => win.active, 5000, "the window became active");
        waitForRendering(win.contentItem);
        return win;
    }

    function find(win, name) {
        return findChild(win.contentItem, name) || findChild(win, name);
    }

    // Every text shown anywhere in the window.
    function texts(item, found) {
        if (item.visible === false)
            return found;
        if (typeof item.text === "string" && item.text !== "")
            found.push(item.text);
        for (let i = 0; i < item.children.length; ++i)
            texts(item.children[i], found);
        return found;
    }

    function verifyChildOnly(win) {
        const page = find(win, "childModePage");
        verify(page && page.visible, "child mode fills the window");
        // The app's pages are destroyed, not hidden (the loader lets go of them at once).
        for (const name of ["openView", "sections", "syncIndicator", "menuButton", "appMenu", "barntidBar", "stack"])
            tryVerify(() => !find(win, name), 2000, `${name} is not reachable in child mode`);
        const shown = texts(win.contentItem, []).join("\n");
        for (const t of caseText)
            verify(shown.indexOf(t) < 0, `"${t}" is on the child's screen`);
    }

    function verifyHandBack(win) {
        tryCompare(Session, "state", Session.Locked);
        verify(!ChildMode.active, "child mode is over");
        verify(Session.handedOver, "the tablet counts as handed over");
        const page = find(win, "unlockPage");
        verify(page && page.visible, "the hand-back screen shows");
        verify(find(win, "handBackButton").visible, "it asks for the tablet back");
        verify(!find(win, "pinField").visible, "the PIN field waits for the long press");
        verify(!find(win, "remainingText").visible, "no count of tries is shown to a child");
    }

    function unlock(win) {
        const button = find(win, "handBackButton");
        if (button && button.visible) {
            mousePress(button);
            tryVerify(() => find(win, "pinField").visible, 3000, "a long press shows the PIN field");
            mouseRelease(button);
        }
        const field = find(win, "pinField");
        field.forceActiveFocus();
        for (const c of pin)
            keyClick(c);
        keyClick(Qt.Key_Return);
        tryCompare(Session, "state", Session.Open, 30000);
        verify(!Session.handedOver, "the worker is back");
    }

    function handOver(win) {
        verify(ChildMode.start(TestHooks.visitId, TestHooks.caseId, TestHooks.wordsSet, 1), ChildMode.errorText);
        tryVerify(() => find(win, "childModePage"), 3000, "child mode opens");
        waitForRendering(win.contentItem);
        verifyChildOnly(win);
    }

    // Scrolls the item into view if it is inside a Flickable, then taps it.
    function tap(item) {
        verify(item, "there is something to tap");
        // A new question's answers are laid out at the next frame.
        waitForRendering(item.Window.window.contentItem);
        verify(item.visible && item.enabled, `${item.objectName} can be tapped`);
        for (let p = item.parent; p; p = p.parent) {
            if (p.contentY !== undefined && p.contentHeight !== undefined && p.contentItem) {
                const y = item.mapToItem(p.contentItem, 0, 0).y;
                p.contentY = Math.max(0, Math.min(y - 20, p.contentHeight - p.height));
                break;
            }
        }
        mouseClick(item);
    }

    // Every test starts with the worker holding an open tablet.
    function init() {
        if (ChildMode.active)
            ChildMode.handBack();
        if (Session.state === Session.Locked) {
            Session.unlock(pin);
            tryCompare(Session, "state", Session.Open, 30000);
        }
    }

    function cleanup() {
        Session.autoLockSeconds = 300;
    }

    function test_a_handOverAnswerAndHandBack() {
        LastPlace.remember({
                "section": "cases",
                "caseId": TestHooks.caseId,
                "visitId": TestHooks.visitId
            });
        const win = openWindow();
        const button = find(win, "childModeButton");
        tryVerify(() => button && button.visible, 5000, "the visit offers child mode");
        tap(button);
        const dialog = find(win, "childModeDialog");
        tryCompare(dialog, "opened", true);
        // Born 2014: the set for 9-17 is chosen first, and the case's child.
        const inDialog = name => findChild(dialog.contentItem, name);
        verify(inDialog("set_" + TestHooks.wordsSet).checked, "the set for the child's age");
        verify(!inDialog("set_" + TestHooks.picturesSet).checked);
        verify(inDialog("child_" + TestHooks.caseId).checked, "the visit's child");
        tap(inDialog("handOverButton"));
        tryVerify(() => find(win, "childModePage"), 3000, "child mode opens");
        verifyChildOnly(win);
        // The intro: the first name only, and who reads the answers.
        compare(ChildMode.childName, "Alva");
        verify(find(win, "introText").text.length > 20, "the intro says who reads the answers");
        mouseClick(find(win, "nextButton"));
        compare(ChildMode.step, 0);
        compare(find(win, "progressText").text, "Question 1 of 7");
        tap(find(win, "face4"));
        compare(ChildMode.answers["home"], "4");
        mouseClick(find(win, "nextButton"));
        tap(find(win, "declineButton"));
        compare(ChildMode.answers["school"], "declined");
        mouseClick(find(win, "nextButton"));
        tap(find(win, "face5"));
        mouseClick(find(win, "nextButton"));
        tap(find(win, "choice_friend"));
        compare(ChildMode.answers["talk_to"], "friend");
        verifyChildOnly(win);
        // The rest is skipped: straight to the summary, then a changed mind.
        ChildMode.goTo(ChildMode.summaryStep);
        tryVerify(() => find(win, "summary").visible);
        tap(find(win, "changeButton0"));
        compare(ChildMode.step, 0);
        tap(find(win, "face2"));
        compare(ChildMode.answers["home"], "2");
        ChildMode.goTo(ChildMode.summaryStep);
        mouseClick(find(win, "nextButton")); // "Klar"
        tryVerify(() => find(win, "thanks").visible, 2000, "thanks after Klar");
        mouseClick(find(win, "giveBackButton"));
        verifyHandBack(win);

        // After the PIN: the answers are in the visit, under the child.
        unlock(win);
        tryVerify(() => {
                const c = find(win, "visitSurveysCard");
                return c && c.visible;
            }, 5000, "the visit shows the child's answers");
        const card = find(win, "visitSurveysCard");
        const shown = texts(card, []).join("\n");
        verify(shown.indexOf("Bad (2 of 5)") >= 0, shown);
        verify(shown.indexOf("Did not want to answer") >= 0, shown);
        verify(shown.indexOf("Finished") >= 0, shown);
    }

    function test_b_keysLeadToTheHandBackScreen_data() {
        return [{
                "tag": "Escape",
                "key": Qt.Key_Escape
            }, {
                "tag": "Back",
                "key": Qt.Key_Back
            }];
    }

    function test_b_keysLeadToTheHandBackScreen(data) {
        const win = openWindow();
        handOver(win);
        keyClick(data.key);
        verifyHandBack(win);
        unlock(win);
    }

    function test_c_otherKeysAndASwipeStay() {
        const win = openWindow();
        handOver(win);
        mouseClick(find(win, "nextButton"));
        const page = find(win, "childModePage");
        // Keys that only move or mean nothing here (Space and Return press the focused button,
        // which is the child's own choice).
        for (const key of [Qt.Key_Backspace, Qt.Key_Menu, Qt.Key_Home, Qt.Key_F1, Qt.Key_Search, Qt.Key_Left, Qt.Key_Right]) {
            keyClick(key);
            verify(ChildMode.active, `key ${key} keeps child mode`);
        }
        mouseDrag(page, 10, page.height / 2, page.width - 20, 0);
        mouseDrag(page, page.width - 10, page.height / 2, -(page.width - 20), 0);
        mouseDrag(page, page.width / 2, 5, 0, page.height - 10);
        verify(ChildMode.active, "a swipe keeps child mode");
        compare(Session.state, Session.Open);
        verifyChildOnly(win);
        mouseClick(find(win, "handBackButton"));
        verifyHandBack(win);
        unlock(win);
    }

    function test_d_aSyncArrivingKeepsTheChildsScreen() {
        const win = openWindow();
        handOver(win);
        mouseClick(find(win, "nextButton"));
        const step = ChildMode.step;
        verify(TestHooks.syncArrives(), "a pulled page was written");
        wait(50);
        verify(ChildMode.active);
        compare(ChildMode.step, step);
        verifyChildOnly(win);
        keyClick(Qt.Key_Escape);
        verifyHandBack(win);
        unlock(win);
    }

    function test_e_autoLockAndTheAppSwitcherNeedThePin() {
        const win = openWindow();
        handOver(win);
        Session.autoLockSeconds = 1;
        verifyHandBack(win);
        Session.autoLockSeconds = 300;
        unlock(win);
        handOver(win);
        TestHooks.toBackground();
        verifyHandBack(win);
        unlock(win);
    }

    // Reading aloud on demand: the runner's speaker has an English voice only, so the button is
    // there in English and hidden in Swedish.
    function test_ea_readAloudOnDemand() {
        Language.code = "en";
        const win = openWindow();
        handOver(win);
        const button = find(win, "readAloudButton");
        verify(button.visible, "a voice for the language: the button is there");
        const before = TestHooks.spokenCount();
        tap(button);
        compare(TestHooks.spokenCount(), before + 1);
        verify(TestHooks.spoken().indexOf("Hi") === 0, TestHooks.spoken());
        verify(TestHooks.spoken().indexOf(ChildMode.intro.en) > 0, "the intro is read");
        verify(ReadAloud.speaking);
        compare(button.text, "Stop reading");
        // A new screen stops the reading; the question is read with what can be answered.
        tap(find(win, "nextButton"));
        verify(!ReadAloud.speaking, "the next screen stops the reading");
        tap(find(win, "readAloudButton"));
        const question = ChildMode.questions[ChildMode.step];
        const said = TestHooks.spoken();
        verify(said.indexOf(question.text.en) >= 0, said);
        verify(said.indexOf("Very bad") >= 0 && said.indexOf("Very good") >= 0, said);
        verify(said.indexOf("I don't want to answer") >= 0, said);
        for (const t of caseText)
            verify(said.indexOf(t) < 0, `"${t}" is read aloud`);
        // Without a voice for the app's language there is no button.
        Language.code = "sv";
        tryVerify(() => !find(win, "readAloudButton").visible, 2000, "no Swedish voice: no button");
        verify(!ReadAloud.speaking, "changing the language stops the reading");
        Language.code = "en";
        tryVerify(() => find(win, "readAloudButton").visible, 2000);
        // Handing back stops it too.
        tap(find(win, "readAloudButton"));
        verify(ReadAloud.speaking);
        keyClick(Qt.Key_Escape);
        verifyHandBack(win);
        verify(!ReadAloud.speaking, "the hand-back screen is silent");
        unlock(win);
    }

    function test_f_aChildsGuessesNeverDestroyTheKey() {
        const win = openWindow();
        handOver(win);
        keyClick(Qt.Key_Escape);
        verifyHandBack(win);
        for (let i = 0; i < 12; ++i)
            compare(TestHooks.tryPin("00000" + (i % 10)), "Wrong PIN code.", "no count of tries in the message");
        compare(Session.state, Session.Locked);
        verify(Session.remainingAttempts >= 1, "the key is still there");
        verify(!find(win, "remainingText").visible, "no count of tries is shown");
        verify(!find(win, "warningText").visible, "no warning of destruction either");
        // The worker's PIN, once the wait is over.
        compare(TestHooks.tryPin(pin), "");
        compare(Session.state, Session.Open);
        compare(Session.remainingAttempts, Session.maxAttempts);
        verify(!Session.handedOver);
    }

    function test_g_aRemoteWipeEndsOnANeutralScreen() {
        const win = openWindow();
        handOver(win);
        TestHooks.wipe();
        tryCompare(Session, "state", Session.FirstStart);
        verify(!ChildMode.active);
        tryVerify(() => !find(win, "childModePage"), 2000, "child mode is gone");
        const page = find(win, "pinSetupPage");
        verify(page && page.visible, "the first-start screen, with nothing on it");
        const shown = texts(win.contentItem, []).join("\n");
        for (const t of caseText.concat(["Alva"]))
            verify(shown.indexOf(t) < 0, `"${t}" is still on screen`);
    }

    name: "ChildMode"
    when: windowShown

    Component {
        id: mainComponent

        Main {
        }
    }
}
