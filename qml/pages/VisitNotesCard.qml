// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// The draft's text: the worker's note, the child's own words kept apart, and BBIC area tags.
// Every keystroke goes to the editor, which saves it within a second.
BCard {
    id: card

    // The page's editor; an empty one of its own when shown alone (smoke test, previews).
    property VisitEditor editor: VisitEditor {
    }

    function tagged(codes, code) {
        for (let i = 0; i < codes.length; ++i) {
            if (codes[i] === code)
                return true;
        }
        return false;
    }

    padding: Theme.spacingL

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        BLabel {
            Layout.fillWidth: true
            level: BLabel.Level.Title
            text: qsTr("Notes")
        }

        BTextArea {
            objectName: "noteField"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget * 3
            label: qsTr("Note")
            placeholderText: qsTr("What happened during the visit")
            text: card.editor.note
            onTextChanged: card.editor.note = text
        }

        BLabel {
            Layout.fillWidth: true
            level: BLabel.Level.Title
            text: qsTr("The child's own words")
        }

        BTextArea {
            objectName: "childWordsField"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget * 2
            label: qsTr("The child's own words")
            placeholderText: qsTr("What the child said, in the child's words")
            text: card.editor.childWords
            onTextChanged: card.editor.childWords = text
        }

        BLabel {
            Layout.fillWidth: true
            level: BLabel.Level.Title
            text: qsTr("BBIC areas")
        }

        Repeater {
            model: [{
                    "prefix": "needs.",
                    "title": qsTr("The child's needs")
                }, {
                    "prefix": "parenting.",
                    "title": qsTr("Parenting capacity")
                }, {
                    "prefix": "family.",
                    "title": qsTr("Family and environment")
                }]

            ColumnLayout {
                id: group

                required property var modelData

                Layout.fillWidth: true
                spacing: Theme.spacingXs

                BLabel {
                    Layout.fillWidth: true
                    muted: true
                    text: group.modelData.title
                }

                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS

                    Repeater {
                        model: BbicAreas

                        BChip {
                            id: chip

                            required property string code
                            required property string label

                            objectName: "bbic_" + chip.code
                            // Outer ids from a delegate: resolved at run time, not by qmllint 6.4.
                            // qmllint disable unqualified
                            visible: chip.code.startsWith(group.modelData.prefix)
                            text: chip.label
                            checked: card.tagged(card.editor.bbic, chip.code)
                            onClicked: card.editor.toggleBbic(chip.code)
                            // qmllint enable unqualified
                        }
                    }
                }
            }
        }
    }
}
