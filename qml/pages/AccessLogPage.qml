// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// Loggkontroll, the supervisor's access-log review: who opened which case record, when and on
// which device, including openings made offline once their device has synced. Filters by case
// number, worker and period (Stockholm days). Works pushed on a StackView or as a destination's
// first page; the CSV export is made on the server, never as a file on the tablet.
BPage {
    id: page

    readonly property bool narrow: width < 600
    readonly property alias model: accessLog

    // "Everyone", then the team as the roster names it.
    function workerChoices(members) {
        const choices = [{
                "id": "",
                "displayName": qsTr("Everyone")
            }];
        for (const member of members)
            choices.push(member);
        return choices;
    }

    title: qsTr("Access log")
    padding: narrow ? Theme.spacingM : Theme.spacingXl

    AccessLogModel {
        id: accessLog

        session: Session
        roster: TeamRoster
    }

    AccessLogExportDialog {
        id: exportDialog

        objectName: "exportDialog"
        serverUrl: Sync.serverUrl
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            BBackButton {
                objectName: "accessLogBackButton"
                visible: page.StackView.index > 0
                text: qsTr("Back")
                onClicked: page.StackView.view.pop()
            }

            BLabel {
                Layout.fillWidth: true
                level: page.narrow ? BLabel.Level.Title : BLabel.Level.Headline
                text: page.title
            }

            BButton {
                objectName: "exportCsvButton"
                text: qsTr("Export CSV")
                onClicked: exportDialog.open()
            }
        }

        // Wrapped to the page's width: its one-line width is no reason for the page to be wider.
        BLabel {
            Layout.fillWidth: true
            Layout.preferredWidth: 0
            muted: true
            text: qsTr("Who opened which case or visit, when and on which device. Openings made offline show once that device has synced.")
        }

        // The filters share the row equally (preferredWidth 1 each): a picker field's implicit
        // width follows its width, which a grid sizing by implicit widths never settles.
        GridLayout {
            objectName: "accessLogFilters"
            Layout.fillWidth: true
            columns: page.narrow ? 1 : 4
            columnSpacing: Theme.spacingM
            rowSpacing: Theme.spacingS

            BTextField {
                objectName: "caseFilterField"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                label: qsTr("Case number")
                placeholderText: qsTr("All cases")
                inputMethodHints: Qt.ImhNoPredictiveText
                onTextChanged: accessLog.caseFilter = text
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                spacing: 0

                BLabel {
                    Layout.fillWidth: true
                    level: BLabel.Level.Small
                    muted: true
                    text: qsTr("Worker")
                    Accessible.ignored: true
                }

                ComboBox {
                    id: workerBox

                    objectName: "workerFilterBox"
                    Layout.fillWidth: true
                    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
                    textRole: "displayName"
                    valueRole: "id"
                    model: page.workerChoices(TeamRoster.members)
                    currentIndex: Math.max(0, indexOfValue(accessLog.workerId))
                    Accessible.name: qsTr("Worker: %1").arg(displayText)
                    onActivated: accessLog.workerId = currentValue
                }
            }

            BDateField {
                objectName: "fromDateField"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                label: qsTr("From")
                optional: true
                emptyText: qsTr("Any day")
                onDateChanged: accessLog.fromDate = date
            }

            BDateField {
                objectName: "toDateField"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                label: qsTr("To")
                optional: true
                emptyText: qsTr("Any day")
                onDateChanged: accessLog.toDate = date
            }
        }

        BLabel {
            objectName: "accessLogCount"
            Layout.fillWidth: true
            level: BLabel.Level.Small
            muted: true
            text: qsTr("%n opening(s)", "", list.count)
            Accessible.role: Accessible.StatusBar
        }

        ListView {
            id: list

            objectName: "accessLogList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingS
            model: accessLog
            Accessible.role: Accessible.List
            Accessible.name: page.title

            // One opening: when and who, then what was opened and on which device, and whether it
            // has reached the server. Read only: the log says who read a record; it opens nothing.
            delegate: Pane {
                id: row

                required property var model

                width: ListView.view.width

                readonly property string headText: qsTr("%1 · %2").arg(StockholmTime.dateTime(row.model.openedAt)).arg(row.model.userName)
                readonly property string detailText: qsTr("%1 · %2").arg(row.model.recordText).arg(row.model.deviceName)
                readonly property string pendingText: qsTr("Not on the server yet")

                padding: Theme.spacingM
                Accessible.role: Accessible.ListItem
                Accessible.name: row.headText + ", " + row.detailText + (row.model.pending ? ", " + row.pendingText : "")

                background: Rectangle {
                    color: Theme.surface
                    radius: Theme.radius
                    border.width: 1
                    border.color: Theme.divider
                }

                contentItem: ColumnLayout {
                    spacing: Theme.spacingXs

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingS

                        BLabel {
                            objectName: "accessLogHead"
                            Layout.fillWidth: true
                            font.weight: Font.DemiBold
                            text: row.headText
                            Accessible.ignored: true
                        }

                        BLabel {
                            objectName: "accessLogPending"
                            visible: row.model.pending
                            leftPadding: Theme.spacingS
                            rightPadding: Theme.spacingS
                            topPadding: 2
                            bottomPadding: 2
                            level: BLabel.Level.Small
                            color: Theme.warning
                            text: row.pendingText
                            Accessible.ignored: true

                            background: Rectangle {
                                radius: height / 2
                                color: Theme.surface
                                border.width: 1
                                border.color: Theme.warning
                            }
                        }
                    }

                    BLabel {
                        objectName: "accessLogDetail"
                        Layout.fillWidth: true
                        muted: true
                        text: row.detailText
                        Accessible.ignored: true
                    }
                }
            }

            ScrollBar.vertical: ScrollBar {
            }

            BLabel {
                objectName: "accessLogEmpty"
                anchors.centerIn: parent
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                muted: true
                visible: list.count === 0
                text: accessLog.errorText !== "" ? accessLog.errorText : accessLog.filtered ? qsTr("No opening matches the filters.") : qsTr("No openings logged yet. They show here once this device has synced with the server.")
            }
        }
    }
}
