// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// The foster family's home screen, and all there is for them: their bookings first, then the
// free times of their social workers to book, evening times marked. Big type and one column,
// for a phone in the evening.
BPage {
    id: page

    readonly property bool narrow: width < 600
    readonly property alias bookings: myBookings
    readonly property alias openTimes: times

    function book(slotId) {
        bookDialog.slotId = slotId;
        bookDialog.open();
    }

    // The calendar file goes to whatever the platform opens .ics files with.
    function addToCalendar(bookingId) {
        const url = myBookings.calendarFile(bookingId);
        if (String(url) !== "" && !Qt.openUrlExternally(url))
            calendarError.text = qsTr("The calendar file could not be opened on this device.");
        else
            calendarError.text = "";
    }

    objectName: "meetingsPage"
    title: qsTr("Meetings")
    padding: narrow ? Theme.spacingM : Theme.spacingXl

    MyBookingsModel {
        id: myBookings

        session: Session
        unitName: qsTr("Social services")
    }

    OpenTimesModel {
        id: times

        session: Session
    }

    BookDialog {
        id: bookDialog

        objectName: "bookDialog"
        model: times
    }

    BConfirmDialog {
        id: cancelDialog

        property string bookingId: ""

        objectName: "cancelMyBookingDialog"
        title: qsTr("Cancel the booking?")
        text: qsTr("The time becomes free for others. You can book a new time afterwards.")
        acceptText: qsTr("Cancel booking")
        acceptObjectName: "confirmCancelMyBooking"
        destructive: true
        onAccepted: myBookings.cancel(bookingId)
    }

    Flickable {
        id: flick

        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ScrollIndicator.vertical: ScrollIndicator {
        }

        ColumnLayout {
            id: column

            width: Math.min(flick.width, Theme.contentMaxWidth)
            x: (flick.width - width) / 2
            spacing: Theme.spacingM

            BLabel {
                Layout.fillWidth: true
                level: page.narrow ? BLabel.Level.Title : BLabel.Level.Headline
                text: qsTr("Your meetings")
                Accessible.role: Accessible.Heading
            }

            BLabel {
                objectName: "noBookings"
                Layout.fillWidth: true
                visible: myBookings.count === 0
                muted: true
                text: qsTr("You have no booked meetings. Choose a free time below.")
            }

            BLabel {
                objectName: "bookingsError"
                Layout.fillWidth: true
                visible: text !== ""
                color: Theme.danger
                text: myBookings.errorText
                Accessible.role: Accessible.AlertMessage
            }

            BLabel {
                id: calendarError

                objectName: "calendarError"
                Layout.fillWidth: true
                visible: text !== ""
                color: Theme.danger
                Accessible.role: Accessible.AlertMessage
            }

            Repeater {
                objectName: "myBookingsList"
                model: myBookings

                BookingCard {
                    Layout.fillWidth: true
                    // qmllint disable unqualified
                    alternatives: lost && times.revision > 0 ? times.nearest(ownerName, startsAt, 3) : []
                    onCancelRequested: bookingId => {
                        cancelDialog.bookingId = bookingId;
                        cancelDialog.open();
                    }
                    onCalendarRequested: bookingId => page.addToCalendar(bookingId)
                    onDismissRequested: bookingId => myBookings.dismiss(bookingId)
                    onAlternativeChosen: slotId => page.book(slotId)
                    // qmllint enable unqualified
                }
            }

            BLabel {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingL
                level: page.narrow ? BLabel.Level.Title : BLabel.Level.Headline
                text: qsTr("Book a meeting")
                Accessible.role: Accessible.Heading
            }

            BLabel {
                Layout.fillWidth: true
                muted: true
                text: qsTr("Evening times are outside office hours, for those who work or go to school in the day.")
            }

            BLabel {
                objectName: "noOpenTimes"
                Layout.fillWidth: true
                visible: times.count === 0
                muted: true
                text: qsTr("There are no free times right now. Your social worker publishes new ones; look again later.")
            }

            Repeater {
                objectName: "openTimesList"
                model: times

                OpenTimeRow {
                    Layout.fillWidth: true
                    // qmllint disable unqualified
                    onBookRequested: slotId => page.book(slotId)
                    // qmllint enable unqualified
                }
            }
        }
    }
}
