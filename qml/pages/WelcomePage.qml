// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Barntid

// First page: who we are and what state the device is in. Later issues put the unlock/PIN
// flow behind it; it stays free of case content so it is safe to show before unlocking.
BPage {
    id: page

    // One line about the device's state, set by the window as services come up.
    property string status: qsTr("Preview: unlocking and home visits arrive in the next version.")

    title: qsTr("Welcome")

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width, Theme.contentMaxWidth)
        spacing: Theme.spacingL

        BCard {
            Layout.fillWidth: true

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacingM

                BLabel {
                    objectName: "appName"
                    Layout.fillWidth: true
                    level: BLabel.Level.Display
                    horizontalAlignment: Text.AlignHCenter
                    color: Theme.primary
                    text: qsTr("Barntid")
                }

                BLabel {
                    objectName: "tagline"
                    Layout.fillWidth: true
                    level: BLabel.Level.Title
                    horizontalAlignment: Text.AlignHCenter
                    font.weight: Font.Normal
                    text: qsTr("Time with children")
                }

                Rectangle {
                    Layout.alignment: Qt.AlignHCenter
                    Layout.topMargin: Theme.spacingS
                    Layout.bottomMargin: Theme.spacingS
                    implicitWidth: Theme.touchTarget * 2
                    implicitHeight: 4
                    radius: 2
                    color: Theme.accent
                }

                BLabel {
                    objectName: "status"
                    Layout.fillWidth: true
                    muted: true
                    horizontalAlignment: Text.AlignHCenter
                    text: page.status
                    Accessible.role: Accessible.StatusBar
                }
            }
        }

        BSwitch {
            objectName: "darkThemeSwitch"
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Dark theme")
            checked: Theme.dark
            onToggled: Theme.dark = checked
        }
    }
}
