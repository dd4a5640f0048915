// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid

// A date chosen on a month calendar instead of typed: `date` is "yyyy-MM-dd" or "" (none yet,
// or none wanted when `optional`). Weeks start on Monday and the value reads as Swedish writes
// it ("tors 10 december 2026" in the Swedish interface).
BPickerField {
    id: control

    property string date: ""
    property bool optional: false
    // The month the calendar opens on when no date is chosen ("yyyy-MM-dd"; "" = this month).
    property string suggestedDate: ""
    readonly property alias picker: popup
    // The app sets sv_SE or en_SE as the default (both start weeks on Monday); a test or a
    // foreign default still gets the Swedish week.
    readonly property var calendarLocale: Qt.locale().firstDayOfWeek === Locale.Monday ? Qt.locale() : Qt.locale("sv_SE")

    function parse(iso) {
        const p = iso.split("-");
        return new Date(parseInt(p[0], 10), parseInt(p[1], 10) - 1, parseInt(p[2], 10));
    }

    function iso(d) {
        return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0");
    }

    function openPicker() {
        const start = control.date !== "" ? parse(control.date) : control.suggestedDate !== "" ? parse(control.suggestedDate) : new Date();
        grid.year = start.getFullYear();
        grid.month = start.getMonth();
        popup.open();
    }

    function showMonth(delta) {
        const first = new Date(grid.year, grid.month + delta, 1);
        grid.year = first.getFullYear();
        grid.month = first.getMonth();
    }

    valueText: date !== "" ? parse(date).toLocaleDateString(calendarLocale, "ddd d MMMM yyyy") : ""
    emptyText: optional ? qsTr("No date") : qsTr("Choose a date")
    onClicked: openPicker()

    Popup {
        id: popup

        objectName: "datePicker"
        parent: Overlay.overlay
        anchors.centerIn: parent
        // Seven columns of full touch targets, on the narrowest phone too.
        width: Math.min(Theme.touchTarget * 7 + 2 * padding + Theme.spacingM * 2, parent ? parent.width - Theme.spacingS : 400)
        modal: true
        padding: Theme.spacingS

        background: Rectangle {
            color: Theme.surface
            radius: Theme.radius * 2
            border.width: 1
            border.color: Theme.divider
        }

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacingS

            RowLayout {
                Layout.fillWidth: true

                BButton {
                    objectName: "previousMonthButton"
                    flat: true
                    text: "‹"
                    implicitWidth: Theme.touchTarget
                    leftPadding: 0
                    rightPadding: 0
                    font.pixelSize: Theme.fontSizeTitle
                    Accessible.name: qsTr("Previous month")
                    onClicked: control.showMonth(-1)
                }

                BLabel {
                    objectName: "monthTitle"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    level: BLabel.Level.Title
                    text: control.calendarLocale.standaloneMonthName(grid.month) + " " + grid.year
                }

                BButton {
                    objectName: "nextMonthButton"
                    flat: true
                    text: "›"
                    implicitWidth: Theme.touchTarget
                    leftPadding: 0
                    rightPadding: 0
                    font.pixelSize: Theme.fontSizeTitle
                    Accessible.name: qsTr("Next month")
                    onClicked: control.showMonth(1)
                }
            }

            DayOfWeekRow {
                Layout.fillWidth: true
                // The linter of Qt 6.4 has no type for a locale property.
                // qmllint disable type
                locale: control.calendarLocale
                // qmllint enable type
                spacing: 0

                delegate: Text {
                    required property string shortName

                    text: shortName
                    font.pixelSize: Theme.fontSizeSmall
                    color: Theme.textMuted
                    horizontalAlignment: Text.AlignHCenter
                }
            }

            MonthGrid {
                id: grid

                objectName: "monthGrid"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget * 6
                // The linter of Qt 6.4 has no type for a locale property.
                // qmllint disable type
                locale: control.calendarLocale
                // qmllint enable type
                spacing: 0
                Accessible.name: monthTitleText.text

                // A label for the grid's name that is not shown (the title above shows it).
                Text {
                    id: monthTitleText

                    visible: false
                    text: control.calendarLocale.standaloneMonthName(grid.month) + " " + grid.year
                }

                // Outer ids from a delegate: resolved at run time, not by qmllint 6.4.
                // qmllint disable unqualified
                delegate: BDayButton {
                    required property var model

                    objectName: "day_" + control.iso(model.date)
                    visible: model.month === grid.month
                    date: model.date
                    today: model.today
                    chosen: control.date === control.iso(model.date)
                    dayLocale: control.calendarLocale
                    onClicked: {
                        control.date = control.iso(model.date);
                        popup.close();
                    }
                }
                // qmllint enable unqualified
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS

                BButton {
                    objectName: "clearDateButton"
                    visible: control.optional
                    flat: true
                    text: qsTr("No date")
                    onClicked: {
                        control.date = "";
                        popup.close();
                    }
                }

                Item {
                    Layout.fillWidth: true
                }

                BButton {
                    text: qsTr("Cancel")
                    flat: true
                    onClicked: popup.close()
                }
            }
        }
    }
}
