// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Barntid
import Barntid.Models

// The locked app: PIN entry and nothing else. Shows how many tries are left, counts down the
// wait after wrong PINs, and warns before the last tries what the tenth wrong PIN destroys.
BCardPage {
    id: page

    readonly property bool canTry: !Session.busy && Session.retryAfterSeconds === 0

    function submit() {
        if (!unlockButton.enabled)
            return;
        Session.unlock(pinField.text);
        pinField.clear();
    }

    title: qsTr("Barntid is locked")
    Component.onCompleted: pinField.forceActiveFocus()

    Connections {
        function onBusyChanged() {
            if (!Session.busy)
                pinField.forceActiveFocus();
        }

        target: Session
    }

    BLabel {
        Layout.fillWidth: true
        level: BLabel.Level.Headline
        text: page.title
    }

    BLabel {
        Layout.fillWidth: true
        text: qsTr("Enter your PIN code to open the information on this tablet.")
    }

    PinField {
        id: pinField

        objectName: "pinField"
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingS
        enabled: !Session.busy
        label: qsTr("PIN code")
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

    BLabel {
        objectName: "remainingText"
        Layout.fillWidth: true
        visible: Session.errorText === "" && Session.remainingAttempts < Session.maxAttempts
        text: qsTr("%n tries left.", "", Session.remainingAttempts)
    }

    BLabel {
        objectName: "waitText"
        Layout.fillWidth: true
        visible: text !== ""
        muted: true
        text: Session.waitText
        Accessible.role: Accessible.StatusBar
    }

    BLabel {
        objectName: "warningText"
        Layout.fillWidth: true
        visible: text !== ""
        color: Theme.warning
        font.weight: Font.DemiBold
        text: Session.warningText
        Accessible.role: Accessible.AlertMessage
    }

    BBusyLabel {
        Layout.fillWidth: true
        visible: Session.busy
        text: qsTr("Checking the PIN code…")
    }

    BButton {
        id: unlockButton

        objectName: "unlockButton"
        Layout.fillWidth: true
        highlighted: true
        enabled: page.canTry && pinField.length > 0
        text: qsTr("Unlock")
        onClicked: page.submit()
    }

    BLabel {
        Layout.fillWidth: true
        level: BLabel.Level.Small
        muted: true
        text: Session.keyProtection
    }
}
