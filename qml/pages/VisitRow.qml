// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// One visit in a list (VisitListModel rows on the case and foster-home pages): kind and time,
// its status as a badge, the start of the note and how many amendments it has. The delegate
// that uses it hands over the row's roles.
ItemDelegate {
    id: row

    property string visitId: ""
    property string kindText: ""
    property string status: ""
    property string statusText: ""
    property date startedAt
    property string notePreview: ""
    property int amendmentCount: 0
    readonly property string whenText: StockholmTime.dateTime(row.startedAt)

    implicitHeight: Math.max(Theme.touchTarget + Theme.spacingM, implicitContentHeight + topPadding + bottomPadding)
    padding: Theme.spacingM
    Accessible.name: qsTr("%1, %2, %3").arg(row.kindText).arg(row.whenText).arg(row.statusText)

    background: Rectangle {
        color: row.down ? Theme.divider : Theme.surface
        radius: Theme.radius
        border.width: row.visualFocus ? 2 : 1
        border.color: row.visualFocus ? Theme.focus : Theme.divider
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingXs

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            BLabel {
                Layout.fillWidth: true
                font.weight: Font.DemiBold
                text: qsTr("%1 · %2").arg(row.kindText).arg(row.whenText)
            }

            BLabel {
                leftPadding: Theme.spacingS
                rightPadding: Theme.spacingS
                topPadding: 2
                bottomPadding: 2
                level: BLabel.Level.Small
                color: row.status === "signed" ? Theme.success : Theme.warning
                text: row.statusText

                background: Rectangle {
                    radius: height / 2
                    color: Theme.surface
                    border.width: 1
                    border.color: row.status === "signed" ? Theme.success : Theme.warning
                }
            }
        }

        BLabel {
            Layout.fillWidth: true
            muted: true
            visible: text !== ""
            maximumLineCount: 2
            elide: Text.ElideRight
            text: row.notePreview
        }

        BLabel {
            Layout.fillWidth: true
            level: BLabel.Level.Small
            muted: true
            visible: row.amendmentCount > 0
            text: qsTr("%n amendment(s)", "", row.amendmentCount)
        }
    }
}
