// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Barntid

// The themed wrappers keep the accessibility and touch-size promises on their own.
TestCase {
    id: testCase

    name: "Controls"
    width: 400
    height: 400
    when: windowShown
    visible: true

    function test_touchTargetAndName_data() {
        return [{
                "tag": "BButton",
                "component": buttonComponent,
                "name": "Save"
            }, {
                "tag": "BSwitch",
                "component": switchComponent,
                "name": "Dark theme"
            }, {
                "tag": "BTextField",
                "component": textFieldComponent,
                "name": "Case number"
            }, {
                "tag": "PinField",
                "component": pinComponent,
                "name": "PIN"
            }];
    }

    function test_touchTargetAndName(data) {
        const control = createTemporaryObject(data.component, testCase);
        verify(control);
        compare(control.Accessible.name, data.name);
        verify(control.implicitHeight >= Theme.touchTarget, `${data.tag} is ${control.implicitHeight} high`);
        verify(control.implicitWidth >= Theme.touchTarget, `${data.tag} is ${control.implicitWidth} wide`);
    }

    function test_textFieldFallsBackToPlaceholder() {
        const field = createTemporaryObject(textFieldComponent, testCase, {
                "label": "",
                "placeholderText": "Search"
            });
        compare(field.Accessible.name, "Search");
    }

    function test_pinFieldTakesDigitsOnly() {
        const pin = createTemporaryObject(pinComponent, testCase);
        pin.forceActiveFocus();
        verify(pin.activeFocus);
        keyClick(Qt.Key_1);
        keyClick(Qt.Key_A);
        keyClick(Qt.Key_2);
        compare(pin.text, "12");
        compare(pin.echoMode, TextInput.Password);
    }

    Component {
        id: buttonComponent

        BButton {
            text: "Save"
        }
    }

    Component {
        id: switchComponent

        BSwitch {
            text: "Dark theme"
        }
    }

    Component {
        id: textFieldComponent

        BTextField {
            label: "Case number"
        }
    }

    Component {
        id: pinComponent

        PinField {
            label: "PIN"
        }
    }
}
