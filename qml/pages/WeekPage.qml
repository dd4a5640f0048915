// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// "My week": the week's barntid share (time with children ÷ registered time), a chart per day
// and the time log. Visits and their child time are listed without being typed; the worker
// adds the rest (documentation, travel, meetings …) as time entries.
BPage {
    id: page

    readonly property bool narrow: width < 700

    title: qsTr("My week")
    padding: narrow ? Theme.spacingM : Theme.spacingXl

    // Follows the store's change feed, visits changed on the other tabs included.
    TimeLogModel {
        id: timeLog

        session: Session
    }

    WeekSummaryModel {
        id: summary

        timeLog: timeLog
    }

    TimeEntryDialog {
        id: entryDialog

        objectName: "timeEntryDialog"
        model: timeLog
        days: summary.days
    }

    // Removing a time entry is asked once more, naming the entry.
    BConfirmDialog {
        id: removeDialog

        property string entryId: ""

        objectName: "removeTimeEntryDialog"
        title: qsTr("Remove the time entry?")
        acceptText: qsTr("Remove")
        acceptObjectName: "confirmRemoveButton"
        destructive: true
        onAccepted: timeLog.removeEntry(entryId)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            BButton {
                objectName: "previousWeekButton"
                flat: true
                text: "‹"
                implicitWidth: Theme.touchTarget
                font.pixelSize: Theme.fontSizeHeadline
                Accessible.name: qsTr("Previous week")
                onClicked: timeLog.previousWeek()
            }

            BLabel {
                objectName: "weekLabel"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                level: page.narrow ? BLabel.Level.Title : BLabel.Level.Headline
                text: timeLog.weekLabel
            }

            BButton {
                objectName: "nextWeekButton"
                flat: true
                text: "›"
                implicitWidth: Theme.touchTarget
                font.pixelSize: Theme.fontSizeHeadline
                Accessible.name: qsTr("Next week")
                onClicked: timeLog.nextWeek()
            }
        }

        ListView {
            id: list

            objectName: "timeEntryList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingS
            model: timeLog
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Time log")
            // Outer ids from the header and footer: resolved at run time, not by qmllint 6.4.
            // qmllint disable unqualified
            header: GridLayout {
                width: ListView.view.width
                // The header grows once its text is laid out: keep the share in view. Later, not
                // now: while the header is being made the view cannot make the rows' delegates.
                onHeightChanged: {
                    const view = ListView.view;
                    Qt.callLater(() => view.positionViewAtBeginning());
                }
                columns: page.narrow ? 1 : 2
                columnSpacing: Theme.spacingM
                rowSpacing: Theme.spacingM

                BCard {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    padding: page.narrow ? Theme.spacingM : Theme.spacingL
                    Accessible.role: Accessible.Grouping
                    Accessible.name: shareLabel.text

                    ColumnLayout {
                        anchors.fill: parent
                        spacing: Theme.spacingXs

                        BLabel {
                            id: shareLabel

                            objectName: "shareLabel"
                            Layout.fillWidth: true
                            level: page.narrow ? BLabel.Level.Headline : BLabel.Level.Display
                            color: Theme.accent
                            text: summary.shareText
                        }

                        BLabel {
                            objectName: "shareDetail"
                            Layout.fillWidth: true
                            text: qsTr("%1 with children of %2 registered time").arg(summary.childText).arg(summary.registeredText)
                        }

                        BLabel {
                            Layout.fillWidth: true
                            level: BLabel.Level.Small
                            muted: true
                            text: qsTr("Overlapping time counts once. Time with children counts as registered time.")
                        }
                    }
                }

                BCard {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    padding: page.narrow ? Theme.spacingM : Theme.spacingL

                    WeekChart {
                        objectName: "weekChart"
                        anchors.fill: parent
                        implicitHeight: page.narrow ? 150 : 180
                        days: summary.days
                        maxSeconds: summary.maxDaySeconds
                        description: summary.chartSummary
                    }
                }
            }

            // qmllint enable unqualified
            delegate: Column {
                id: row

                required property var model
                required property string dayText
                required property bool firstOfDay
                required property string categoryText
                required property string startsAtText
                required property string endsAtText
                required property string durationText
                required property string note
                required property bool fromVisit

                width: ListView.view.width

                // The day, above its first entry.
                BLabel {
                    width: parent.width
                    visible: row.firstOfDay
                    topPadding: Theme.spacingM
                    bottomPadding: Theme.spacingXs
                    level: BLabel.Level.Title
                    text: row.dayText
                }

                Rectangle {
                    width: parent.width
                    implicitHeight: Math.max(Theme.touchTarget + Theme.spacingM, content.implicitHeight + Theme.spacingM * 2)
                    color: Theme.surface
                    radius: Theme.radius
                    border.width: 1
                    border.color: Theme.divider
                    Accessible.role: Accessible.ListItem
                    Accessible.name: qsTr("%1, %2–%3, %4").arg(row.categoryText).arg(row.startsAtText).arg(row.endsAtText).arg(row.durationText) + (row.fromVisit ? ", " + qsTr("from a visit") : "")

                    RowLayout {
                        id: content

                        anchors.fill: parent
                        anchors.margins: Theme.spacingM
                        spacing: Theme.spacingM

                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacingXs

                            BLabel {
                                Layout.fillWidth: true
                                font.weight: Font.DemiBold
                                text: qsTr("%1–%2 · %3").arg(row.startsAtText).arg(row.endsAtText).arg(row.categoryText)
                            }

                            BLabel {
                                Layout.fillWidth: true
                                muted: true
                                visible: text !== ""
                                text: row.note !== "" ? `${row.durationText} · ${row.note}` : row.durationText
                            }
                        }

                        BLabel {
                            visible: row.fromVisit
                            level: BLabel.Level.Small
                            color: Theme.accent
                            text: qsTr("From visit")
                        }

                        BButton {
                            objectName: "remove_" + row.model.id
                            visible: !row.fromVisit
                            flat: true
                            destructive: true
                            text: qsTr("Remove")
                            Accessible.name: qsTr("Remove %1, %2–%3").arg(row.categoryText).arg(row.startsAtText).arg(row.endsAtText)
                            // qmllint disable unqualified
                            onClicked: {
                                removeDialog.entryId = row.model.id;
                                removeDialog.text = qsTr("%1, %2–%3 (%4) is removed from the week.").arg(row.categoryText).arg(row.startsAtText).arg(row.endsAtText).arg(row.durationText);
                                removeDialog.open();
                            }
                            // qmllint enable unqualified
                        }
                    }
                }
            }

            // qmllint disable unqualified
            footer: BLabel {
                width: ListView.view.width
                topPadding: Theme.spacingL
                horizontalAlignment: Text.AlignHCenter
                muted: true
                visible: list.count === 0
                text: qsTr("Nothing registered this week. Visits appear here by themselves; add other work with “New time entry”.")
            }
            // qmllint enable unqualified
        }

        // At the bottom, within reach of a thumb; full width on a phone.
        BButton {
            objectName: "newTimeEntryButton"
            Layout.alignment: Qt.AlignRight
            Layout.fillWidth: page.narrow
            text: qsTr("New time entry")
            highlighted: true
            onClicked: entryDialog.open()
        }
    }
}
