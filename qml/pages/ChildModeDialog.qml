// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Barntid
import Barntid.Models

// Before the worker hands the tablet over: which child answers (the visit's child, or one of the
// children placed in the foster home) and which question set (the one for the child's age is
// chosen first). Says what the child will and will not see.
BFormDialog {
    id: dialog

    property VisitSurveys surveys
    property string visitId: ""
    property string caseId: ""
    property string setId: ""
    property int setVersion: 0

    function prepare() {
        const children = surveys ? surveys.children : [];
        caseId = children.length > 0 ? children[0].caseId : "";
        const sets = surveys ? surveys.sets : [];
        let chosen = sets.length > 0 ? sets[0] : null;
        for (let i = 0; i < sets.length; ++i) {
            if (sets[i].suggested)
                chosen = sets[i];
        }
        setId = chosen ? chosen.id : "";
        setVersion = chosen ? chosen.version : 0;
    }

    objectName: "childModeDialog"
    title: qsTr("Let the child answer")
    onAboutToShow: prepare()

    BLabel {
        Layout.fillWidth: true
        text: qsTr("Who answers?")
        level: BLabel.Level.Small
        muted: true
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        Repeater {
            model: dialog.surveys ? dialog.surveys.children : []

            BChip {
                required property var modelData

                objectName: "child_" + modelData.caseId
                exclusive: true
                // Outer ids from a delegate: resolved at run time, not by qmllint 6.4.
                // qmllint disable unqualified
                text: modelData.name
                checked: dialog.caseId === modelData.caseId
                onClicked: dialog.caseId = modelData.caseId
                // qmllint enable unqualified
            }
        }
    }

    BLabel {
        Layout.fillWidth: true
        text: qsTr("Questions")
        level: BLabel.Level.Small
        muted: true
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        Repeater {
            model: dialog.surveys ? dialog.surveys.sets : []

            BChip {
                required property var modelData

                objectName: "set_" + modelData.id
                exclusive: true
                // qmllint disable unqualified
                text: modelData.title
                checked: dialog.setId === modelData.id
                onClicked: {
                    dialog.setId = modelData.id;
                    dialog.setVersion = modelData.version;
                }
                // qmllint enable unqualified
            }
        }
    }

    BLabel {
        Layout.fillWidth: true
        text: qsTr("The child sees one question at a time and nothing else of the case. Every answer is saved as it is given. To get the tablet back, press and hold and enter your PIN code.")
    }

    BLabel {
        objectName: "handOverError"
        Layout.fillWidth: true
        visible: text !== ""
        color: Theme.danger
        text: ChildMode.errorText
        Accessible.role: Accessible.AlertMessage
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        Item {
            Layout.fillWidth: true
        }

        BButton {
            text: qsTr("Cancel")
            flat: true
            onClicked: dialog.close()
        }

        BButton {
            objectName: "handOverButton"
            highlighted: true
            enabled: dialog.caseId !== "" && dialog.setId !== ""
            text: qsTr("Hand over")
            // On success child mode replaces the whole window; otherwise the dialog says why.
            onClicked: {
                if (ChildMode.start(dialog.visitId, dialog.caseId, dialog.setId, dialog.setVersion))
                    dialog.close();
            }
        }
    }
}
