// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid

// What the supervisor should follow up (TeamPage): foster children whose visit is due (a tap
// opens the case), foster homes without training offered or supervision, and devices that have
// not reached the server for 48 hours.
BCard {
    id: card

    // The lists of TeamDashboardModel: overdueChildren, fosterHomes, staleDevices.
    property var dueChildren: []
    property var homes: []
    property var devices: []
    property bool narrow: false

    signal openCase(string caseId)

    padding: narrow ? Theme.spacingM : Theme.spacingL
    Accessible.role: Accessible.Grouping
    Accessible.name: heading.text

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        BLabel {
            id: heading

            Layout.fillWidth: true
            level: BLabel.Level.Title
            text: qsTr("To follow up")
        }

        BLabel {
            Layout.fillWidth: true
            font.weight: Font.DemiBold
            text: qsTr("Foster children due for a visit (%1)").arg(card.dueChildren.length)
        }

        Repeater {
            objectName: "overdueList"
            model: card.dueChildren

            delegate: AbstractButton {
                id: child

                required property var modelData

                objectName: "overdue_" + modelData.caseId
                Layout.fillWidth: true
                implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
                padding: Theme.spacingS
                text: qsTr("%1 · %2").arg(modelData.displayName).arg(modelData.caseNumber)
                Accessible.role: Accessible.Button
                Accessible.name: text + ", " + modelData.dueText + (modelData.workerName !== "" ? ", " + modelData.workerName : "") + ". " + qsTr("Open the case.")
                // qmllint disable unqualified
                onClicked: card.openCase(modelData.caseId)

                // qmllint enable unqualified
                contentItem: ColumnLayout {
                    spacing: 0

                    BLabel {
                        Layout.fillWidth: true
                        color: Theme.primary
                        font.italic: child.modelData.protectedIdentity
                        text: child.text
                    }

                    BLabel {
                        Layout.fillWidth: true
                        level: BLabel.Level.Small
                        color: Theme.danger
                        text: "⚠ " + child.modelData.dueText + (child.modelData.workerName !== "" ? " · " + child.modelData.workerName : "")
                    }
                }

                background: Rectangle {
                    radius: Theme.radius
                    color: child.pressed ? Theme.background : Theme.surface
                    border.width: child.visualFocus ? 2 : 1
                    border.color: child.visualFocus ? Theme.focus : Theme.divider
                }
            }
        }

        BLabel {
            Layout.fillWidth: true
            muted: true
            visible: card.dueChildren.length === 0
            text: qsTr("No foster child is due for a visit.")
        }

        BLabel {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingS
            font.weight: Font.DemiBold
            text: qsTr("Foster homes without training or supervision (%1)").arg(card.homes.length)
        }

        Repeater {
            objectName: "fosterHomeList"
            model: card.homes

            delegate: ColumnLayout {
                id: home

                required property var modelData

                Layout.fillWidth: true
                spacing: 0

                BLabel {
                    Layout.fillWidth: true
                    text: home.modelData.name
                }

                BLabel {
                    Layout.fillWidth: true
                    level: BLabel.Level.Small
                    color: Theme.warning
                    text: home.modelData.reasons
                }
            }
        }

        BLabel {
            Layout.fillWidth: true
            muted: true
            visible: card.homes.length === 0
            text: qsTr("Every foster home has been offered training and has supervision.")
        }

        BLabel {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingS
            font.weight: Font.DemiBold
            text: qsTr("Devices not synced for 48 hours (%1)").arg(card.devices.length)
        }

        Repeater {
            objectName: "deviceList"
            model: card.devices

            delegate: ColumnLayout {
                id: device

                required property var modelData

                Layout.fillWidth: true
                spacing: 0

                BLabel {
                    Layout.fillWidth: true
                    text: qsTr("%1 · %2").arg(device.modelData.name !== "" ? device.modelData.name : qsTr("Unnamed device")).arg(device.modelData.ownerName)
                }

                BLabel {
                    Layout.fillWidth: true
                    level: BLabel.Level.Small
                    color: device.modelData.neverSeen ? Theme.danger : Theme.warning
                    text: device.modelData.lastSeenText
                }
            }
        }

        BLabel {
            Layout.fillWidth: true
            muted: true
            visible: card.devices.length === 0
            text: qsTr("Every device of the team has synced in the last 48 hours.")
        }
    }
}
