// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Barntid
import Barntid.Models

// The one window. What it shows follows Session.state: PIN set-up, unlock, the key-destroyed
// notice, or, once the store is open, the app (AppShell). Leaving the open state destroys the
// shell with every page on it, so a locked window holds nothing of the data; the shell rebuilds
// the place the worker was at from the store after the next unlock.
ApplicationWindow {
    id: window

    // Start value for Theme.dark, passed by main.cpp as an initial property.
    property bool startDark: false

    width: 1280
    height: 800
    minimumWidth: 360
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

    // Switching the component destroys the previous one and everything in it.
    Loader {
        objectName: "gate"
        anchors.fill: parent
        sourceComponent: {
            switch (Session.state) {
            case Session.Open:
                // In a child's hands the app is not there at all: no page, header or menu.
                return ChildMode.active ? childModeView : openView;
            case Session.Locked:
                return unlockView;
            case Session.KeyDestroyed:
                return keyDestroyedView;
            default:
                return pinSetupView;
            }
        }
    }

    Component {
        id: pinSetupView

        PinSetupPage {
            objectName: "pinSetupPage"
        }
    }

    Component {
        id: unlockView

        UnlockPage {
            objectName: "unlockPage"
        }
    }

    Component {
        id: keyDestroyedView

        KeyDestroyedPage {
            objectName: "keyDestroyedPage"
        }
    }

    Component {
        id: childModeView

        ChildModePage {
        }
    }

    Component {
        id: openView

        AppShell {
        }
    }
}
