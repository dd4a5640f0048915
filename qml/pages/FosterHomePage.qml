// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// One foster home: who to call, its training (familjehemsutbildning) and supervision
// (handledning) with quick actions, the contact log with the next follow-up, and the children
// placed there with the date their next visit is due (overdue ones stand out), and its visits,
// where a new one can be started.
BPage {
    id: page

    property string fosterHomeId: ""
    // What LastPlace keeps of this page (AppShell).
    readonly property var place: ({
            "fosterHomeId": page.fosterHomeId
        })
    property var home: ({})
    property var placeable: []
    readonly property bool narrow: width < 600
    readonly property bool wide: width >= 1000
    readonly property var supervisionCodes: ["none", "offered", "ongoing", "completed", "declined"]
    readonly property var supervisionTexts: [qsTr("Not offered yet"), qsTr("Offered"), qsTr("Ongoing"), qsTr("Completed"), qsTr("Declined")]

    // The models follow the store's change feed; homes and dueModel are read again for what
    // turns overdue at midnight, and the page's copies of their data with them.
    function refresh() {
        homes.reload();
        home = homes.fosterHomeData(fosterHomeId);
        dueModel.reload();
        placeable = dueModel.placeableCases();
    }

    function openVisit(properties) {
        properties.fromFosterHome = true;
        page.StackView.view.push(visitPage, properties);
    }

    // With children placed, the worker says which child's case the visit is about (or none).
    function newVisit() {
        if (dueModel.count > 0)
            visitDialog.open();
        else
            openVisit({
                    "startFosterHomeId": page.fosterHomeId
                });
    }

    title: home.name !== undefined ? home.name : qsTr("Foster home")
    padding: narrow ? Theme.spacingM : Theme.spacingXl
    Component.onCompleted: refresh()
    StackView.onActivated: refresh()

    FosterHomeListModel {
        id: homes

        session: Session
    }

    ContactLogModel {
        id: contactModel

        session: Session
        fosterHomeId: page.fosterHomeId
        onFosterHomeChanged: page.refresh()
    }

    VisitDueModel {
        id: dueModel

        session: Session
        fosterHomeId: page.fosterHomeId
    }

    VisitListModel {
        id: visitModel

        session: Session
        fosterHomeId: page.fosterHomeId
    }

    // What is due or overdue "today" changes at midnight, also on a page left open.
    DayWatcher {
        objectName: "dayWatcher"
        onDayChanged: page.refresh()
    }

    Component {
        id: visitPage

        VisitPage {
        }
    }

    FosterHomeVisitDialog {
        id: visitDialog

        objectName: "fosterHomeVisitDialog"
        due: dueModel
        onStartRequested: caseId => page.openVisit({
                    "startFosterHomeId": page.fosterHomeId,
                    "startCaseId": caseId
                })
    }

    ContactDialog {
        id: contactDialog

        objectName: "contactDialog"
        model: contactModel
    }

    Flickable {
        id: flick

        anchors.fill: parent
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

            BBackButton {
                objectName: "fosterHomeBackButton"
                text: qsTr("Foster homes")
                Accessible.description: qsTr("Back to foster homes")
                onClicked: page.StackView.view.pop()
            }

            BCard {
                Layout.fillWidth: true
                padding: page.narrow ? Theme.spacingM : Theme.spacingL

                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacingS

                    BLabel {
                        objectName: "fosterHomeTitle"
                        Layout.fillWidth: true
                        level: BLabel.Level.Headline
                        text: page.title
                    }

                    BLabel {
                        Layout.fillWidth: true
                        muted: true
                        visible: text !== ""
                        text: [page.home.contactPersons ?? "", page.home.phone ?? ""].filter(s => s !== "").join(" · ")
                    }

                    BLabel {
                        objectName: "trainingStatus"
                        Layout.fillWidth: true
                        font.weight: page.home.trainingPending ? Font.DemiBold : Font.Normal
                        color: page.home.trainingPending ? Theme.warning : Theme.text
                        text: (page.home.trainingPending ? "⚠ " : "") + (page.home.trainingText ?? "")
                    }

                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacingS

                        BButton {
                            objectName: "trainingOfferedButton"
                            visible: page.home.trainingPending === true
                            text: qsTr("Training offered today")
                            onClicked: contactModel.setTraining(contactModel.today(), "")
                        }

                        BButton {
                            objectName: "trainingCompletedButton"
                            visible: (page.home.trainingCompletedOn ?? "") === ""
                            text: qsTr("Training completed today")
                            onClicked: contactModel.setTraining(page.home.trainingOfferedOn || contactModel.today(), contactModel.today())
                        }
                    }

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingS

                        BLabel {
                            Layout.fillWidth: true
                            text: page.home.supervisionText ?? ""
                        }

                        ComboBox {
                            objectName: "supervisionBox"
                            implicitHeight: Theme.touchTarget
                            Layout.preferredWidth: 220
                            model: page.supervisionTexts
                            currentIndex: Math.max(0, page.supervisionCodes.indexOf(page.home.supervisionStatus ?? "none"))
                            Accessible.name: qsTr("Supervision status: %1").arg(displayText)
                            onActivated: index => contactModel.setSupervisionStatus(page.supervisionCodes[index])
                        }
                    }

                    BLabel {
                        objectName: "followUpStatus"
                        Layout.fillWidth: true
                        font.weight: page.home.followUpOverdue ? Font.DemiBold : Font.Normal
                        color: page.home.followUpOverdue ? Theme.danger : Theme.textMuted
                        text: page.home.followUpText ?? ""
                    }

                    BLabel {
                        Layout.fillWidth: true
                        visible: text !== ""
                        color: Theme.danger
                        text: contactModel.errorText
                        Accessible.role: Accessible.AlertMessage
                    }
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: page.wide ? 2 : 1
                columnSpacing: Theme.spacingM
                rowSpacing: Theme.spacingM

                FosterHomeVisitsCard {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 1
                    narrow: page.narrow
                    visits: visitModel
                    onNewVisitRequested: page.newVisit()
                    onVisitChosen: visitId => page.openVisit({
                                "visitId": visitId
                            })
                }

                FosterHomeChildrenCard {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 1
                    narrow: page.narrow
                    due: dueModel
                    placeable: page.placeable
                    onPlaced: page.refresh()
                }

                FosterHomeContactsCard {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 1
                    Layout.columnSpan: page.wide ? 2 : 1
                    narrow: page.narrow
                    contacts: contactModel
                    onNewContactRequested: contactDialog.open()
                }
            }
        }
    }
}
