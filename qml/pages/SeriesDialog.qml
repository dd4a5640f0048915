// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// A series of meeting times: the same evening every week (the first day's weekday), split into
// meetings with a buffer between them, for a number of weeks. The dialog says how many times
// it makes before they are published; all are published or none (an overlap refuses the lot).
BFormDialog {
    id: dialog

    property ScheduleModel model
    readonly property int count: model ? model.seriesCount(dayField.date, startField.time, endField.time, lengthBox.value, bufferBox.value, weeksBox.value) : 0

    signal published(int count)

    function submit() {
        if (!model)
            return;
        const made = model.publishSeries(dayField.date, startField.time, endField.time, lengthBox.value, bufferBox.value, weeksBox.value, placeField.text, videoSwitch.checked, linkField.text);
        if (made > 0) {
            dialog.published(made);
            dialog.close();
        }
    }

    title: qsTr("New series of meeting times")
    onAboutToShow: {
        if (model)
            model.clearError();
        dayField.date = model ? model.today() : "";
        startField.time = "17:00";
        endField.time = "20:00";
        lengthBox.value = 45;
        bufferBox.value = 15;
        weeksBox.value = 4;
        placeField.text = "";
        linkField.text = "";
        videoSwitch.checked = false;
    }

    BDateField {
        id: dayField

        objectName: "seriesDayField"
        Layout.fillWidth: true
        label: qsTr("First day (the series repeats on this weekday)")
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingM

        BTimeField {
            id: startField

            objectName: "seriesStartField"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            label: qsTr("From")
        }

        BTimeField {
            id: endField

            objectName: "seriesEndField"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            label: qsTr("Until")
        }
    }

    GridLayout {
        Layout.fillWidth: true
        columns: dialog.width < 480 ? 1 : 3
        columnSpacing: Theme.spacingM
        rowSpacing: Theme.spacingS

        ColumnLayout {
            spacing: Theme.spacingXs

            BLabel {
                level: BLabel.Level.Small
                muted: true
                text: qsTr("Meeting (minutes)")
            }

            SpinBox {
                id: lengthBox

                objectName: "seriesLengthBox"
                implicitHeight: Theme.touchTarget
                from: 15
                to: 180
                stepSize: 15
                editable: true
                Accessible.name: qsTr("Meeting length in minutes")
            }
        }

        ColumnLayout {
            spacing: Theme.spacingXs

            BLabel {
                level: BLabel.Level.Small
                muted: true
                text: qsTr("Buffer (minutes)")
            }

            SpinBox {
                id: bufferBox

                objectName: "seriesBufferBox"
                implicitHeight: Theme.touchTarget
                from: 0
                to: 120
                stepSize: 5
                editable: true
                Accessible.name: qsTr("Buffer between meetings in minutes")
            }
        }

        ColumnLayout {
            spacing: Theme.spacingXs

            BLabel {
                level: BLabel.Level.Small
                muted: true
                text: qsTr("Weeks")
            }

            SpinBox {
                id: weeksBox

                objectName: "seriesWeeksBox"
                implicitHeight: Theme.touchTarget
                from: 1
                to: 26
                editable: true
                Accessible.name: qsTr("Number of weeks")
            }
        }
    }

    BSwitch {
        id: videoSwitch

        objectName: "seriesVideoSwitch"
        text: qsTr("Video meeting")
    }

    BTextField {
        id: placeField

        objectName: "seriesPlaceField"
        Layout.fillWidth: true
        visible: !videoSwitch.checked
        label: qsTr("Place")
        placeholderText: qsTr("e.g. Socialkontoret, Storgatan 1")
    }

    BTextField {
        id: linkField

        objectName: "seriesLinkField"
        Layout.fillWidth: true
        visible: videoSwitch.checked
        label: qsTr("Video link")
        placeholderText: "https://"
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
    }

    BLabel {
        objectName: "seriesCount"
        Layout.fillWidth: true
        text: dialog.count > 0 ? qsTr("%n meeting time(s) will be published.", "", dialog.count) : qsTr("No meeting fits in the time chosen.")
    }

    BLabel {
        objectName: "seriesError"
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
            objectName: "publishSeriesButton"
            text: qsTr("Publish")
            highlighted: true
            enabled: dialog.count > 0
            onClicked: dialog.submit()
        }

        BButton {
            text: qsTr("Cancel")
            flat: true
            onClicked: dialog.close()
        }
    }
}
