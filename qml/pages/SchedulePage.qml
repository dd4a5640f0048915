// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// The social worker's meeting times, a week at a time: open times, families' requests waiting
// for an answer, and confirmed meetings, by day. New times one by one or as a series (e.g.
// every Tuesday evening); a family's request is confirmed or cancelled from its row.
BPage {
    id: page

    readonly property bool narrow: width < 600
    readonly property alias model: schedule

    function publishTimes() {
        seriesDialog.open();
    }

    objectName: "schedulePage"
    title: qsTr("Meetings")
    padding: narrow ? Theme.spacingM : Theme.spacingXl

    ScheduleModel {
        id: schedule

        session: Session
    }

    SlotDialog {
        id: slotDialog

        objectName: "slotDialog"
        model: schedule
        onClosed: schedule.clearError()
    }

    SeriesDialog {
        id: seriesDialog

        objectName: "seriesDialog"
        model: schedule
        onClosed: schedule.clearError()
    }

    CancelBookingDialog {
        id: cancelDialog

        objectName: "cancelBookingDialog"
        model: schedule
        onClosed: schedule.clearError()
    }

    BConfirmDialog {
        id: withdrawDialog

        property string slotId: ""

        objectName: "withdrawDialog"
        title: qsTr("Withdraw the time?")
        text: qsTr("Families can no longer book it.")
        acceptText: qsTr("Withdraw")
        acceptObjectName: "confirmWithdrawButton"
        destructive: true
        onAccepted: schedule.withdraw(slotId)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            BLabel {
                Layout.fillWidth: true
                Layout.preferredWidth: 0
                level: page.narrow ? BLabel.Level.Title : BLabel.Level.Headline
                elide: Text.ElideRight
                wrapMode: Text.NoWrap
                text: page.title
            }

            BButton {
                objectName: "newSeriesButton"
                text: qsTr("New series")
                highlighted: true
                onClicked: seriesDialog.open()
            }

            BButton {
                objectName: "newSlotButton"
                text: qsTr("New time")
                onClicked: slotDialog.open()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXs

            BButton {
                objectName: "schedulePreviousWeek"
                Layout.preferredWidth: Theme.touchTarget
                leftPadding: 0
                rightPadding: 0
                font.pixelSize: Theme.fontSizeHeadline
                text: "‹"
                flat: true
                Accessible.name: qsTr("Previous week")
                onClicked: schedule.previousWeek()
            }

            BLabel {
                objectName: "scheduleWeekText"
                Layout.fillWidth: true
                Layout.preferredWidth: 0
                horizontalAlignment: Text.AlignHCenter
                level: page.narrow ? BLabel.Level.Body : BLabel.Level.Title
                font.bold: true
                text: schedule.weekText
            }

            BButton {
                objectName: "scheduleNextWeek"
                Layout.preferredWidth: Theme.touchTarget
                leftPadding: 0
                rightPadding: 0
                font.pixelSize: Theme.fontSizeHeadline
                text: "›"
                flat: true
                Accessible.name: qsTr("Next week")
                onClicked: schedule.nextWeek()
            }

            BButton {
                objectName: "scheduleThisWeek"
                text: qsTr("Today")
                flat: true
                onClicked: schedule.thisWeek()
            }
        }

        BLabel {
            objectName: "requestedNote"
            Layout.fillWidth: true
            visible: schedule.requestedCount > 0
            color: Theme.primary
            text: qsTr("%n request(s) from families wait for your answer.", "", schedule.requestedCount)
        }

        BLabel {
            objectName: "scheduleError"
            Layout.fillWidth: true
            visible: text !== "" && !slotDialog.visible && !seriesDialog.visible && !cancelDialog.visible
            color: Theme.danger
            text: schedule.errorText
            Accessible.role: Accessible.AlertMessage
        }

        BLabel {
            objectName: "scheduleEmpty"
            Layout.fillWidth: true
            visible: schedule.count === 0
            muted: true
            text: qsTr("No meeting times this week.")
        }

        ListView {
            id: list

            objectName: "scheduleList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingS
            model: schedule
            section.property: "day"
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Meeting times")

            section.delegate: BLabel {
                required property string section

                width: ListView.view.width
                topPadding: Theme.spacingM
                bottomPadding: Theme.spacingXs
                level: BLabel.Level.Title
                text: section.charAt(0).toUpperCase() + section.slice(1)
                Accessible.role: Accessible.Heading
            }

            delegate: ScheduleRow {
                width: ListView.view.width
                // Outer ids from a delegate: resolved at run time, not by qmllint 6.4.
                // qmllint disable unqualified
                onWithdrawRequested: slotId => {
                    withdrawDialog.slotId = slotId;
                    withdrawDialog.open();
                }
                onConfirmRequested: bookingId => schedule.confirm(bookingId)
                onCancelRequested: (bookingId, homeName, notify) => {
                    cancelDialog.bookingId = bookingId;
                    cancelDialog.homeName = homeName;
                    cancelDialog.notify = notify;
                    cancelDialog.open();
                }
                // qmllint enable unqualified
            }
        }
    }
}
