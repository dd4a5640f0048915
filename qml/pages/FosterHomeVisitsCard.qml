// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Barntid
import Barntid.Models

// The visits made at one foster home (FosterHomePage), newest first, and the button that
// starts a new one there. A tap opens the visit.
BCard {
    id: card

    property VisitListModel visits
    property bool narrow: false

    signal newVisitRequested
    signal visitChosen(string visitId)

    padding: narrow ? Theme.spacingM : Theme.spacingL

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true

            BLabel {
                Layout.fillWidth: true
                level: BLabel.Level.Title
                text: qsTr("Visits")
            }

            BButton {
                objectName: "newFosterHomeVisitButton"
                text: qsTr("New visit")
                highlighted: true
                Accessible.name: qsTr("New visit at this foster home")
                onClicked: card.newVisitRequested()
            }
        }

        Repeater {
            objectName: "fosterHomeVisitList"
            model: card.visits

            delegate: VisitRow {
                id: visitRow

                required property int index
                required property var model

                objectName: "fosterHomeVisit_" + visitRow.index
                Layout.fillWidth: true
                visitId: visitRow.model.id
                kindText: visitRow.model.kindText
                status: visitRow.model.status
                statusText: visitRow.model.statusText
                startedAt: visitRow.model.startedAt
                notePreview: visitRow.model.notePreview
                amendmentCount: visitRow.model.amendmentCount
                // Outer ids from a delegate: resolved at run time, not by qmllint 6.4.
                // qmllint disable unqualified
                onClicked: card.visitChosen(visitRow.visitId)
                // qmllint enable unqualified
            }
        }

        BLabel {
            Layout.fillWidth: true
            muted: true
            visible: !card.visits || card.visits.count === 0
            text: qsTr("No visits at this foster home yet.")
        }
    }
}
