// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Barntid

// The welcome page shows name, tagline and status, and every control on it can be reached
// by a screen reader and hit with a finger.
TestCase {
    id: testCase

    name: "WelcomePage"
    width: 1280
    height: 800
    when: windowShown
    visible: true

    // Every visible item that takes keyboard focus counts as interactive.
    function interactiveItems(item, found) {
        if (item.visible && item.activeFocusOnTab)
            found.push(item);
        for (let i = 0; i < item.children.length; ++i)
            interactiveItems(item.children[i], found);
        return found;
    }

    function createPage() {
        const page = createTemporaryObject(pageComponent, testCase);
        verify(page, "WelcomePage was created");
        return page;
    }

    function cleanup() {
        Theme.dark = false;
    }

    function test_texts() {
        const page = createPage();
        compare(findChild(page, "appName").text, "Barntid");
        compare(findChild(page, "tagline").text, "Time with children");
        verify(findChild(page, "status").text.length > 0, "status line is not empty");
        compare(page.Accessible.name, "Welcome");
    }

    function test_controlsAccessibleAndTouchSized() {
        const page = createPage();
        const controls = interactiveItems(page, []);
        verify(controls.length > 0, "the page has interactive controls to check");
        for (const control of controls) {
            const label = control.objectName || String(control);
            verify(control.Accessible.name.length > 0, `${label} has no Accessible.name`);
            verify(control.implicitHeight >= Theme.touchTarget, `${label} is ${control.implicitHeight} high, under ${Theme.touchTarget}`);
        }
    }

    function test_darkThemeSwitch() {
        const page = createPage();
        const darkSwitch = findChild(page, "darkThemeSwitch");
        verify(darkSwitch);
        verify(!Theme.dark);
        mouseClick(darkSwitch);
        verify(Theme.dark, "switch turned the dark theme on");
        mouseClick(darkSwitch);
        verify(!Theme.dark, "switch turned the dark theme off");
    }

    Component {
        id: pageComponent

        WelcomePage {
            width: testCase.width
            height: testCase.height
        }
    }
}
