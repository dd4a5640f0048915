// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Barntid

// Themed multi-line input for notes: grows with its text, wraps, and shows its `label` above
// the text as BTextField does; the label is the accessible name.
TextArea {
    id: control

    property string label: ""
    readonly property real labelHeight: label !== "" ? labelText.implicitHeight + Theme.spacingXs : 0

    topPadding: labelHeight + Theme.spacingS
    bottomPadding: Theme.spacingM
    implicitHeight: Math.max(Theme.touchTarget * 2 + labelHeight, contentHeight + topPadding + bottomPadding)
    wrapMode: TextEdit.Wrap
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

    background: Rectangle {
        y: control.height - height - Theme.spacingXs
        implicitWidth: 120
        height: control.activeFocus ? 2 : 1
        color: control.activeFocus ? Theme.primary : Theme.outline
    }
}
