// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Barntid

// A small label on a tinted, outlined background that marks a thing ("Kvällstid"): read as text,
// not a control, so it takes no tap and no focus. Contrast comes from the text colour on the
// surface, the tint only groups.
Rectangle {
    id: tag

    property alias text: label.text
    property color tone: Theme.accent

    implicitWidth: label.implicitWidth + Theme.spacingM
    implicitHeight: label.implicitHeight + Theme.spacingXs * 2
    radius: height / 2
    color: Qt.rgba(tone.r, tone.g, tone.b, 0.12)
    border.width: 1
    border.color: tone
    Accessible.role: Accessible.StaticText
    Accessible.name: text

    Text {
        id: label

        anchors.centerIn: parent
        font.pixelSize: Theme.fontSizeSmall
        font.bold: true
        color: tag.tone
    }
}
