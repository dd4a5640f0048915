// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Barntid

// One wheel of BTimeField: two-digit numbers (index × `step`), the chosen one in the text
// colour and bold, the others muted but still readable (never faded below 4.5:1).
Tumbler {
    id: control

    property int step: 1

    implicitWidth: Theme.touchTarget * 1.5
    implicitHeight: Theme.touchTarget * visibleItemCount
    visibleItemCount: 3
    wrap: true
    Accessible.role: Accessible.SpinBox
    Accessible.description: String(currentIndex * step).padStart(2, "0")

    // Outer ids from a delegate: resolved at run time, not by qmllint 6.4.
    // qmllint disable unqualified
    delegate: Text {
        required property int index

        text: String(index * control.step).padStart(2, "0")
        font.pixelSize: Theme.fontSizeTitle
        font.weight: index === control.currentIndex ? Font.DemiBold : Font.Normal
        color: index === control.currentIndex ? Theme.text : Theme.textMuted
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    // qmllint enable unqualified

    // The chosen row between two lines, so the choice does not rest on weight alone.
    Rectangle {
        x: 0
        y: control.height / control.visibleItemCount
        width: control.width
        height: 1
        color: Theme.outline
    }

    Rectangle {
        x: 0
        y: control.height * 2 / control.visibleItemCount
        width: control.width
        height: 1
        color: Theme.outline
    }
}
