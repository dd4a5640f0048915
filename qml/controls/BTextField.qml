// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Barntid

// Themed single-line input. `label` names the field for screen readers even when a
// placeholder is shown; it falls back to the placeholder text.
TextField {
    id: control

    property string label: ""

    implicitHeight: Math.max(Theme.touchTarget, contentHeight + topPadding + bottomPadding)
    font.pixelSize: Theme.fontSizeBody
    color: Theme.text
    placeholderTextColor: Theme.textMuted
    Accessible.name: label !== "" ? label : placeholderText
    Accessible.description: placeholderText
}
