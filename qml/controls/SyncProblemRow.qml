// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid

// One change the server did not take (a SyncProblemModel row): which record (kind, case, date),
// why in plain words, and what fits the reason: "Open" for a refusal; for a conflict the
// server's version beside this device's, then "Take the server's version" or "Keep mine".
Pane {
    id: row

    // The row's SyncProblemModel data (the delegate's model object); empty until set.
    property var problem: null
    property int rowIndex: -1

    readonly property string entity: problem ? problem.entity : ""
    readonly property string recordId: problem ? problem.recordId : ""
    readonly property string caseId: problem ? problem.caseId : ""
    readonly property string fosterHomeId: problem ? problem.fosterHomeId : ""
    readonly property string problemState: problem ? problem.state : ""
    readonly property string title: problem ? problem.title : ""
    readonly property string entityText: problem ? problem.entityText : ""
    readonly property string reason: problem ? problem.reason : ""
    readonly property string whenText: problem ? problem.whenText : ""
    readonly property bool canOpen: problem ? problem.canOpen : false
    readonly property string serverCopy: problem ? problem.serverCopy : ""
    readonly property string serverError: problem ? problem.serverError : ""
    readonly property var comparison: problem ? problem.comparison : []
    readonly property bool canKeepMine: problem ? problem.canKeepMine : false
    readonly property string keepMineNote: problem ? problem.keepMineNote : ""

    signal openRequested(string entity, string recordId, string caseId, string fosterHomeId)
    signal showServerRequested(int index)
    signal takeServerRequested(int index, string title)
    signal keepMineRequested(int index)

    objectName: "problem_" + rowIndex
    padding: Theme.spacingM

    background: Rectangle {
        radius: Theme.radius
        color: Theme.background
        border.width: 1
        border.color: Theme.divider
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingS

        BLabel {
            objectName: "problemTitle_" + row.rowIndex
            Layout.fillWidth: true
            font.weight: Font.DemiBold
            text: row.title
        }

        BLabel {
            objectName: "problemSaved_" + row.rowIndex
            Layout.fillWidth: true
            muted: true
            visible: row.whenText !== ""
            text: qsTr("Saved on this device %1").arg(row.whenText)
        }

        BLabel {
            objectName: "problemReason_" + row.rowIndex
            Layout.fillWidth: true
            text: row.reason
        }

        // The two versions, field by field; a field that differs is in bold.
        ColumnLayout {
            objectName: "comparison_" + row.rowIndex
            Layout.fillWidth: true
            visible: row.serverCopy === "ready"
            spacing: Theme.spacingXs

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS

                BLabel {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    level: BLabel.Level.Small
                    font.weight: Font.DemiBold
                    text: qsTr("This device")
                }

                BLabel {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    level: BLabel.Level.Small
                    font.weight: Font.DemiBold
                    text: qsTr("The server")
                }
            }

            Repeater {
                model: row.comparison

                // Outer ids from a delegate: resolved at run time, not by qmllint 6.4.
                // qmllint disable unqualified
                ColumnLayout {
                    id: field

                    required property var modelData
                    required property int index

                    objectName: "compareField_" + row.rowIndex + "_" + index
                    Layout.fillWidth: true
                    spacing: 0

                    BLabel {
                        Layout.fillWidth: true
                        level: BLabel.Level.Small
                        muted: true
                        text: field.modelData.label
                    }

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingS

                        BLabel {
                            objectName: "compareMine_" + row.rowIndex + "_" + field.index
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            font.weight: field.modelData.differs ? Font.DemiBold : Font.Normal
                            text: field.modelData.mine
                        }

                        BLabel {
                            objectName: "compareTheirs_" + row.rowIndex + "_" + field.index
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            font.weight: field.modelData.differs ? Font.DemiBold : Font.Normal
                            text: field.modelData.theirs
                        }
                    }
                }
                // qmllint enable unqualified
            }
        }

        BBusyLabel {
            Layout.fillWidth: true
            visible: row.serverCopy === "loading"
            text: qsTr("Fetching the server's version …")
        }

        BLabel {
            objectName: "serverError_" + row.rowIndex
            Layout.fillWidth: true
            visible: row.serverCopy === "error"
            color: Theme.danger
            text: row.serverError
            Accessible.role: Accessible.AlertMessage
        }

        BLabel {
            objectName: "keepMineNote_" + row.rowIndex
            Layout.fillWidth: true
            visible: text !== ""
            muted: true
            text: row.keepMineNote
        }

        Flow {
            Layout.fillWidth: true
            layoutDirection: Qt.RightToLeft
            spacing: Theme.spacingS

            BButton {
                objectName: "openRecordButton_" + row.rowIndex
                visible: row.canOpen
                text: qsTr("Open")
                onClicked: row.openRequested(row.entity, row.recordId, row.caseId, row.fosterHomeId)
            }

            BButton {
                objectName: "showServerButton_" + row.rowIndex
                visible: row.problemState === "conflict" && row.serverCopy !== "ready"
                enabled: row.serverCopy !== "loading"
                text: qsTr("Show the server's version")
                onClicked: row.showServerRequested(row.rowIndex)
            }

            BButton {
                objectName: "keepMineButton_" + row.rowIndex
                visible: row.canKeepMine
                text: qsTr("Keep mine")
                onClicked: row.keepMineRequested(row.rowIndex)
            }

            BButton {
                objectName: "takeServerButton_" + row.rowIndex
                visible: row.serverCopy === "ready"
                destructive: true
                text: qsTr("Take the server's version")
                onClicked: row.takeServerRequested(row.rowIndex, row.title)
            }
        }
    }
}
