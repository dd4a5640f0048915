// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Barntid

// One part of BTimeField (the hour or the minutes): two digits between a − and a + of a full
// touch target each, wrapping from the last value to the first.
SpinBox {
    id: control

    from: 0
    wrap: true
    editable: false
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    font.pixelSize: Theme.fontSizeTitle
    textFromValue: (value, locale) => String(value).padStart(2, "0")
}
