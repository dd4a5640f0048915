// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// Sync with the municipality's server (Sync in Barntid.Models), opened from the header's
// SyncIndicator. The content (SyncPanel) is made each time the page opens and dropped when it
// closes: fresh fields, and layouts measured while visible (Qt 6.4 keeps stale heights of
// wrapped text laid out inside a closed popup).
Dialog {
    id: dialog

    // A refused change's "Open": the page closes and the shell opens the record.
    signal openRecord(string entity, string recordId, string caseId, string fosterHomeId)

    title: qsTr("Sync with the server")
    modal: true
    anchors.centerIn: parent
    width: Math.min(640, (parent ? parent.width : 640) - Theme.spacingM * 2)
    height: Math.min(implicitHeight, (parent ? parent.height : 800) - Theme.spacingM * 2)
    padding: Theme.spacingL

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius * 2
        border.width: 1
        border.color: Theme.divider
    }

    Flickable {
        id: flickable

        anchors.fill: parent
        implicitHeight: panel.implicitHeight
        contentWidth: width
        contentHeight: panel.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ScrollIndicator.vertical: ScrollIndicator {
        }

        Loader {
            id: panel

            width: flickable.width
            active: dialog.visible

            sourceComponent: SyncPanel {
            }
        }

        Connections {
            function onCloseRequested() {
                dialog.close();
            }

            function onOpenRecord(entity, recordId, caseId, fosterHomeId) {
                dialog.close();
                dialog.openRecord(entity, recordId, caseId, fosterHomeId);
            }

            target: panel.item
            ignoreUnknownSignals: true
        }
    }
}
