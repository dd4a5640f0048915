// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// The records behind a figure of the team dashboard, read-only: one worker's (or the whole
// team's) child time, time entries and visits in the period shown, optionally of one category.
BPage {
    id: page

    property TeamDashboardModel dashboard
    // A worker's id, or the dashboard's team key.
    property string userId: ""
    property string workerName: ""
    // A category code, or "" for all of them.
    property string category: ""
    property string categoryLabel: ""
    property var entries: []
    readonly property bool narrow: width < 600
    readonly property bool wholeTeam: dashboard !== null && userId === dashboard.teamKey

    function refresh() {
        entries = dashboard && userId !== "" ? dashboard.entries(userId, category) : [];
    }

    objectName: "teamEntriesPage"
    title: category !== "" ? qsTr("%1: %2").arg(workerName).arg(categoryLabel) : workerName
    padding: narrow ? Theme.spacingM : Theme.spacingXl
    Component.onCompleted: refresh()
    onUserIdChanged: refresh()
    onCategoryChanged: refresh()

    // The feed updates the dashboard; what is listed here follows it.
    Connections {
        target: page.dashboard

        function onFiguresChanged() {
            page.refresh();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        BBackButton {
            objectName: "teamEntriesBackButton"
            text: qsTr("Team")
            Accessible.description: qsTr("Back to the team")
            onClicked: page.StackView.view.pop()
        }

        BLabel {
            objectName: "teamEntriesTitle"
            Layout.fillWidth: true
            level: page.narrow ? BLabel.Level.Title : BLabel.Level.Headline
            text: page.title
        }

        BLabel {
            Layout.fillWidth: true
            muted: true
            text: page.dashboard ? qsTr("%1 · entries: %2").arg(page.dashboard.periodLabel).arg(page.entries.length) : ""
        }

        ListView {
            id: list

            objectName: "teamEntryList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingS
            model: page.entries
            Accessible.role: Accessible.List
            Accessible.name: page.title

            delegate: Rectangle {
                id: row

                required property var modelData

                width: ListView.view.width
                implicitHeight: content.implicitHeight + Theme.spacingM * 2
                color: Theme.surface
                radius: Theme.radius
                border.width: 1
                border.color: Theme.divider
                Accessible.role: Accessible.ListItem
                Accessible.name: [modelData.categoryText, modelData.timesText, modelData.durationText, modelData.text, page.wholeTeam ? modelData.workerName : ""].filter(s => s !== "").join(", ")

                ColumnLayout {
                    id: content

                    anchors.fill: parent
                    anchors.margins: Theme.spacingM
                    spacing: Theme.spacingXs

                    BLabel {
                        Layout.fillWidth: true
                        font.weight: Font.DemiBold
                        color: row.modelData.withChild ? Theme.accent : Theme.text
                        text: qsTr("%1 · %2").arg(row.modelData.timesText).arg(row.modelData.categoryText)
                    }

                    BLabel {
                        Layout.fillWidth: true
                        muted: true
                        text: [row.modelData.durationText, row.modelData.text, page.wholeTeam ? row.modelData.workerName : ""].filter(s => s !== "").join(" · ")
                    }
                }
            }

            footer: BLabel {
                width: ListView.view.width
                topPadding: Theme.spacingL
                horizontalAlignment: Text.AlignHCenter
                muted: true
                // qmllint disable unqualified
                visible: page.entries.length === 0
                // qmllint enable unqualified
                text: qsTr("Nothing registered in this period.")
            }
        }
    }
}
