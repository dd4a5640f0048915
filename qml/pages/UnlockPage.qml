// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Barntid
import Barntid.Models

// The locked app: PIN entry and nothing else. Shows how many tries are left, counts down the
// wait after wrong PINs, and warns before the last tries what the tenth wrong PIN destroys.
// After child mode it first asks for the tablet back: a long press shows the PIN field, and the
// count of tries is not shown (no guess can destroy the key then; docs/security.md).
BCardPage {
    id: page

    readonly property bool canTry: !Session.busy && Session.retryAfterSeconds === 0
    // Handed to a child: the hand-back screen until the worker presses and holds.
    property bool handBack: Session.handedOver

    function submit() {
        if (!unlockButton.enabled)
            return;
        Session.unlock(pinField.text);
        pinField.clear();
    }

    title: handBack ? qsTr("Thank you!") : qsTr("Barntid is locked")
    Component.onCompleted: {
        if (!handBack)
            pinField.forceActiveFocus();
    }

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
        objectName: "handBackText"
        Layout.fillWidth: true
        visible: page.handBack
        text: qsTr("Give the tablet back to your social worker, who presses and holds the button below.")
    }

    BButton {
        objectName: "handBackButton"
        Layout.fillWidth: true
        visible: page.handBack
        highlighted: true
        text: qsTr("Press and hold to unlock")
        onPressAndHold: {
            page.handBack = false;
            pinField.forceActiveFocus();
        }
    }

    BLabel {
        Layout.fillWidth: true
        visible: !page.handBack
        text: qsTr("Enter your PIN code to open the information on this tablet.")
    }

    PinField {
        id: pinField

        objectName: "pinField"
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingS
        visible: !page.handBack
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
        visible: !Session.handedOver && Session.errorText === "" && Session.remainingAttempts < Session.maxAttempts
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
        visible: text !== "" && !Session.handedOver
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
        visible: !page.handBack
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
