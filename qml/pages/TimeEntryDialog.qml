// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Barntid
import Barntid.Models

// A new time entry (tidsregistrering) on one day of the shown week: category, start and end
// as local times, and a note. Time with children on visits is not typed here: it comes from
// the visit itself.
BFormDialog {
    id: dialog

    property TimeLogModel model
    // Seven maps {date, dayName, longDayName, dayOfMonth} of the shown week (WeekSummaryModel.days)
    property var days: []
    property string category: "documentation"
    property string day: ""

    function submit() {
        if (!model)
            return;
        const id = model.addEntry(dialog.category, `${dialog.day}T${startField.time}`, `${dialog.day}T${endField.time}`, noteField.text);
        if (id !== "")
            dialog.close();
    }

    title: qsTr("New time entry")
    onAboutToShow: {
        const today = model ? model.today : "";
        const inWeek = days.some(d => d.date === today);
        dialog.day = inWeek ? today : (days.length > 0 ? days[0].date : "");
        dialog.category = "documentation";
        startField.time = "";
        endField.time = "";
        noteField.text = "";
    }

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
                exclusive: true
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
                exclusive: true
                text: `${modelData.dayName} ${modelData.dayOfMonth}`
                checked: dialog.day === modelData.date
                onClicked: dialog.day = modelData.date
                Accessible.description: `${modelData.longDayName} ${modelData.dayOfMonth}`
            }
        }
    }

    // qmllint enable unqualified
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingM

        BTimeField {
            id: startField

            objectName: "startField"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            label: qsTr("Start time")
        }

        BTimeField {
            id: endField

            objectName: "endField"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            label: qsTr("End time")
            // An hour after the start is the likeliest end.
            suggestedTime: startField.time !== "" ? String((parseInt(startField.time, 10) + 1) % 24).padStart(2, "0") + startField.time.slice(2) : ""
        }
    }

    BTextArea {
        id: noteField

        objectName: "noteField"
        Layout.fillWidth: true
        label: qsTr("Note")
        placeholderText: qsTr("Optional")
    }

    BLabel {
        objectName: "timeEntryError"
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
            objectName: "saveTimeEntryButton"
            text: qsTr("Save")
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
