// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// The supervisor's team dashboard: barntid per worker and for the team in a week or a month,
// the trend before it, time by category and what to follow up. Read-only: a share or a time
// opens the entries behind it (TeamEntriesPage, on this page's StackView); a child due for a
// visit opens the case (openCase, connected by the shell). Two columns from 1000 px.
BPage {
    id: page

    // The figures shown (the shell and the tests read them).
    readonly property TeamDashboardModel dashboard: teamDashboard
    readonly property bool wide: width >= 1000
    readonly property bool narrow: width < 600

    signal openCase(string caseId)

    function openEntries(userId, name, category, categoryLabel) {
        const stack = page.StackView.view;
        if (!stack)
            return;
        stack.push(entriesPage, {
                "dashboard": teamDashboard,
                "userId": userId,
                "workerName": name,
                "category": category,
                "categoryLabel": categoryLabel
            });
    }

    objectName: "teamPage"
    title: teamDashboard.teamName !== "" ? qsTr("Team %1").arg(teamDashboard.teamName) : qsTr("Team")
    padding: narrow ? Theme.spacingM : Theme.spacingXl

    // Follows the store's change feed: a sync brings the team's records and the roster.
    TeamDashboardModel {
        id: teamDashboard

        objectName: "teamDashboard"
        session: Session
    }

    Component {
        id: entriesPage

        TeamEntriesPage {
        }
    }

    Flickable {
        id: scroller

        objectName: "teamScroller"
        anchors.fill: parent
        contentHeight: content.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: content

            width: scroller.width
            spacing: Theme.spacingM

            BLabel {
                objectName: "teamTitle"
                Layout.fillWidth: true
                level: page.narrow ? BLabel.Level.Title : BLabel.Level.Headline
                text: page.title
            }

            // Week or month, and which one.
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingS

                BChip {
                    objectName: "weekChip"
                    exclusive: true
                    checked: teamDashboard.periodKind === "week"
                    text: qsTr("Week")
                    onClicked: teamDashboard.periodKind = "week"
                }

                BChip {
                    objectName: "monthChip"
                    exclusive: true
                    checked: teamDashboard.periodKind === "month"
                    text: qsTr("Month")
                    onClicked: teamDashboard.periodKind = "month"
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS

                BButton {
                    objectName: "previousPeriodButton"
                    flat: true
                    text: "‹"
                    implicitWidth: Theme.touchTarget
                    font.pixelSize: Theme.fontSizeHeadline
                    Accessible.name: teamDashboard.periodKind === "week" ? qsTr("Previous week") : qsTr("Previous month")
                    onClicked: teamDashboard.previous()
                }

                BLabel {
                    objectName: "periodLabel"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    level: BLabel.Level.Title
                    text: teamDashboard.periodLabel
                }

                BButton {
                    objectName: "nextPeriodButton"
                    flat: true
                    text: "›"
                    implicitWidth: Theme.touchTarget
                    font.pixelSize: Theme.fontSizeHeadline
                    Accessible.name: teamDashboard.periodKind === "week" ? qsTr("Next week") : qsTr("Next month")
                    onClicked: teamDashboard.next()
                }
            }

            BLabel {
                objectName: "teamError"
                Layout.fillWidth: true
                visible: text !== ""
                color: Theme.danger
                text: teamDashboard.errorText
            }

            GridLayout {
                Layout.fillWidth: true
                columns: page.wide ? 2 : 1
                columnSpacing: Theme.spacingM
                rowSpacing: Theme.spacingM

                TeamWorkersCard {
                    objectName: "workersCard"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    dashboard: teamDashboard
                    narrow: page.narrow
                    onOpenEntries: (userId, name) => page.openEntries(userId, name, "", "")
                }

                BCard {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    padding: page.narrow ? Theme.spacingM : Theme.spacingL

                    ColumnLayout {
                        anchors.fill: parent
                        spacing: Theme.spacingS

                        BLabel {
                            Layout.fillWidth: true
                            level: BLabel.Level.Title
                            text: teamDashboard.periodKind === "week" ? qsTr("Barntid, the last 8 weeks") : qsTr("Barntid, the last 6 months")
                        }

                        TrendChart {
                            objectName: "trendChart"
                            Layout.fillWidth: true
                            implicitHeight: page.narrow ? 180 : 220
                            series: teamDashboard.trend
                            ticks: teamDashboard.trendTicks
                            description: teamDashboard.trendSummary
                            emphasisedText: qsTr("Whole team")
                            othersText: qsTr("Each worker")
                        }
                    }
                }

                TeamCategoriesCard {
                    objectName: "categoriesCard"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    categories: teamDashboard.categories
                    narrow: page.narrow
                    onOpenCategory: (code, label) => page.openEntries(teamDashboard.teamKey, qsTr("Whole team"), code, label)
                }

                TeamAttentionCard {
                    objectName: "attentionCard"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    dueChildren: teamDashboard.overdueChildren
                    homes: teamDashboard.fosterHomes
                    devices: teamDashboard.staleDevices
                    narrow: page.narrow
                    onOpenCase: caseId => page.openCase(caseId)
                }
            }
        }
    }
}
