// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid

// One meeting time on the worker's schedule: when, where, whether it is evening time, and its
// state. An open time can be withdrawn; a family's request is confirmed or cancelled with a
// reason the family sees; a confirmed meeting can still be cancelled.
Pane {
    id: row

    required property string slotId
    required property string bookingId
    required property string time
    required property string place
    required property bool afterHours
    required property string state
    required property string stateText
    required property string refused
    required property string homeName
    required property string purpose
    required property bool notify

    signal withdrawRequested(string slotId)
    signal confirmRequested(string bookingId)
    signal cancelRequested(string bookingId, string homeName, bool notify)

    padding: Theme.spacingM
    Accessible.role: Accessible.ListItem
    Accessible.name: row.time + ", " + row.place + (row.afterHours ? ", " + qsTr("Evening time") : "") + ", " + row.stateText + (row.homeName !== "" ? ", " + row.homeName : "")

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.width: row.state === "requested" ? 2 : 1
        border.color: row.state === "requested" ? Theme.primary : Theme.divider
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingXs

        BLabel {
            objectName: "slotState"
            Layout.fillWidth: true
            font.bold: true
            color: row.state === "confirmed" ? Theme.success : row.state === "requested" ? Theme.primary : Theme.textMuted
            text: row.stateText
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            BLabel {
                level: BLabel.Level.Title
                text: row.time
            }

            BTag {
                objectName: "afterHoursTag"
                visible: row.afterHours
                text: qsTr("Evening time")
            }
        }

        BLabel {
            Layout.fillWidth: true
            muted: true
            text: row.place
        }

        BLabel {
            Layout.fillWidth: true
            visible: row.homeName !== "" || row.purpose !== ""
            text: row.homeName !== "" ? qsTr("%1: “%2”").arg(row.homeName).arg(row.purpose) : qsTr("“%1”").arg(row.purpose)
        }

        BLabel {
            objectName: "slotRefused"
            Layout.fillWidth: true
            visible: row.refused !== ""
            color: Theme.danger
            text: row.refused
            Accessible.role: Accessible.AlertMessage
        }

        Flow {
            Layout.fillWidth: true
            layoutDirection: Qt.RightToLeft
            spacing: Theme.spacingS

            BButton {
                objectName: "confirmBookingButton"
                visible: row.state === "requested"
                text: qsTr("Confirm")
                highlighted: true
                onClicked: row.confirmRequested(row.bookingId)
            }

            BButton {
                objectName: "cancelBookingButton"
                visible: row.bookingId !== ""
                text: qsTr("Cancel meeting")
                flat: true
                onClicked: row.cancelRequested(row.bookingId, row.homeName, row.notify)
            }

            BButton {
                objectName: "withdrawSlotButton"
                visible: row.bookingId === ""
                text: qsTr("Withdraw")
                flat: true
                onClicked: row.withdrawRequested(row.slotId)
            }
        }
    }
}
