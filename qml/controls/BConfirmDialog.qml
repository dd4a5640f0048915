// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Barntid

// Asks before an action that cannot simply be taken back (signing out, removing an entry):
// what happens, in one or two sentences, "Cancel" and the action named as on its button.
BFormDialog {
    id: dialog

    property string text: ""
    property string acceptText: ""
    property string acceptObjectName: "confirmButton"
    property bool destructive: false

    width: Math.min(480, (parent ? parent.width : 480) - Theme.spacingM * 2)

    BLabel {
        objectName: "confirmText"
        Layout.fillWidth: true
        text: dialog.text
    }

    // Right-aligned, the main action rightmost; on a narrow phone the buttons wrap instead of
    // running out of the dialog.
    Flow {
        Layout.fillWidth: true
        layoutDirection: Qt.RightToLeft
        spacing: Theme.spacingS

        BButton {
            objectName: dialog.acceptObjectName
            text: dialog.acceptText
            highlighted: true
            destructive: dialog.destructive
            onClicked: dialog.accept()
        }

        BButton {
            objectName: "cancelConfirmButton"
            text: qsTr("Cancel")
            flat: true
            onClicked: dialog.reject()
        }
    }
}
