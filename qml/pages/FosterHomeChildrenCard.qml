// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// The children placed in one foster home (FosterHomePage) with the date their next visit is
// due, overdue ones standing out, and the choice of a case to place there.
BCard {
    id: card

    property VisitDueModel due
    // Cases on this device not placed here: [{id, label}] (VisitDueModel.placeableCases()).
    property var placeable: []
    property bool narrow: false

    signal placed

    padding: narrow ? Theme.spacingM : Theme.spacingL

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        BLabel {
            Layout.fillWidth: true
            level: BLabel.Level.Title
            text: qsTr("Placed children")
        }

        Repeater {
            objectName: "placedList"
            model: card.due

            delegate: ColumnLayout {
                id: childRow

                required property int index
                required property string caseNumber
                required property string displayName
                required property bool protectedIdentity
                required property string dueText
                required property bool overdue

                objectName: "placed_" + index
                Layout.fillWidth: true
                spacing: 2

                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: 1
                    color: Theme.divider
                }

                BLabel {
                    Layout.fillWidth: true
                    font.weight: Font.DemiBold
                    font.italic: childRow.protectedIdentity
                    text: qsTr("%1 · %2").arg(childRow.displayName).arg(childRow.caseNumber)
                }

                BLabel {
                    objectName: "due_" + childRow.index
                    Layout.fillWidth: true
                    font.weight: childRow.overdue ? Font.DemiBold : Font.Normal
                    color: childRow.overdue ? Theme.danger : Theme.textMuted
                    text: (childRow.overdue ? "⚠ " : "") + childRow.dueText
                }
            }
        }

        BLabel {
            Layout.fillWidth: true
            muted: true
            visible: !card.due || card.due.count === 0
            text: qsTr("No children placed here on this device.")
        }

        GridLayout {
            Layout.fillWidth: true
            columns: card.narrow ? 1 : 2
            columnSpacing: Theme.spacingS
            visible: card.placeable.length > 0

            ComboBox {
                id: caseBox

                objectName: "placeCaseBox"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                model: card.placeable
                textRole: "label"
                valueRole: "id"
                Accessible.name: qsTr("Case to place here: %1").arg(displayText)
            }

            BButton {
                objectName: "placeCaseButton"
                text: qsTr("Place child here")
                onClicked: {
                    if (card.due && card.due.placeCase(caseBox.currentValue))
                        card.placed();
                }
            }
        }

        BLabel {
            Layout.fillWidth: true
            visible: text !== ""
            color: Theme.danger
            text: card.due ? card.due.errorText : ""
            Accessible.role: Accessible.AlertMessage
        }
    }
}
