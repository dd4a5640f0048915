// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Barntid

// A tag or a choice (BBIC area, who is present, timer mode): a full touch target, and the
// checked state shown by fill and a tick, not by colour alone. A tag toggles (a check box to a
// screen reader); with `exclusive` it is one of a group (a radio button): the page binds
// `checked` to its choice, and a second tap on the chosen chip keeps it chosen.
AbstractButton {
    id: control

    property bool exclusive: false

    checkable: !exclusive
    implicitHeight: Theme.touchTarget
    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    leftPadding: Theme.spacingM
    rightPadding: Theme.spacingM
    font.pixelSize: Theme.fontSizeSmall + 1
    Accessible.role: exclusive ? Accessible.RadioButton : Accessible.CheckBox
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: checked

    contentItem: Text {
        text: (control.checked ? "✓ " : "") + control.text
        font: control.font
        color: control.checked ? Theme.textOnPrimary : Theme.text
        verticalAlignment: Text.AlignVCenter
        horizontalAlignment: Text.AlignHCenter
        elide: Text.ElideRight
    }

    background: Rectangle {
        radius: height / 2
        color: control.checked ? Theme.primary : Theme.surface
        border.width: control.visualFocus ? 2 : 1
        border.color: control.visualFocus ? Theme.focus : (control.checked ? Theme.primary : Theme.outline)
        opacity: control.enabled ? 1 : 0.5
    }
}
