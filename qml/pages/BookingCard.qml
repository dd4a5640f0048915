// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid

// One of the foster family's bookings: when, where, with whom, and where it stands in plain
// words (not sent yet, waiting for confirmation, confirmed, cancelled with the worker's reason).
// A time someone else got first says so without blame and offers the same worker's nearest
// free times.
Pane {
    id: card

    required property string bookingId
    required property string day
    required property string time
    required property string place
    required property string videoLink
    required property bool afterHours
    required property string ownerName
    required property string purpose
    required property string status
    required property string stateText
    required property bool lost
    required property string cancelReason
    required property bool canCancel
    required property string cancelUntilText
    required property bool hasCalendar
    required property var startsAt
    // [{slotId, day, time, place}]: the same worker's nearest free times, for a lost time
    property var alternatives: []

    signal cancelRequested(string bookingId)
    signal calendarRequested(string bookingId)
    signal dismissRequested(string bookingId)
    signal alternativeChosen(string slotId)

    padding: Theme.spacingM
    Accessible.role: Accessible.ListItem
    Accessible.name: card.day + ", " + card.time + ", " + card.place + ", " + card.stateText

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius * 2
        border.width: 1
        border.color: card.lost ? Theme.warning : Theme.divider
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingXs

        BLabel {
            objectName: "bookingState"
            Layout.fillWidth: true
            font.bold: true
            color: card.lost ? Theme.warning : card.status === "confirmed" ? Theme.success : card.status === "cancelled" ? Theme.danger : Theme.primary
            text: card.stateText
        }

        BLabel {
            Layout.fillWidth: true
            level: BLabel.Level.Title
            text: card.day.charAt(0).toUpperCase() + card.day.slice(1)
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            BLabel {
                text: card.time
                font.bold: true
            }

            BTag {
                visible: card.afterHours
                text: qsTr("Evening time")
            }
        }

        BLabel {
            Layout.fillWidth: true
            muted: true
            text: card.ownerName !== "" ? qsTr("%1 · with %2").arg(card.place).arg(card.ownerName) : card.place
        }

        BLabel {
            objectName: "bookingVideoLink"
            Layout.fillWidth: true
            visible: card.videoLink !== ""
            text: qsTr("Video link: %1").arg(card.videoLink)
        }

        BLabel {
            Layout.fillWidth: true
            visible: card.purpose !== ""
            muted: true
            text: qsTr("You wrote: “%1”").arg(card.purpose)
        }

        BLabel {
            objectName: "bookingCancelReason"
            Layout.fillWidth: true
            visible: card.status === "cancelled" && card.cancelReason !== ""
            text: qsTr("Reason: %1").arg(card.cancelReason)
        }

        BLabel {
            Layout.fillWidth: true
            visible: card.cancelUntilText !== ""
            level: BLabel.Level.Small
            muted: true
            text: card.cancelUntilText
        }

        BLabel {
            Layout.fillWidth: true
            visible: card.lost
            text: card.alternatives.length > 0 ? qsTr("Nearest free times:") : qsTr("There are no other free times right now.")
        }

        // qmllint disable unqualified
        Repeater {
            model: card.lost ? card.alternatives : []

            BButton {
                required property var modelData

                objectName: "alternative_" + modelData.slotId
                Layout.fillWidth: true
                text: `${modelData.day}, ${modelData.time}`
                onClicked: card.alternativeChosen(modelData.slotId)
            }
        }

        // qmllint enable unqualified
        Flow {
            Layout.fillWidth: true
            layoutDirection: Qt.RightToLeft
            spacing: Theme.spacingS

            BButton {
                objectName: "calendarButton"
                visible: card.hasCalendar
                text: card.status === "cancelled" ? qsTr("Remove from calendar") : qsTr("Add to calendar")
                onClicked: card.calendarRequested(card.bookingId)
            }

            BButton {
                objectName: "cancelMyBookingButton"
                visible: card.canCancel
                text: qsTr("Cancel booking")
                flat: true
                onClicked: card.cancelRequested(card.bookingId)
            }

            BButton {
                objectName: "dismissBookingButton"
                visible: card.lost
                text: qsTr("Remove")
                flat: true
                onClicked: card.dismissRequested(card.bookingId)
            }
        }
    }
}
