// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// A time of day chosen with two steppers (hours 00–23, minutes in `minuteStep` steps; − and +
// wrap around) instead of typed: `time` is "HH:mm" (24-hour, as Swedish writes it) or "" until
// one is chosen. Spin boxes, not wheels: a screen reader knows them and reads their value.
BPickerField {
    id: control

    property string time: ""
    property int minuteStep: 5
    // Where the wheels start when no time is chosen yet ("HH:mm"; "" = now).
    property string suggestedTime: ""
    readonly property alias picker: popup

    function pad(n) {
        return (n < 10 ? "0" : "") + n;
    }

    // Opens the steppers on the chosen time, or the suggestion, rounded to the step.
    function openPicker() {
        let start = control.time !== "" ? control.time : control.suggestedTime;
        if (start === "")
            start = StockholmTime.time(new Date());
        const parts = start.split(":");
        hours.value = parseInt(parts[0], 10);
        minutes.value = (Math.round(parseInt(parts[1], 10) / control.minuteStep) * control.minuteStep) % 60;
        popup.open();
    }

    valueText: time
    emptyText: qsTr("Choose a time")
    onClicked: openPicker()

    Popup {
        id: popup

        objectName: "timePicker"
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        padding: Theme.spacingM

        background: Rectangle {
            color: Theme.surface
            radius: Theme.radius * 2
            border.width: 1
            border.color: Theme.divider
        }

        ColumnLayout {
            spacing: Theme.spacingM

            BLabel {
                Layout.fillWidth: true
                level: BLabel.Level.Title
                text: control.label
            }

            RowLayout {
                Layout.alignment: Qt.AlignHCenter
                spacing: Theme.spacingS

                BTimeSpinBox {
                    id: hours

                    objectName: "hourSpinBox"
                    to: 23
                    Accessible.name: qsTr("Hour")
                }

                BLabel {
                    level: BLabel.Level.Headline
                    text: ":"
                    Accessible.ignored: true
                }

                BTimeSpinBox {
                    id: minutes

                    objectName: "minuteSpinBox"
                    to: 60 - control.minuteStep
                    stepSize: control.minuteStep
                    Accessible.name: qsTr("Minutes")
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS

                BButton {
                    text: qsTr("Cancel")
                    flat: true
                    onClicked: popup.close()
                }

                BButton {
                    objectName: "timePickerOk"
                    Layout.fillWidth: true
                    text: qsTr("OK")
                    highlighted: true
                    onClicked: {
                        control.time = control.pad(hours.value) + ":" + control.pad(minutes.value);
                        popup.close();
                    }
                }
            }
        }
    }
}
