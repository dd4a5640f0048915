// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// The case an entry belongs to, as the supervisor sees it: who is responsible, and handing the
// case to another social worker of the team (asked first; it syncs like any change).
BCard {
    id: card

    property alias caseId: teamCase.caseId
    readonly property var others: othersThan(TeamRoster.workers, teamCase.responsibleId)

    function othersThan(workers, responsible) {
        let list = [];
        for (let i = 0; i < workers.length; ++i) {
            if (workers[i].id !== responsible)
                list.push(workers[i]);
        }
        return list;
    }

    visible: teamCase.found
    padding: Theme.spacingL

    TeamCase {
        id: teamCase

        objectName: "teamCase"
    }

    BFormDialog {
        id: handoverDialog

        objectName: "handoverDialog"
        title: qsTr("Hand over the case")

        BLabel {
            Layout.fillWidth: true
            text: qsTr("Case %1 goes to the social worker you choose. The case and its records leave %2's device at their next sync.").arg(teamCase.caseNumber).arg(teamCase.responsibleName)
        }

        ComboBox {
            id: workerBox

            objectName: "handoverWorker"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            model: card.others
            textRole: "displayName"
            valueRole: "id"
            Accessible.name: qsTr("New social worker: %1").arg(displayText)
        }

        BLabel {
            Layout.fillWidth: true
            visible: teamCase.errorText !== ""
            color: Theme.danger
            text: teamCase.errorText
        }

        Flow {
            Layout.fillWidth: true
            layoutDirection: Qt.RightToLeft
            spacing: Theme.spacingS

            BButton {
                objectName: "confirmHandoverButton"
                text: qsTr("Hand over")
                highlighted: true
                enabled: workerBox.currentIndex >= 0
                onClicked: {
                    if (teamCase.handOver(workerBox.currentValue))
                        handoverDialog.close();
                }
            }

            BButton {
                objectName: "cancelHandoverButton"
                text: qsTr("Cancel")
                flat: true
                onClicked: handoverDialog.close()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        BLabel {
            Layout.fillWidth: true
            level: BLabel.Level.Title
            text: qsTr("Case %1 · %2").arg(teamCase.caseNumber).arg(teamCase.childName)
        }

        BLabel {
            objectName: "responsibleText"
            Layout.fillWidth: true
            text: qsTr("Responsible: %1").arg(teamCase.responsibleName) + (teamCase.pending ? " · " + qsTr("handover not sent yet") : "")
        }

        BButton {
            objectName: "handoverButton"
            visible: card.others.length > 0
            text: qsTr("Hand over to another social worker")
            onClicked: handoverDialog.open()
        }
    }
}
