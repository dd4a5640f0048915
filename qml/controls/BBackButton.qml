// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Barntid

// Back to the page below: a chevron drawn beside the words, so the accessible name is exactly
// the visible label (what a speech user says to press it) and `Accessible.description` says
// where it leads.
BButton {
    id: control

    flat: true
    leftPadding: Theme.spacingS
    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)

    contentItem: Row {
        spacing: Theme.spacingXs

        BIcon {
            anchors.verticalCenter: parent.verticalCenter
            name: "back"
            color: control.enabled ? Theme.primary : Theme.textMuted
        }

        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: control.text
            font: control.font
            color: control.enabled ? Theme.primary : Theme.textMuted
        }
    }
}
