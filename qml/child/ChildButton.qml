// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Barntid

// Child mode's button: a large target, words in the child theme, and a filled look for the way
// forward (primary) or for the answer that is chosen (checked).
AbstractButton {
    id: control

    property bool primary: false

    implicitHeight: Math.max(ChildTheme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: Math.max(ChildTheme.touchTarget * 2, implicitContentWidth + leftPadding + rightPadding)
    padding: ChildTheme.spacingS
    leftPadding: ChildTheme.spacingM
    rightPadding: ChildTheme.spacingM
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: text

    background: Rectangle {
        radius: ChildTheme.radius
        color: control.primary ? ChildTheme.primary : control.checked ? ChildTheme.selected : ChildTheme.surface
        border.width: control.visualFocus ? 4 : control.checked ? 3 : 2
        border.color: control.visualFocus ? ChildTheme.focus : control.checked || control.primary ? ChildTheme.primary : ChildTheme.outline
        opacity: control.enabled ? 1 : 0.5
    }

    contentItem: Text {
        // The chosen answer is marked by a tick too, not by colour alone.
        text: (control.checked ? "✓ " : "") + control.text
        font.pixelSize: ChildTheme.fontSizeBody
        color: control.primary ? ChildTheme.textOnPrimary : ChildTheme.text
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
