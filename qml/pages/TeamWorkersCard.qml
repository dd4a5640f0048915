// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Barntid
import Barntid.Models

// The team's barntid per worker and for the whole team (TeamPage): a row each, the share as a
// button that opens the entries it is computed from.
BCard {
    id: card

    property TeamDashboardModel dashboard
    property bool narrow: false

    // userId is the model's team key for the whole team.
    signal openEntries(string userId, string name)

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
            text: qsTr("Barntid per worker")
        }

        BLabel {
            Layout.fillWidth: true
            level: BLabel.Level.Small
            muted: true
            text: qsTr("Time with children ÷ registered time. Overlapping time counts once.")
        }

        Repeater {
            objectName: "workerRows"
            model: card.dashboard

            delegate: ColumnLayout {
                id: row

                required property string userId
                required property string displayName
                required property bool isTeam
                required property string shareText
                required property string childText
                required property string registeredText
                required property bool hasTime
                required property string description

                objectName: "workerRow_" + userId
                Layout.fillWidth: true
                spacing: 0

                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: row.isTeam ? 2 : 1
                    color: row.isTeam ? Theme.outline : Theme.divider
                }

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingM

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0

                        BLabel {
                            objectName: "workerName_" + row.userId
                            Layout.fillWidth: true
                            font.weight: row.isTeam ? Font.DemiBold : Font.Normal
                            text: row.displayName
                        }

                        BLabel {
                            Layout.fillWidth: true
                            level: BLabel.Level.Small
                            muted: true
                            text: row.hasTime ? qsTr("%1 with children of %2").arg(row.childText).arg(row.registeredText) : qsTr("No registered time")
                        }
                    }

                    BButton {
                        objectName: "share_" + row.userId
                        flat: true
                        text: row.shareText
                        font.weight: row.isTeam ? Font.Bold : Font.DemiBold
                        font.pixelSize: Theme.fontSizeTitle
                        Accessible.name: row.description + " " + qsTr("Show the entries.")
                        // qmllint disable unqualified
                        onClicked: card.openEntries(row.userId, row.displayName)
                        // qmllint enable unqualified
                    }
                }
            }
        }
    }
}
