// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Barntid
import Barntid.Models

// The one window. What it shows follows Session.state: PIN set-up, unlock, the key-destroyed
// notice, or, once the store is open, the app's pages on a StackView. Leaving the open state
// destroys that StackView with every page on it, so a locked window holds nothing of the data.
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
                return openView;
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
        id: openView

        Page {
            objectName: "openView"

            header: ToolBar {
                id: toolBar

                // A phone, or a tablet's split screen.
                readonly property bool compact: width < Theme.contentMaxWidth

                background: Rectangle {
                    color: Theme.surface

                    Rectangle {
                        anchors.bottom: parent.bottom
                        width: parent.width
                        height: 1
                        color: Theme.divider
                    }
                }

                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacingM
                    anchors.rightMargin: Theme.spacingS
                    spacing: Theme.spacingS

                    BLabel {
                        Layout.fillWidth: true
                        level: BLabel.Level.Title
                        color: Theme.primary
                        elide: Text.ElideRight
                        wrapMode: Text.NoWrap
                        text: qsTr("Barntid")
                    }

                    SyncIndicator {
                        objectName: "syncIndicator"
                        Layout.maximumWidth: implicitWidth
                        Layout.minimumWidth: Theme.touchTarget
                        compact: toolBar.compact
                        onClicked: syncPage.open()
                    }

                    BButton {
                        objectName: "languageButton"
                        flat: true
                        // Narrow (a phone): tighter, so the name and the sync state still fit.
                        leftPadding: toolBar.compact ? Theme.spacingS : Theme.spacingL
                        rightPadding: leftPadding
                        implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
                        // Each language is offered in its own name, so it can be found either way.
                        text: Language.code === "sv" ? "English" : "Svenska"
                        Accessible.name: qsTr("Change language")
                        onClicked: Language.code = Language.code === "sv" ? "en" : "sv"
                    }

                    BButton {
                        objectName: "lockButton"
                        flat: true
                        leftPadding: toolBar.compact ? Theme.spacingS : Theme.spacingL
                        rightPadding: leftPadding
                        implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
                        text: qsTr("Lock")
                        onClicked: Session.lock()
                    }
                }
            }

            // Sign-in, the "safe to leave" receipt and what needs attention.
            SyncPage {
                id: syncPage

                objectName: "syncPage"
            }

            // One StackView per section, so each keeps its place when the worker switches.
            StackLayout {
                anchors.fill: parent
                currentIndex: sections.currentIndex

                StackView {
                    objectName: "stack"
                    // The first page once the store is open: the one place that chooses the home page.
                    initialItem: CasesPage {
                        objectName: "homePage"
                    }
                }

                StackView {
                    objectName: "fosterHomesStack"
                    initialItem: FosterHomesPage {
                    }
                }

                StackView {
                    objectName: "weekStack"
                    initialItem: WeekPage {
                    }
                }
            }

            footer: TabBar {
                id: sections

                objectName: "sections"

                Repeater {
                    model: [qsTr("Cases"), qsTr("Foster homes"), qsTr("My week")]

                    TabButton {
                        required property string modelData

                        implicitHeight: Theme.touchTarget
                        text: modelData
                        Accessible.name: modelData
                    }
                }
            }
        }
    }
}
