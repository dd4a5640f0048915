// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Barntid
import Barntid.Models

// First start (or a start over): the user chooses the PIN code that protects the store, typed
// twice. The session checks both and sets up the encrypted store; meanwhile the form waits.
BCardPage {
    id: page

    function submit() {
        if (!saveButton.enabled)
            return;
        Session.setUpPin(pinField.text, confirmField.text);
        if (!Session.busy) {
            // Refused at once (different or too weak): both are typed again.
            pinField.clear();
            confirmField.clear();
            pinField.forceActiveFocus();
        }
    }

    title: qsTr("Choose a PIN code")
    Component.onCompleted: pinField.forceActiveFocus()

    BLabel {
        Layout.fillWidth: true
        level: BLabel.Level.Headline
        text: page.title
    }

    BLabel {
        Layout.fillWidth: true
        text: qsTr("The PIN code protects the information on this tablet: without it, nobody can open it.")
    }

    BLabel {
        Layout.fillWidth: true
        muted: true
        text: qsTr("Use at least %n digits, not a code you use elsewhere.", "", Session.minPinLength)
    }

    PinField {
        id: pinField

        objectName: "pinField"
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingS
        enabled: !Session.busy
        label: qsTr("New PIN code")
        onAccepted: confirmField.forceActiveFocus()
    }

    PinField {
        id: confirmField

        objectName: "confirmField"
        Layout.fillWidth: true
        enabled: !Session.busy
        label: qsTr("Repeat the PIN code")
        onAccepted: page.submit()
    }

    BLabel {
        objectName: "errorText"
        Layout.fillWidth: true
        visible: text !== ""
        color: Theme.danger
        text: Session.errorText
        Accessible.role: Accessible.AlertMessage
    }

    BBusyLabel {
        Layout.fillWidth: true
        visible: Session.busy
        text: qsTr("Setting up the encrypted storage…")
    }

    BButton {
        id: saveButton

        objectName: "saveButton"
        Layout.fillWidth: true
        highlighted: true
        enabled: !Session.busy && pinField.length > 0 && confirmField.length > 0
        text: qsTr("Save PIN code")
        onClicked: page.submit()
    }

    BLabel {
        Layout.fillWidth: true
        level: BLabel.Level.Small
        muted: true
        text: Session.keyProtection
    }
}
