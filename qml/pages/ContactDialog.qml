// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Barntid
import Barntid.Models

// Logs a contact with a foster family, made now: its kind, how long, a note and the date of
// the next follow-up (uppföljning).
BFormDialog {
    id: dialog

    property ContactLogModel model
    property string kind: "phone"

    function submit() {
        if (!model)
            return;
        const minutes = durationField.text === "" ? 0 : parseInt(durationField.text, 10);
        if (model.addContact(dialog.kind, minutes, noteField.text, followUpField.date) === "")
            return;
        dialog.close();
    }

    title: qsTr("New contact")
    onAboutToShow: {
        dialog.kind = "phone";
        durationField.clear();
        noteField.clear();
        followUpField.date = "";
    }

    BLabel {
        Layout.fillWidth: true
        text: qsTr("Kind of contact")
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        Repeater {
            model: dialog.model ? dialog.model.kinds : []

            // Outer ids from a delegate: resolved at run time, not by qmllint 6.4.
            // qmllint disable unqualified
            BChip {
                required property string modelData
                required property int index

                objectName: "kind_" + modelData
                exclusive: true
                text: dialog.model.kindTexts[index]
                checked: dialog.kind === modelData
                onClicked: dialog.kind = modelData
            }
            // qmllint enable unqualified
        }
    }

    BTextField {
        id: durationField

        objectName: "durationField"
        Layout.fillWidth: true
        label: qsTr("Duration in minutes")
        placeholderText: qsTr("e.g. 45")
        inputMethodHints: Qt.ImhDigitsOnly
        maximumLength: 4
        validator: IntValidator {
            bottom: 0
            top: 1440
        }
    }

    BTextArea {
        id: noteField

        objectName: "contactNoteField"
        Layout.fillWidth: true
        label: qsTr("Note")
        placeholderText: qsTr("What was it about?")
    }

    BDateField {
        id: followUpField

        objectName: "followUpField"
        Layout.fillWidth: true
        label: qsTr("Next follow-up")
        optional: true
        suggestedDate: dialog.model ? dialog.model.today() : ""
    }

    BLabel {
        objectName: "contactError"
        Layout.fillWidth: true
        visible: text !== ""
        color: Theme.danger
        text: dialog.model ? dialog.model.errorText : ""
        Accessible.role: Accessible.AlertMessage
    }

    // Right-aligned, the main action rightmost; on a narrow phone the buttons wrap instead of
    // running out of the dialog.
    Flow {
        Layout.fillWidth: true
        layoutDirection: Qt.RightToLeft
        spacing: Theme.spacingS

        BButton {
            objectName: "saveContactButton"
            text: qsTr("Save contact")
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
