// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Barntid
import Barntid.Models

// The worker cancels a family's meeting: the reason is required, and the family reads it in the
// app, on the booking page and, if they gave an address, in an e-mail.
BFormDialog {
    id: dialog

    property ScheduleModel model
    property string bookingId: ""
    property string homeName: ""
    property bool notify: false

    function submit() {
        if (model && model.cancelBooking(bookingId, reasonField.text))
            dialog.close();
    }

    title: qsTr("Cancel the meeting")
    onAboutToShow: {
        if (model)
            model.clearError();
        reasonField.text = "";
    }

    BLabel {
        Layout.fillWidth: true
        text: dialog.notify ? qsTr("%1 sees the reason in the app and gets it by e-mail.").arg(dialog.homeName) : qsTr("%1 sees the reason in the app.").arg(dialog.homeName)
    }

    BTextArea {
        id: reasonField

        objectName: "cancelReasonField"
        Layout.fillWidth: true
        label: qsTr("Reason for the family")
        placeholderText: qsTr("e.g. I am ill. Book another time that suits you.")
    }

    BLabel {
        objectName: "cancelBookingError"
        Layout.fillWidth: true
        visible: text !== ""
        color: Theme.danger
        text: dialog.model ? dialog.model.errorText : ""
        Accessible.role: Accessible.AlertMessage
    }

    Flow {
        Layout.fillWidth: true
        layoutDirection: Qt.RightToLeft
        spacing: Theme.spacingS

        BButton {
            objectName: "sendCancelButton"
            text: qsTr("Cancel the meeting")
            highlighted: true
            destructive: true
            onClicked: dialog.submit()
        }

        BButton {
            text: qsTr("Keep it")
            flat: true
            onClicked: dialog.close()
        }
    }
}
