// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Barntid

// Placeholder section page until its feature lands.
BPage {
    title: qsTr("My week")

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        BLabel {
            Layout.fillWidth: true
            level: BLabel.Level.Title
            text: qsTr("My week")
        }

        BLabel {
            Layout.fillWidth: true
            color: Theme.textMuted
            text: qsTr("Your week's time log and barntid share arrive in the next version.")
        }

        Item {
            Layout.fillHeight: true
        }
    }
}
