// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Barntid

// Where the team's time goes (TeamPage): time per category in the period, a bar each, the
// time as a button that opens the entries of that category.
BCard {
    id: card

    // [{code, label, seconds, text}] (TeamDashboardModel.categories)
    property var categories: []
    property bool narrow: false
    readonly property real largest: categories.reduce((m, c) => Math.max(m, c.seconds), 0)

    signal openCategory(string code, string label)

    padding: narrow ? Theme.spacingM : Theme.spacingL
    Accessible.role: Accessible.Grouping
    Accessible.name: heading.text

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingXs

        BLabel {
            id: heading

            Layout.fillWidth: true
            level: BLabel.Level.Title
            text: qsTr("Time by category")
        }

        BLabel {
            Layout.fillWidth: true
            level: BLabel.Level.Small
            muted: true
            text: qsTr("The whole team. Child time inside a visit counts in both.")
        }

        Repeater {
            objectName: "categoryRows"
            model: card.categories

            delegate: RowLayout {
                id: row

                required property var modelData

                Layout.fillWidth: true
                spacing: Theme.spacingM

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2

                    BLabel {
                        Layout.fillWidth: true
                        text: row.modelData.label
                    }

                    // The bar's length is its share of the largest category.
                    Item {
                        Layout.fillWidth: true
                        implicitHeight: 8

                        Rectangle {
                            width: Math.max(4, parent.width * row.modelData.seconds / Math.max(1, card.largest))
                            height: parent.height
                            radius: 4
                            color: row.modelData.code === "child_contact" ? Theme.accent : Theme.primary
                        }
                    }
                }

                BButton {
                    objectName: "category_" + row.modelData.code
                    flat: true
                    text: row.modelData.text
                    Accessible.name: qsTr("%1, %2. Show the entries.").arg(row.modelData.text).arg(row.modelData.label)
                    // qmllint disable unqualified
                    onClicked: card.openCategory(row.modelData.code, row.modelData.label)
                    // qmllint enable unqualified
                }
            }
        }

        BLabel {
            Layout.fillWidth: true
            muted: true
            visible: card.categories.length === 0
            text: qsTr("Nothing registered in this period.")
        }
    }
}
