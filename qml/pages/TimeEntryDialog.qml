// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// A new time entry (tidsregistrering) on one day of the shown week: category, start and end
// as local times, and a note. Time with children on visits is not typed here: it comes from
// the visit itself.
Dialog {
    id: dialog

    property TimeLogModel model
    // Seven maps {date, dayName, dayOfMonth} of the shown week (WeekSummaryModel.days)
    property var days: []
    property string category: "documentation"
    property string day: ""

    function submit() {
        if (!model)
            return;
        const id = model.addEntry(dialog.category, `${dialog.day}T${startField.text}`, `${dialog.day}T${endField.text}`, noteField.text);
        if (id !== "")
            dialog.close();
    }

    title: qsTr("New time entry")
    modal: true
    anchors.centerIn: parent
    width: Math.min(600, (parent ? parent.width : 600) - Theme.spacingM * 2)
    height: Math.min(implicitHeight, (parent ? parent.height : 800) - Theme.spacingM * 2)
    padding: Theme.spacingL
    onAboutToShow: {
        const today = model ? model.today : "";
        const inWeek = days.some(d => d.date === today);
        dialog.day = inWeek ? today : (days.length > 0 ? days[0].date : "");
        dialog.category = "documentation";
        startField.text = "";
        endField.text = "";
        noteField.text = "";
    }

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius * 2
        border.width: 1
        border.color: Theme.divider
    }

    Flickable {
        id: flick

        anchors.fill: parent
        implicitHeight: form.implicitHeight
        contentHeight: form.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: form

            width: flick.width
            spacing: Theme.spacingM

            BLabel {
                text: qsTr("Category")
                level: BLabel.Level.Small
                muted: true
            }

            // Outer ids from a delegate: resolved at run time, not by qmllint 6.4.
            // qmllint disable unqualified
            Flow {
                objectName: "categoryChips"
                Layout.fillWidth: true
                spacing: Theme.spacingS

                Repeater {
                    model: dialog.model ? dialog.model.categories() : []

                    BChip {
                        required property var modelData

                        objectName: "category_" + modelData.code
                        text: modelData.text
                        checked: dialog.category === modelData.code
                        onClicked: dialog.category = modelData.code
                    }
                }
            }

            BLabel {
                text: qsTr("Day")
                level: BLabel.Level.Small
                muted: true
            }

            // Outer ids from a delegate: resolved at run time, not by qmllint 6.4.
            // qmllint disable unqualified
            Flow {
                objectName: "dayChips"
                Layout.fillWidth: true
                spacing: Theme.spacingS

                Repeater {
                    model: dialog.days

                    BChip {
                        required property var modelData

                        objectName: "day_" + modelData.date
                        text: `${modelData.dayName} ${modelData.dayOfMonth}`
                        checked: dialog.day === modelData.date
                        onClicked: dialog.day = modelData.date
                        Accessible.name: `${modelData.longDayName} ${modelData.dayOfMonth}`
                    }
                }
            }

            // qmllint enable unqualified
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingM

                BTextField {
                    id: startField

                    objectName: "startField"
                    Layout.fillWidth: true
                    label: qsTr("Start time")
                    placeholderText: qsTr("Start, e.g. 13:00")
                    inputMethodHints: Qt.ImhPreferNumbers
                    validator: RegularExpressionValidator {
                        regularExpression: /^([01]?[0-9]|2[0-3]):[0-5][0-9]$/
                    }
                }

                BTextField {
                    id: endField

                    objectName: "endField"
                    Layout.fillWidth: true
                    label: qsTr("End time")
                    placeholderText: qsTr("End, e.g. 14:30")
                    inputMethodHints: Qt.ImhPreferNumbers
                    validator: RegularExpressionValidator {
                        regularExpression: /^([01]?[0-9]|2[0-3]):[0-5][0-9]$/
                    }
                }
            }

            BTextArea {
                id: noteField

                objectName: "noteField"
                Layout.fillWidth: true
                label: qsTr("Note")
                placeholderText: qsTr("Note (optional)")
            }

            BLabel {
                objectName: "timeEntryError"
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
                    objectName: "saveTimeEntryButton"
                    text: qsTr("Save")
                    highlighted: true
                    onClicked: dialog.submit()
                }
            }
        }
    }
}
