// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid

// A spinner with a line saying what is being waited for (the PIN check takes a moment).
RowLayout {
    id: control

    property alias text: label.text

    spacing: Theme.spacingS

    BusyIndicator {
        Layout.preferredWidth: Theme.touchTarget
        Layout.preferredHeight: Theme.touchTarget
        running: control.visible
        Accessible.name: label.text
    }

    BLabel {
        id: label

        Layout.fillWidth: true
        muted: true
        Accessible.role: Accessible.StatusBar
    }
}
