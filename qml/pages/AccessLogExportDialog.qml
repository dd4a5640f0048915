// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Barntid

// "Exportera CSV" on the tablet writes no file: a CSV of the access log on the device would be
// plaintext outside the encrypted store. The dialog says where the export is made instead: the
// server's loggkontroll page, on a computer, signed in with the supervisor's account.
BFormDialog {
    id: dialog

    property string serverUrl: ""
    readonly property string address: dialog.serverUrl.replace(/\/+$/, "") + "/loggkontroll"

    title: qsTr("Export the access log")

    BLabel {
        objectName: "exportExplanation"
        Layout.fillWidth: true
        text: qsTr("The access log is never saved as a file on this device. Download it as CSV on a computer: open this address and sign in with your supervisor account.")
    }

    // Selectable, so it can be copied; read only.
    BTextField {
        objectName: "exportAddress"
        Layout.fillWidth: true
        label: qsTr("Address on the server")
        readOnly: true
        selectByMouse: true
        text: dialog.serverUrl !== "" ? dialog.address : qsTr("No server address yet: sign in under “Menu” first.")
    }

    BLabel {
        Layout.fillWidth: true
        level: BLabel.Level.Small
        muted: true
        text: qsTr("Openings made offline reach the server when the device syncs; the export includes them from then on.")
    }

    Flow {
        Layout.fillWidth: true
        layoutDirection: Qt.RightToLeft

        BButton {
            objectName: "closeExportButton"
            text: qsTr("Close")
            highlighted: true
            onClicked: dialog.close()
        }
    }
}
