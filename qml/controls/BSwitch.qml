// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Barntid

// Themed on/off switch with its label as the accessible name and a full-size touch target.
Switch {
    id: control

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding, implicitIndicatorHeight + topPadding + bottomPadding)
    font.pixelSize: Theme.fontSizeBody
    Accessible.name: text
}
