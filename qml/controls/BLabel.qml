// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Barntid

// Themed text. `level` picks the type scale; `muted` uses the secondary text colour.
Label {
    id: control

    enum Level {
        Small,
        Body,
        Title,
        Headline,
        Display
    }

    property int level: BLabel.Level.Body
    property bool muted: false

    color: muted ? Theme.textMuted : Theme.text
    wrapMode: Text.Wrap
    font.pixelSize: [Theme.fontSizeSmall, Theme.fontSizeBody, Theme.fontSizeTitle, Theme.fontSizeHeadline, Theme.fontSizeDisplay][level]
    font.weight: level >= BLabel.Level.Title ? Font.DemiBold : Font.Normal
    Accessible.role: level >= BLabel.Level.Title ? Accessible.Heading : Accessible.StaticText
    Accessible.name: text
}
