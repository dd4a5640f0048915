// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid

// A page with one card centred on it, for the short forms shown before the store is open (PIN
// set-up, unlock). The card keeps a readable width on a tablet, fills a phone, and scrolls when
// the on-screen keyboard leaves too little room. Children go into the card's column.
BPage {
    id: page

    default property alias content: column.data
    // Narrower than the content measure (a phone, or a tablet's split screen): tighter margins.
    readonly property bool compact: width < Theme.contentMaxWidth

    padding: compact ? Theme.spacingM : Theme.spacingXl

    Flickable {
        id: flickable

        anchors.fill: parent
        contentWidth: width
        contentHeight: Math.max(height, card.height)
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ScrollIndicator.vertical: ScrollIndicator {
        }

        BCard {
            id: card

            width: Math.min(flickable.width, Theme.contentMaxWidth * 2 / 3)
            height: implicitHeight
            x: (flickable.width - width) / 2
            y: Math.max(0, (flickable.height - height) / 2)
            padding: page.compact ? Theme.spacingL : Theme.spacingXl

            ColumnLayout {
                id: column

                width: parent.width
                spacing: Theme.spacingM
            }
        }
    }
}
