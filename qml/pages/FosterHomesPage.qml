// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Barntid

// Placeholder section page until its feature lands.
BPage {
    title: qsTr("Foster homes")

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        BLabel {
            Layout.fillWidth: true
            level: BLabel.Level.Title
            text: qsTr("Foster homes")
        }

        BLabel {
            Layout.fillWidth: true
            color: Theme.textMuted
            text: qsTr("The foster homes you are assigned to arrive in the next version.")
        }

        Item {
            Layout.fillHeight: true
        }
    }
}
