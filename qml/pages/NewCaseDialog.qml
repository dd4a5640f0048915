// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Barntid
import Barntid.Models

// Creates a case on the device (it syncs later). Only what the visit needs: case number, the
// child's first name and initial, birth year, and whether the identity is protected.
BFormDialog {
    id: dialog

    property CaseListModel model

    signal created(string caseId)

    function submit() {
        if (!model)
            return;
        const year = yearField.text === "" ? 0 : parseInt(yearField.text, 10);
        const id = model.createCase(numberField.text, nameField.text, year, protectedSwitch.checked);
        if (id === "")
            return;
        dialog.close();
        dialog.created(id);
    }

    title: qsTr("New case")
    onAboutToShow: {
        numberField.clear();
        nameField.clear();
        yearField.clear();
        protectedSwitch.checked = false;
        numberField.forceActiveFocus();
    }

    BTextField {
        id: numberField

        objectName: "caseNumberField"
        Layout.fillWidth: true
        label: qsTr("Case number")
        placeholderText: qsTr("e.g. 2026-0142")
        inputMethodHints: Qt.ImhNoPredictiveText
    }

    BTextField {
        id: nameField

        objectName: "childNameField"
        Layout.fillWidth: true
        label: qsTr("Child's first name and initial")
        placeholderText: qsTr("e.g. Alva K.")
        inputMethodHints: Qt.ImhNoPredictiveText
    }

    BTextField {
        id: yearField

        objectName: "birthYearField"
        Layout.fillWidth: true
        label: qsTr("Birth year")
        placeholderText: qsTr("Optional")
        inputMethodHints: Qt.ImhDigitsOnly
        maximumLength: 4
        validator: IntValidator {
            bottom: 0
            top: 2100
        }
    }

    BSwitch {
        id: protectedSwitch

        objectName: "protectedSwitch"
        Layout.fillWidth: true
        text: qsTr("Protected identity (the name is never shown)")
    }

    BLabel {
        objectName: "newCaseError"
        Layout.fillWidth: true
        visible: text !== ""
        color: Theme.danger
        text: dialog.model ? dialog.model.errorText : ""
        Accessible.role: Accessible.AlertMessage
    }

    // Right-aligned, the main action rightmost; on a narrow phone the buttons wrap instead of
    // running out of the dialog.
    Flow {
        Layout.fillWidth: true
        layoutDirection: Qt.RightToLeft
        spacing: Theme.spacingS

        BButton {
            objectName: "createCaseButton"
            text: qsTr("Create case")
            highlighted: true
            onClicked: dialog.submit()
        }

        BButton {
            text: qsTr("Cancel")
            flat: true
            onClicked: dialog.close()
        }
    }
}
