// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Barntid
import Barntid.Models

// One meeting time: a day, its start and end, and where (a place, or a video meeting with its
// link, which only the family that books it gets). Whether it is evening time is the server's
// call, from the unit's opening hours.
BFormDialog {
    id: dialog

    property ScheduleModel model

    function submit() {
        if (!model)
            return;
        if (model.publishSlot(dayField.date, startField.time, endField.time, placeField.text, videoSwitch.checked, linkField.text))
            dialog.close();
    }

    title: qsTr("New meeting time")
    onAboutToShow: {
        if (model)
            model.clearError();
        dayField.date = model ? model.today() : "";
        startField.time = "";
        endField.time = "";
        placeField.text = "";
        linkField.text = "";
        videoSwitch.checked = false;
    }

    BDateField {
        id: dayField

        objectName: "slotDayField"
        Layout.fillWidth: true
        label: qsTr("Day")
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingM

        BTimeField {
            id: startField

            objectName: "slotStartField"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            label: qsTr("Start time")
            suggestedTime: "17:00"
        }

        BTimeField {
            id: endField

            objectName: "slotEndField"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            label: qsTr("End time")
            suggestedTime: startField.time !== "" ? String((parseInt(startField.time, 10) + 1) % 24).padStart(2, "0") + startField.time.slice(2) : ""
        }
    }

    BSwitch {
        id: videoSwitch

        objectName: "slotVideoSwitch"
        text: qsTr("Video meeting")
    }

    BTextField {
        id: placeField

        objectName: "slotPlaceField"
        Layout.fillWidth: true
        visible: !videoSwitch.checked
        label: qsTr("Place")
        placeholderText: qsTr("e.g. Socialkontoret, Storgatan 1")
    }

    BTextField {
        id: linkField

        objectName: "slotLinkField"
        Layout.fillWidth: true
        visible: videoSwitch.checked
        label: qsTr("Video link")
        placeholderText: "https://"
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
    }

    BLabel {
        objectName: "slotError"
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
            objectName: "publishSlotButton"
            text: qsTr("Publish")
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
