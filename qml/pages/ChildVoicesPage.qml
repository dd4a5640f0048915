// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// What children say, for the supervisor: per question of a child survey, how many children gave
// each answer in an ended quarter, the team beside the whole municipality. The server counts and
// withholds; a cell of fewer than five children (or one that would give such a cell away) says
// "Not shown". Read only, and no file: the CSV for the plan is the admin's, on the server.
BPage {
    id: page

    readonly property bool narrow: width < 600
    readonly property alias model: voices

    objectName: "childVoicesPage"
    title: qsTr("Children's answers")
    padding: narrow ? Theme.spacingM : Theme.spacingXl

    ChildVoicesModel {
        id: voices

        objectName: "childVoicesModel"
        session: Session
        language: Language.code
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        BLabel {
            Layout.fillWidth: true
            level: page.narrow ? BLabel.Level.Title : BLabel.Level.Headline
            text: page.title
        }

        BLabel {
            Layout.fillWidth: true
            Layout.preferredWidth: 0
            muted: true
            text: qsTr("What children answered in child mode, as the number of children per answer. Each child counts once per question and quarter, with their latest answer. A quarter shows when it has ended.")
        }

        GridLayout {
            objectName: "childVoicesFilters"
            Layout.fillWidth: true
            columns: page.narrow ? 1 : 2
            columnSpacing: Theme.spacingM
            rowSpacing: Theme.spacingS
            visible: voices.sets.length > 0

            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                spacing: 0

                BLabel {
                    Layout.fillWidth: true
                    level: BLabel.Level.Small
                    muted: true
                    text: qsTr("Survey")
                    Accessible.ignored: true
                }

                ComboBox {
                    objectName: "surveyBox"
                    Layout.fillWidth: true
                    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
                    textRole: "title"
                    valueRole: "id"
                    model: voices.sets
                    currentIndex: Math.max(0, indexOfValue(voices.setId))
                    Accessible.name: qsTr("Survey: %1").arg(displayText)
                    onActivated: voices.setId = currentValue
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                spacing: 0

                BLabel {
                    Layout.fillWidth: true
                    level: BLabel.Level.Small
                    muted: true
                    text: qsTr("Quarter")
                    Accessible.ignored: true
                }

                ComboBox {
                    objectName: "quarterBox"
                    Layout.fillWidth: true
                    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
                    textRole: "label"
                    valueRole: "value"
                    model: voices.quarters
                    currentIndex: Math.max(0, indexOfValue(voices.quarter))
                    Accessible.name: qsTr("Quarter: %1").arg(displayText)
                    onActivated: voices.quarter = currentValue
                }
            }
        }

        BLabel {
            objectName: "childVoicesLegend"
            Layout.fillWidth: true
            Layout.preferredWidth: 0
            level: BLabel.Level.Small
            visible: voices.sets.length > 0
            text: qsTr("“Not shown”: fewer than %1 children, or a figure from which such a cell could be worked out.").arg(voices.k)
        }

        BLabel {
            objectName: "childVoicesEmpty"
            Layout.fillWidth: true
            Layout.preferredWidth: 0
            muted: true
            visible: voices.sets.length === 0
            text: qsTr("No figures yet. They come with the sync once children have answered in a quarter that has ended.")
        }

        ListView {
            id: list

            objectName: "childVoicesList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingM
            model: voices
            Accessible.role: Accessible.List
            Accessible.name: page.title

            // One question: its answers as lines, a count per column.
            // qmllint disable unqualified
            delegate: BCard {
                id: card

                required property string question
                required property var lines

                width: ListView.view.width
                padding: page.narrow ? Theme.spacingM : Theme.spacingL
                Accessible.role: Accessible.Grouping
                Accessible.name: card.question

                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacingXs

                    BLabel {
                        Layout.fillWidth: true
                        level: BLabel.Level.Title
                        text: card.question
                    }

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingM

                        BLabel {
                            Layout.fillWidth: true
                            level: BLabel.Level.Small
                            muted: true
                            text: qsTr("Answer")
                        }

                        Repeater {
                            model: voices.columns

                            delegate: BLabel {
                                required property string modelData

                                Layout.preferredWidth: page.narrow ? 88 : 150
                                horizontalAlignment: Text.AlignRight
                                level: BLabel.Level.Small
                                muted: true
                                text: modelData
                            }
                        }
                    }

                    // The figures, a row per answer, the total under a rule; read out as
                    // "answer: team n, municipality m".
                    Repeater {
                        model: card.lines

                        delegate: RowLayout {
                            id: line

                            required property var modelData

                            Layout.fillWidth: true
                            Layout.topMargin: line.modelData.total ? Theme.spacingXs : 0
                            spacing: Theme.spacingM

                            BLabel {
                                Layout.fillWidth: true
                                font.weight: line.modelData.total ? Font.DemiBold : Font.Normal
                                text: line.modelData.label
                                Accessible.ignored: true

                                // The rule above the total, across the whole row.
                                Rectangle {
                                    visible: line.modelData.total
                                    y: -Theme.spacingXs
                                    width: line.width
                                    height: 1
                                    color: Theme.divider
                                }
                            }

                            Repeater {
                                model: line.modelData.cells

                                delegate: BLabel {
                                    required property var modelData

                                    Layout.preferredWidth: page.narrow ? 88 : 150
                                    horizontalAlignment: Text.AlignRight
                                    font.weight: line.modelData.total && !modelData.withheld ? Font.DemiBold : Font.Normal
                                    font.italic: modelData.withheld
                                    muted: modelData.withheld
                                    text: modelData.text
                                    Accessible.ignored: true
                                }
                            }
                        }
                    }
                }
            }
            // qmllint enable unqualified
        }
    }
}
