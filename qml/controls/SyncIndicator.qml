// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// The sync state in the header of every page (Sync in Barntid.Models): a coloured dot, or a
// spinner while syncing, and a short word; tapping it opens the sync page. The word carries the
// meaning, the colour only repeats it. `compact` (a phone) keeps the word very short.
AbstractButton {
    id: control

    property bool compact: false
    // Signed out after having been signed in: the session expired, the work is kept.
    readonly property bool expired: Sync.status === Sync.SignedOut && Sync.username !== ""
    readonly property color stateColor: {
        switch (Sync.status) {
        case Sync.UpToDate:
            return Theme.success;
        case Sync.NeedsAttention:
            return Theme.danger;
        case Sync.Syncing:
            return Theme.primary;
        case Sync.Offline:
            return Sync.pending > 0 ? Theme.warning : Theme.outline;
        default:
            return control.expired ? Theme.warning : Theme.outline;
        }
    }
    // Text in the state's colour, except the quiet states (grey dot, muted text).
    readonly property bool quiet: (Sync.status === Sync.Offline && Sync.pending === 0) || (Sync.status === Sync.SignedOut && !expired)
    readonly property string shortText: {
        switch (Sync.status) {
        case Sync.UpToDate:
            return control.compact ? qsTr("Synced") : qsTr("Up to date");
        case Sync.NeedsAttention:
            return control.compact ? qsTr("Check") : qsTr("Needs attention");
        case Sync.Syncing:
            return qsTr("Syncing");
        case Sync.Offline:
            return Sync.pending > 0 ? qsTr("%n not sent", "", Sync.pending) : qsTr("Offline");
        default:
            return control.expired ? qsTr("Sign in again") : control.compact ? qsTr("Sign in") : qsTr("Not signed in");
        }
    }

    implicitHeight: Theme.touchTarget
    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    leftPadding: compact ? Theme.spacingS : Theme.spacingS + Theme.spacingXs
    rightPadding: compact ? Theme.spacingS + Theme.spacingXs : Theme.spacingM
    font.pixelSize: Theme.fontSizeSmall + 1
    Accessible.role: Accessible.Button
    // The whole state for a screen reader: the word, then the receipt or the reason.
    readonly property string detail: Sync.receipt !== "" ? Sync.receipt : Sync.errorText
    Accessible.name: qsTr("Sync") + ": " + Sync.statusText + (detail !== "" ? ". " + detail : "")

    contentItem: RowLayout {
        spacing: Theme.spacingS

        Item {
            Layout.preferredWidth: 24
            Layout.preferredHeight: 24

            BusyIndicator {
                anchors.fill: parent
                padding: 0
                visible: Sync.status === Sync.Syncing
                running: visible
                Accessible.ignored: true
            }

            Rectangle {
                anchors.centerIn: parent
                width: 12
                height: 12
                radius: 6
                visible: Sync.status !== Sync.Syncing
                color: control.stateColor
            }
        }

        Text {
            objectName: "syncIndicatorText"
            text: control.shortText
            font: control.font
            color: control.quiet ? Theme.textMuted : control.stateColor
            elide: Text.ElideRight
            Layout.fillWidth: true
            verticalAlignment: Text.AlignVCenter
            Accessible.ignored: true
        }
    }

    background: Rectangle {
        implicitHeight: Theme.touchTarget
        radius: height / 2
        color: control.down ? Theme.background : Theme.surface
        border.width: control.visualFocus ? 2 : 1
        border.color: control.visualFocus ? Theme.focus : Theme.divider
    }
}
