// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Barntid
import Barntid.Models

// The children's own answers on this visit, beside the child's own words, and the way into child
// mode while the visit is a draft.
BCard {
    id: card

    property string visitId: ""

    padding: Theme.spacingL
    visible: surveys.responses.length > 0 || surveys.canStart

    VisitSurveys {
        id: surveys

        visitId: card.visitId
        language: Language.code
    }

    ChildModeDialog {
        id: dialog

        surveys: surveys
        visitId: card.visitId
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        BLabel {
            Layout.fillWidth: true
            level: BLabel.Level.Title
            text: qsTr("The child's answers")
        }

        Repeater {
            model: surveys.responses

            ColumnLayout {
                id: response

                required property var modelData

                objectName: "response_" + modelData.id
                Layout.fillWidth: true
                spacing: Theme.spacingXs

                BLabel {
                    Layout.fillWidth: true
                    font.weight: Font.DemiBold
                    text: qsTr("%1 · %2 · %3").arg(response.modelData.childName).arg(response.modelData.title).arg(response.modelData.statusText)
                }

                Repeater {
                    model: response.modelData.rows

                    ColumnLayout {
                        required property var modelData

                        Layout.fillWidth: true
                        spacing: 0

                        BLabel {
                            Layout.fillWidth: true
                            level: BLabel.Level.Small
                            muted: true
                            text: parent.modelData.question
                        }

                        BLabel {
                            objectName: "answerText"
                            Layout.fillWidth: true
                            text: parent.modelData.answer
                        }
                    }
                }
            }
        }

        BButton {
            objectName: "childModeButton"
            Layout.fillWidth: true
            visible: surveys.canStart
            text: qsTr("Let the child answer")
            onClicked: dialog.open()
        }
    }
}
