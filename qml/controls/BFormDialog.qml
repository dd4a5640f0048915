// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid

// A modal form: the themed surface, and content that scrolls when the window is short (a phone
// in landscape, or the on-screen keyboard taking half the height), with the field in focus
// scrolled into view. Children go into one column; the buttons belong at its end.
Dialog {
    id: dialog

    default property alias content: column.data
    // The window is resized for the on-screen keyboard (Android's adjustResize, Qt's default
    // there), so what is left of the window's height is what the form may take.
    readonly property real formMaxHeight: (parent ? parent.height : 800) - Theme.spacingM * 2

    // Scrolls so that item (a descendant of the form) is wholly in view.
    function reveal(item) {
        if (!item)
            return;
        const top = item.mapToItem(column, 0, 0).y;
        const bottom = top + item.height;
        if (top < flick.contentY)
            flick.contentY = Math.max(0, top - Theme.spacingS);
        else if (bottom > flick.contentY + flick.height)
            flick.contentY = Math.min(flick.contentHeight - flick.height, bottom - flick.height + Theme.spacingS);
    }

    // Centred on the window, whatever page holds it (a page off screen can be zero wide).
    parent: Overlay.overlay
    modal: true
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? Math.max(Theme.spacingM, (parent.height - height) / 2) : 0
    width: Math.min(600, (parent ? parent.width : 600) - Theme.spacingM * 2)
    height: Math.min(implicitHeight, formMaxHeight)
    padding: Theme.spacingL
    topPadding: Theme.spacingM
    onOpened: flick.contentY = 0

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius * 2
        border.width: 1
        border.color: Theme.divider
    }

    // The title in the theme's colours and type (Material's own header ignores the palette).
    header: BLabel {
        objectName: "dialogTitle"
        visible: text !== ""
        text: dialog.title
        level: BLabel.Level.Title
        padding: Theme.spacingL
        bottomPadding: 0
    }

    Connections {
        function onActiveFocusItemChanged() {
            const item = dialog.contentItem.Window.activeFocusItem;
            for (let p = item; p; p = p.parent) {
                if (p === column) {
                    dialog.reveal(item);
                    return;
                }
            }
        }

        target: dialog.contentItem.Window.window
        ignoreUnknownSignals: true
    }

    Flickable {
        id: flick

        anchors.fill: parent
        implicitHeight: column.implicitHeight
        implicitWidth: column.implicitWidth
        contentWidth: width
        contentHeight: column.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ScrollIndicator.vertical: ScrollIndicator {
        }

        ColumnLayout {
            id: column

            width: flick.width
            spacing: Theme.spacingM
        }
    }
}
