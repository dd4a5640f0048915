// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// A case of the team as the supervisor reads it (from the dashboard): who is responsible, the
// handover, and its visits, read-only; a signed one opens as an entry under review.
BPage {
    id: page

    property string caseId: ""
    readonly property bool narrow: width < 600
    // What LastPlace keeps of this page (AppShell).
    readonly property var place: ({
            "teamCaseId": page.caseId
        })

    title: qsTr("Case")
    padding: narrow ? Theme.spacingM : Theme.spacingXl
    Component.onCompleted: AccessLog.opened("case", caseId, page)

    VisitListModel {
        id: visits

        session: Session
        caseId: page.caseId
    }

    Component {
        id: entryPage

        ReviewEntryPage {
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        BBackButton {
            objectName: "teamCaseBackButton"
            text: qsTr("Team")
            Accessible.description: qsTr("Back to the team")
            onClicked: page.StackView.view.pop()
        }

        HandoverCard {
            objectName: "teamCaseHandover"
            Layout.fillWidth: true
            caseId: page.caseId
        }

        JournalRow {
            objectName: "teamCaseJournal"
            Layout.fillWidth: true
            entity: "case"
            recordId: page.caseId
            buttonText: qsTr("Journal notes as PDF")
        }

        BLabel {
            Layout.fillWidth: true
            level: BLabel.Level.Title
            text: visits.count > 0 ? qsTr("Visits") : qsTr("No visits on this device.")
        }

        ListView {
            objectName: "teamCaseVisits"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingS
            model: visits
            boundsBehavior: Flickable.StopAtBounds

            delegate: ItemDelegate {
                id: row

                required property string id
                required property string kindText
                required property string status
                required property string statusText
                required property var startedAt

                objectName: "teamCaseVisit_" + id
                width: ListView.view.width
                implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
                padding: Theme.spacingM
                // A draft is the worker's own until signed: listed, not opened.
                enabled: status === "signed"
                text: kindText + " · " + StockholmTime.dateTime(startedAt) + " · " + statusText
                Accessible.name: text
                // qmllint disable unqualified
                onClicked: page.StackView.view.push(entryPage, {
                        "entity": "visit",
                        "recordId": row.id
                    })

                // qmllint enable unqualified
                background: Rectangle {
                    color: row.down ? Theme.divider : Theme.surface
                    radius: Theme.radius * 2
                    border.width: row.visualFocus ? 2 : 1
                    border.color: row.visualFocus ? Theme.focus : Theme.divider
                }

                contentItem: BLabel {
                    text: row.text
                    color: row.enabled ? Theme.text : Theme.textMuted
                }
            }
        }
    }
}
