// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Barntid

// A grouped block of content on the surface colour with an outlined, rounded edge
// (Material's outlined card): readable on both palettes without relying on shadows.
Pane {
    id: card

    padding: Theme.spacingXl
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius * 2
        border.width: 1
        border.color: Theme.divider
    }
}
