// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Barntid

// Themed single-line input with its `label` shown above the text, so the field keeps its name
// while it is typed in (a placeholder vanishes); the placeholder is only a hint such as an
// example. The label is the accessible name; without one the placeholder names the field.
TextField {
    id: control

    property string label: ""
    readonly property real labelHeight: label !== "" ? labelText.implicitHeight + Theme.spacingXs : 0

    topPadding: labelHeight + Theme.spacingS
    bottomPadding: Theme.spacingM
    implicitHeight: Math.max(Theme.touchTarget + labelHeight, contentHeight + topPadding + bottomPadding)
    font.pixelSize: Theme.fontSizeBody
    color: Theme.text
    placeholderTextColor: Theme.textMuted
    Accessible.name: label !== "" ? label : placeholderText
    Accessible.description: label !== "" ? placeholderText : ""

    Text {
        id: labelText

        objectName: "fieldLabel"
        x: control.leftPadding
        width: control.width - control.leftPadding - control.rightPadding
        visible: control.label !== ""
        text: control.label
        font.pixelSize: Theme.fontSizeSmall
        color: control.activeFocus ? Theme.primary : Theme.textMuted
        elide: Text.ElideRight
        Accessible.ignored: true
    }

    // An underline that meets the 3:1 of non-text contrast (Material's hint colour does not).
    background: Rectangle {
        y: control.height - height - Theme.spacingXs
        implicitWidth: 120
        height: control.activeFocus ? 2 : 1
        color: control.activeFocus ? Theme.primary : Theme.outline
    }
}
