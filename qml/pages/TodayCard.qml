// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Barntid
import Barntid.Models

// "Idag" at the top of the case list: drafts not yet signed, visits planned for today, placed
// children whose visit is overdue and foster-home follow-ups that are due. One tap opens the
// visit, the case or the foster home.
// Column, not a layout: rows come and go with the model while the page is laid out.
Column {
    id: card

    // reason: draft/planned (visitId), overdue (caseId), followUp (fosterHomeId)
    signal chosen(string reason, string caseId, string visitId, string fosterHomeId)

    readonly property alias count: today.count

    function reload() {
        today.reload();
    }

    spacing: Theme.spacingS
    visible: today.count > 0

    TodayModel {
        id: today
    }

    BLabel {
        width: card.width
        topPadding: Theme.spacingS
        level: BLabel.Level.Title
        text: qsTr("Today")
        Accessible.role: Accessible.Heading
    }

    Repeater {
        objectName: "todayList"
        model: today

        ItemDelegate {
            id: row

            required property int index
            required property string reason
            required property string caseId
            required property string visitId
            required property string fosterHomeId
            required property string title
            required property string detail
            required property bool urgent

            objectName: "today_" + index
            // qmllint disable unqualified
            width: card.width
            // qmllint enable unqualified
            implicitHeight: Math.max(Theme.touchTarget + Theme.spacingS, implicitContentHeight + topPadding + bottomPadding)
            padding: Theme.spacingM
            Accessible.name: row.title + ", " + row.detail
            // Outer ids from a delegate: resolved at run time, not by qmllint 6.4.
            // qmllint disable unqualified
            onClicked: card.chosen(row.reason, row.caseId, row.visitId, row.fosterHomeId)

            // qmllint enable unqualified
            background: Rectangle {
                color: row.down ? Theme.divider : Theme.surface
                radius: Theme.radius
                border.width: row.visualFocus ? 2 : 1
                border.color: row.visualFocus ? Theme.focus : row.urgent ? Theme.danger : Theme.primary
            }

            contentItem: Column {
                spacing: Theme.spacingXs

                BLabel {
                    width: parent.width
                    font.weight: Font.DemiBold
                    text: row.title
                    elide: Text.ElideRight
                    wrapMode: Text.NoWrap
                }

                BLabel {
                    width: parent.width
                    level: BLabel.Level.Small
                    color: row.urgent ? Theme.danger : Theme.textMuted
                    text: row.detail
                }
            }
        }
    }

    BLabel {
        objectName: "todayMoreDrafts"
        width: card.width
        visible: today.moreDrafts > 0
        level: BLabel.Level.Small
        color: Theme.textMuted
        text: qsTr("%n more drafts not signed: they are in their cases.", "", today.moreDrafts)
    }

    BLabel {
        width: card.width
        topPadding: Theme.spacingS
        level: BLabel.Level.Title
        text: qsTr("All cases")
        Accessible.role: Accessible.Heading
    }
}
