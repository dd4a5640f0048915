// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Barntid
import Barntid.Models

// Starts a visit at a foster home that has children placed: which child's case the visit is
// about, or none (a visit with the foster family only). Names are masked as on the page.
BFormDialog {
    id: dialog

    property VisitDueModel due
    // The chosen case; "" = the foster family, no child's case.
    property string caseId: ""

    signal startRequested(string caseId)

    title: qsTr("New visit")
    onAboutToShow: dialog.caseId = ""

    BLabel {
        Layout.fillWidth: true
        text: qsTr("Which child's case is the visit about?")
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        BChip {
            objectName: "visitCase_none"
            exclusive: true
            text: qsTr("No child's case")
            checked: dialog.caseId === ""
            onClicked: dialog.caseId = ""
        }

        Repeater {
            model: dialog.due

            // Outer ids from a delegate: resolved at run time, not by qmllint 6.4.
            // qmllint disable unqualified
            BChip {
                required property int index
                required property string caseId
                required property string caseNumber
                required property string displayName
                required property bool protectedIdentity

                objectName: "visitCase_" + index
                exclusive: true
                font.italic: protectedIdentity
                text: qsTr("%1 · %2").arg(displayName).arg(caseNumber)
                checked: dialog.caseId === caseId
                onClicked: dialog.caseId = caseId
            }
            // qmllint enable unqualified
        }
    }

    // Right-aligned, the main action rightmost; on a narrow phone the buttons wrap instead of
    // running out of the dialog.
    Flow {
        Layout.fillWidth: true
        layoutDirection: Qt.RightToLeft
        spacing: Theme.spacingS

        BButton {
            objectName: "startFosterHomeVisitButton"
            text: qsTr("Start visit")
            highlighted: true
            onClicked: {
                dialog.close();
                dialog.startRequested(dialog.caseId);
            }
        }

        BButton {
            text: qsTr("Cancel")
            flat: true
            onClicked: dialog.close()
        }
    }
}
