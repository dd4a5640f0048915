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

    // A label stays visible above the text while it is typed in, and it is the field's name.
    function test_textFieldKeepsItsLabel() {
        const field = createTemporaryObject(textFieldComponent, testCase, {
                "placeholderText": "e.g. 2026-0142"
            });
        const label = findChild(field, "fieldLabel");
        verify(label && label.visible, "the label is shown");
        compare(label.text, "Case number");
        field.forceActiveFocus();
        keyClick(Qt.Key_2);
        verify(label.visible, "the label stays while typing");
        compare(field.Accessible.name, "Case number");
        verify(field.height >= Theme.touchTarget + label.height, "the input keeps a full target below the label");
    }

    // A one-of-N chip is a radio button, and a second tap keeps it chosen.
    function test_exclusiveChipStaysChosen() {
        const chip = createTemporaryObject(exclusiveChipComponent, testCase);
        compare(chip.Accessible.role, Accessible.RadioButton);
        mouseClick(chip);
        verify(chip.checked, "the first tap chooses it");
        mouseClick(chip);
        verify(chip.checked, "a second tap keeps it chosen");
        const tag = createTemporaryObject(tagChipComponent, testCase);
        compare(tag.Accessible.role, Accessible.CheckBox);
        mouseClick(tag);
        mouseClick(tag);
        verify(!tag.checked, "a tag toggles off");
    }

    // The calendar starts its weeks on Monday and a tapped day becomes the value.
    function test_dateFieldPicksADay() {
        const field = createTemporaryObject(dateFieldComponent, testCase);
        compare(field.Accessible.name, "Next follow-up: No date");
        mouseClick(field);
        tryCompare(field.picker, "opened", true);
        const grid = findChild(field.picker.contentItem, "monthGrid");
        compare(grid.locale.firstDayOfWeek, Locale.Monday);
        compare(grid.month, 11); // December, from the suggestion
        const day = findChild(field.picker.contentItem, "day_2026-12-10");
        verify(day, "10 December is offered");
        verify(day.width >= Theme.touchTarget && day.height >= Theme.touchTarget, `a day is ${day.width} × ${day.height}`);
        mouseClick(day);
        tryCompare(field.picker, "visible", false);
        compare(field.date, "2026-12-10");
        verify(field.Accessible.name.startsWith("Next follow-up: "), field.Accessible.name);
    }

    Component {
        id: exclusiveChipComponent

        // Bound to the choice as the pages bind it.
        BChip {
            property string choice: ""

            text: "Child alone"
            exclusive: true
            checked: choice === "child_alone"
            onClicked: choice = "child_alone"
        }
    }

    Component {
        id: tagChipComponent

        BChip {
            text: "Health"
        }
    }

    Component {
        id: dateFieldComponent

        BDateField {
            label: "Next follow-up"
            optional: true
            suggestedDate: "2026-12-01"
        }
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
