// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Barntid

// The one window. Navigation is a StackView of pages; later the unlock page is pushed over
// the welcome page and locking pops back to it.
ApplicationWindow {
    id: window

    // Start value for Theme.dark, passed by main.cpp as an initial property.
    property bool startDark: false

    width: 1280
    height: 800
    minimumWidth: 600
    minimumHeight: 400
    visible: true
    title: qsTr("Barntid")
    color: Theme.background
    font.pixelSize: Theme.fontSizeBody
    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.primary
    Material.background: Theme.background
    Material.foreground: Theme.text
    Component.onCompleted: Theme.dark = startDark

    StackView {
        id: stack

        objectName: "stack"
        anchors.fill: parent

        initialItem: WelcomePage {
            objectName: "welcomePage"
        }
    }
}
