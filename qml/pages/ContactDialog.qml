// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// Logs a contact with a foster family, made now: its kind, how long, a note and the date of
// the next follow-up (uppföljning).
Dialog {
    id: dialog

    property ContactLogModel model
    property string kind: "phone"

    function submit() {
        if (!model)
            return;
        const minutes = durationField.text === "" ? 0 : parseInt(durationField.text, 10);
        if (model.addContact(dialog.kind, minutes, noteField.text, followUpField.text) === "")
            return;
        dialog.close();
    }

    title: qsTr("New contact")
    modal: true
    anchors.centerIn: parent
    width: Math.min(620, (parent ? parent.width : 620) - Theme.spacingM * 2)
    padding: Theme.spacingL
    onAboutToShow: {
        dialog.kind = "phone";
        durationField.clear();
        noteField.clear();
        followUpField.clear();
    }

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius * 2
        border.width: 1
        border.color: Theme.divider
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

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
            placeholderText: qsTr("Duration in minutes, e.g. 45")
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

        BTextField {
            id: followUpField

            objectName: "followUpField"
            Layout.fillWidth: true
            label: qsTr("Next follow-up")
            placeholderText: qsTr("Next follow-up, YYYY-MM-DD (optional)")
            inputMethodHints: Qt.ImhDate | Qt.ImhPreferNumbers
            maximumLength: 10
        }

        BLabel {
            objectName: "contactError"
            Layout.fillWidth: true
            visible: text !== ""
            color: Theme.danger
            text: dialog.model ? dialog.model.errorText : ""
            Accessible.role: Accessible.AlertMessage
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM

            Item {
                Layout.fillWidth: true
            }

            BButton {
                text: qsTr("Cancel")
                flat: true
                onClicked: dialog.close()
            }

            BButton {
                objectName: "saveContactButton"
                text: qsTr("Save contact")
                highlighted: true
                onClicked: dialog.submit()
            }
        }
    }
}
