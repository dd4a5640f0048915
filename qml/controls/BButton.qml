// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Barntid

// Themed push button: at least one touch target high, mixed case (Swedish reads badly in
// capitals), and `destructive` for actions that delete or wipe.
Button {
    id: control

    property bool destructive: false

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: Math.max(Theme.touchTarget * 2, implicitContentWidth + leftPadding + rightPadding)
    topInset: 0
    bottomInset: 0
    leftPadding: Theme.spacingL
    rightPadding: Theme.spacingL
    font.pixelSize: Theme.fontSizeBody
    font.capitalization: Font.MixedCase
    Material.accent: destructive ? Theme.danger : Theme.primary
    Material.foreground: highlighted ? Theme.textOnPrimary : (destructive ? Theme.danger : Theme.primary)
    Accessible.name: text

    // Material draws a highlighted button's text in its own "primary text" colour once a
    // foreground is set (dark on the filled button in the light palette): the colour is set here.
    contentItem: Text {
        text: control.text
        font: control.font
        color: !control.enabled ? Theme.textMuted : control.highlighted && !control.flat ? Theme.textOnPrimary : (control.destructive ? Theme.danger : Theme.primary)
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
}
