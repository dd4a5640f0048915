// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Barntid

// One destination of the navigation rail (tablet) or bottom bar (phone): an icon with its
// label under it, in mixed case, the chosen one marked by a filled pill and bold text, not by
// colour alone. Also the rail's lock button (destination: false).
ToolButton {
    id: control

    // The destination shown now (set by the shell; a tap never toggles it off).
    property bool selected: false
    // A destination, or an action such as the lock.
    property bool destination: true

    implicitWidth: Math.max(Theme.touchTarget + Theme.spacingL, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.touchTarget + Theme.spacingM, implicitContentHeight + topPadding + bottomPadding)
    padding: Theme.spacingXs
    spacing: Theme.spacingXs
    font.pixelSize: Theme.fontSizeSmall
    font.capitalization: Font.MixedCase
    font.weight: selected ? Font.DemiBold : Font.Normal
    // One of BIcon's names.
    property string iconName: ""

    Material.foreground: selected ? Theme.primary : Theme.text
    Accessible.role: destination ? Accessible.PageTab : Accessible.Button
    Accessible.selectable: destination
    Accessible.selected: selected
    Accessible.name: text

    contentItem: Column {
        spacing: control.spacing

        BIcon {
            anchors.horizontalCenter: parent.horizontalCenter
            name: control.iconName
            color: control.selected ? Theme.primary : Theme.text
        }

        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: control.text
            font: control.font
            color: control.selected ? Theme.primary : Theme.text
            elide: Text.ElideRight
        }
    }

    background: Rectangle {
        implicitWidth: Theme.touchTarget
        implicitHeight: Theme.touchTarget
        radius: Theme.radius * 2
        color: control.selected ? Qt.alpha(Theme.primary, 0.14) : control.down ? Theme.divider : "transparent"
        border.width: control.visualFocus ? 2 : 0
        border.color: Theme.focus
    }
}
