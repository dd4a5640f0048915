// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// "Idag" at the top of the case list: drafts not yet signed, visits planned for today, placed
// children whose visit is overdue and foster-home follow-ups that are due. One tap opens the
// visit, the case or the foster home.
ColumnLayout {
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
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingS
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
            Layout.fillWidth: true
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

            contentItem: ColumnLayout {
                spacing: Theme.spacingXs

                BLabel {
                    Layout.fillWidth: true
                    font.weight: Font.DemiBold
                    text: row.title
                    elide: Text.ElideRight
                    wrapMode: Text.NoWrap
                }

                BLabel {
                    Layout.fillWidth: true
                    level: BLabel.Level.Small
                    color: row.urgent ? Theme.danger : Theme.textMuted
                    text: row.detail
                }
            }
        }
    }

    BLabel {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingS
        level: BLabel.Level.Title
        text: qsTr("All cases")
        Accessible.role: Accessible.Heading
    }
}
