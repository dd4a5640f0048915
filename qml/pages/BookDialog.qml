// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Barntid
import Barntid.Models

// The foster family books a time: what they want to talk about in a few words (no names or
// details about the child: it goes to the worker's calendar) and, if they like, an e-mail
// address for the confirmation. It is a request until the worker confirms it.
BFormDialog {
    id: dialog

    property OpenTimesModel model
    property string slotId: ""
    property var slot: ({})

    signal booked(string bookingId)

    function submit() {
        if (!model)
            return;
        const id = model.book(slotId, purposeField.text, emailField.text);
        if (id !== "") {
            dialog.booked(id);
            dialog.close();
        }
    }

    title: qsTr("Book the time")
    onAboutToShow: {
        if (model)
            model.clearError();
        slot = model ? model.slotData(slotId) : {};
        purposeField.text = "";
        emailField.text = "";
    }

    BLabel {
        objectName: "bookSlotText"
        Layout.fillWidth: true
        level: BLabel.Level.Title
        text: dialog.slot.day ? `${dialog.slot.day.charAt(0).toUpperCase()}${dialog.slot.day.slice(1)}, ${dialog.slot.time}` : ""
    }

    BLabel {
        Layout.fillWidth: true
        muted: true
        text: dialog.slot.place ?? ""
    }

    BTextArea {
        id: purposeField

        objectName: "purposeField"
        Layout.fillWidth: true
        label: qsTr("What do you want to talk about?")
        placeholderText: qsTr("A few words, e.g. the holidays")
    }

    // It goes into the worker's calendar: said where it stays in view while typing.
    BLabel {
        Layout.fillWidth: true
        level: BLabel.Level.Small
        text: qsTr("Do not write names or details about the child.")
    }

    BLabel {
        Layout.fillWidth: true
        level: BLabel.Level.Small
        muted: purposeField.text.length <= 500
        color: purposeField.text.length > 500 ? Theme.danger : Theme.textMuted
        text: qsTr("%1 of 500 characters").arg(purposeField.text.length)
    }

    BTextField {
        id: emailField

        objectName: "emailField"
        Layout.fillWidth: true
        label: qsTr("E-mail for the confirmation (optional)")
        inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
    }

    BLabel {
        objectName: "bookError"
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
            objectName: "sendBookingButton"
            text: qsTr("Book")
            highlighted: true
            onClicked: dialog.submit()
        }

        BButton {
            text: qsTr("Cancel")
            flat: true
            onClicked: dialog.close()
        }
    }
}
