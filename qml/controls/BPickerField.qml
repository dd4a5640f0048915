// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Barntid

// The field part of BDateField and BTimeField: its label above the chosen value (or what to do
// when there is none), on an underline like a text field's, one touch target high below the
// label. A tap opens the chooser; the accessible name is the label followed by the value.
AbstractButton {
    id: control

    property string label: ""
    // The value as shown; "" = nothing chosen yet, and `emptyText` is shown instead.
    property string valueText: ""
    property string emptyText: ""

    text: label
    implicitWidth: Math.max(Theme.touchTarget * 3, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: implicitContentHeight + topPadding + bottomPadding
    topPadding: 0
    bottomPadding: Theme.spacingXs
    leftPadding: 0
    rightPadding: 0
    font.pixelSize: Theme.fontSizeBody
    Accessible.role: Accessible.Button
    Accessible.name: label + ": " + (valueText !== "" ? valueText : emptyText)
    Accessible.description: qsTr("Opens a chooser")

    contentItem: Column {
        spacing: Theme.spacingXs

        Text {
            width: parent.width
            text: control.label
            font.pixelSize: Theme.fontSizeSmall
            color: control.visualFocus ? Theme.primary : Theme.textMuted
            elide: Text.ElideRight
        }

        Text {
            objectName: "pickerValue"
            width: parent.width
            height: Theme.touchTarget - Theme.spacingXs
            verticalAlignment: Text.AlignVCenter
            text: (control.valueText !== "" ? control.valueText : control.emptyText) + "  ▾"
            font: control.font
            color: control.valueText !== "" ? Theme.text : Theme.textMuted
            elide: Text.ElideRight
        }
    }

    background: Item {
        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: control.visualFocus || control.down ? 2 : 1
            color: control.visualFocus || control.down ? Theme.primary : Theme.outline
        }
    }
}
