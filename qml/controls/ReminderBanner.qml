// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// A meeting reminder inside the app (Reminders in Barntid.Models), for devices where no
// notification service shows it: the text ("Meeting tomorrow at 17:00") and "OK" to dismiss it.
// Hidden while there is none. Announced to screen readers as it appears.
Pane {
    id: banner

    objectName: "reminderBanner"
    visible: Reminders.notice !== ""
    padding: Theme.spacingM

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.width: 2
        border.color: Theme.primary
    }

    RowLayout {
        width: parent.width
        spacing: Theme.spacingM

        BLabel {
            objectName: "reminderText"
            Layout.fillWidth: true
            font.weight: Font.DemiBold
            text: Reminders.notice
            Accessible.role: Accessible.AlertMessage
        }

        BButton {
            objectName: "reminderDismiss"
            Layout.minimumHeight: Theme.touchTarget
            Layout.minimumWidth: Theme.touchTarget
            text: qsTr("OK")
            Accessible.description: qsTr("Dismiss the reminder")
            onClicked: Reminders.dismiss()
        }
    }
}
