// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// One case: who it is about (masked for protected identity), its visits newest first, and
// the button that starts a home visit.
BPage {
    id: page

    property string caseId: ""
    // Shown beside the case list on a wide tablet (CasesPage): no back button, and visits go on
    // the list's stack.
    property bool embedded: false
    property var stack: page.StackView.view
    // What LastPlace keeps of this page (AppShell).
    readonly property var place: ({
            "caseId": page.caseId
        })
    readonly property bool narrow: width < 600
    property var caseInfo: ({})
    // Next visit due for a child placed in a foster home ({placed, text, overdue}).
    property var visitDue: ({})

    // The models follow the store's change feed; what the page copied out of them is read again.
    // Reading the case is logged (access_event); AccessLog counts a refresh of the case this page
    // already shows, or a rebuilt page of a case still shown, as the same opening.
    function refresh() {
        caseInfo = cases.caseData(caseId);
        visitDue = due.caseDue(caseId);
        AccessLog.opened("case", caseId, page);
    }

    function openVisit(properties) {
        page.stack.push(visitPage, properties);
    }

    title: caseInfo.displayName !== undefined ? caseInfo.displayName : qsTr("Case")
    padding: narrow ? Theme.spacingM : Theme.spacingXl
    Component.onCompleted: refresh()
    onCaseIdChanged: refresh()
    StackView.onActivated: refresh()

    CaseListModel {
        id: cases

        session: Session
    }

    VisitListModel {
        id: visits

        session: Session
        caseId: page.caseId
    }

    VisitDueModel {
        id: due

        session: Session
    }

    // A placed child's visit falls overdue at midnight, also on a page left open.
    DayWatcher {
        objectName: "dayWatcher"
        onDayChanged: page.refresh()
    }

    Component {
        id: visitPage

        VisitPage {
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            visible: !page.embedded
            spacing: Theme.spacingS

            BBackButton {
                objectName: "caseBackButton"
                text: qsTr("Cases")
                Accessible.description: qsTr("Back to cases")
                onClicked: page.StackView.view.pop()
            }

            Item {
                Layout.fillWidth: true
            }
        }

        BCard {
            Layout.fillWidth: true
            padding: page.narrow ? Theme.spacingM : Theme.spacingL

            GridLayout {
                anchors.fill: parent
                columns: page.narrow ? 1 : 2
                columnSpacing: Theme.spacingL
                rowSpacing: Theme.spacingM

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingXs

                    BLabel {
                        objectName: "caseTitle"
                        Layout.fillWidth: true
                        level: BLabel.Level.Headline
                        text: page.title
                        font.italic: page.caseInfo.protectedIdentity === true
                        color: page.caseInfo.protectedIdentity === true ? Theme.warning : Theme.text
                    }

                    BLabel {
                        Layout.fillWidth: true
                        muted: true
                        text: page.caseInfo.birthYear > 0 ? qsTr("Case %1 · born %2").arg(page.caseInfo.caseNumber).arg(page.caseInfo.birthYear) : qsTr("Case %1").arg(page.caseInfo.caseNumber ?? "")
                    }

                    BLabel {
                        Layout.fillWidth: true
                        visible: page.caseInfo.protectedIdentity === true
                        level: BLabel.Level.Small
                        color: Theme.warning
                        text: qsTr("Protected identity: the name is never shown and no position is stored.")
                    }

                    BLabel {
                        objectName: "caseVisitDue"
                        Layout.fillWidth: true
                        visible: page.visitDue.placed === true
                        font.weight: page.visitDue.overdue === true ? Font.DemiBold : Font.Normal
                        color: page.visitDue.overdue === true ? Theme.danger : Theme.text
                        text: page.visitDue.text ?? ""
                    }

                    JournalRow {
                        objectName: "caseJournal"
                        Layout.fillWidth: true
                        entity: "case"
                        recordId: page.caseId
                        buttonText: qsTr("Journal notes as PDF")
                    }
                }

                BButton {
                    objectName: "startVisitButton"
                    Layout.fillWidth: page.narrow
                    Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
                    text: qsTr("Start home visit")
                    highlighted: true
                    onClicked: page.openVisit({
                            "startCaseId": page.caseId
                        })
                }
            }
        }

        BLabel {
            Layout.fillWidth: true
            level: BLabel.Level.Title
            text: qsTr("Visits")
        }

        ListView {
            id: list

            objectName: "visitList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingS
            model: visits
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Visits")

            delegate: VisitRow {
                id: visitRow

                required property var model

                width: ListView.view.width
                visitId: visitRow.model.id
                kindText: visitRow.model.kindText
                status: visitRow.model.status
                statusText: visitRow.model.statusText
                startedAt: visitRow.model.startedAt
                notePreview: visitRow.model.notePreview
                amendmentCount: visitRow.model.amendmentCount
                // Outer ids from a delegate: resolved at run time, not by qmllint 6.4.
                // qmllint disable unqualified
                onClicked: page.openVisit({
                        "visitId": visitRow.visitId
                    })
                // qmllint enable unqualified
            }

            BLabel {
                anchors.centerIn: parent
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                muted: true
                visible: list.count === 0
                text: qsTr("No visits yet.")
            }
        }
    }
}
