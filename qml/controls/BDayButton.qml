// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Barntid

// One day of BDateField's month: a full touch target showing the day of the month, named in
// full for a screen reader ("10 december 2026, torsdag"); the chosen day filled, today ringed.
AbstractButton {
    id: control

    property date date
    property bool today: false
    property bool chosen: false
    property var dayLocale: Qt.locale()

    implicitWidth: Theme.touchTarget
    implicitHeight: Theme.touchTarget
    text: control.date.getDate()
    font.pixelSize: Theme.fontSizeBody
    Accessible.role: Accessible.Button
    Accessible.name: control.date.toLocaleDateString(control.dayLocale, "d MMMM yyyy, dddd")
    Accessible.checkable: true
    Accessible.checked: chosen

    contentItem: Text {
        text: control.text
        font: control.font
        color: control.chosen ? Theme.textOnPrimary : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }

    background: Rectangle {
        color: control.chosen ? Theme.primary : "transparent"
        radius: height / 2
        border.width: control.today || control.visualFocus ? 2 : 0
        border.color: control.visualFocus ? Theme.focus : Theme.primary
    }
}
