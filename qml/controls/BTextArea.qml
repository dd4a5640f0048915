// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Barntid

// Themed multi-line input for notes: grows with its text, wraps, and is named by `label` for
// screen readers.
TextArea {
    id: control

    property string label: ""

    implicitHeight: Math.max(Theme.touchTarget * 2, contentHeight + topPadding + bottomPadding)
    wrapMode: TextEdit.Wrap
    font.pixelSize: Theme.fontSizeBody
    color: Theme.text
    placeholderTextColor: Theme.textMuted
    Accessible.name: label !== "" ? label : placeholderText
    Accessible.description: placeholderText
}
