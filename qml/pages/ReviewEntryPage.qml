// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// One entry of the team, read-only: where it stands, what it said when it was returned beside
// what it says now, its fields, amendments and the history of versions and decisions. At the
// bottom, for a supervisor while a decision is due: approve, or return with a comment.
BPage {
    id: page

    property string entity: ""
    property string recordId: ""
    readonly property bool narrow: width < 600
    // What LastPlace keeps of this page (AppShell).
    readonly property var place: ({
            "reviewEntity": page.entity,
            "reviewId": page.recordId
        })

    function joined(parts) {
        return parts.filter(s => s !== "").join(" · ");
    }

    title: review.title !== "" ? review.title : review.kindText
    padding: narrow ? Theme.spacingM : Theme.spacingXl
    Component.onCompleted: {
        review.load(entity, recordId);
        // Reading a visit is logged as on every role's device (loggkontroll).
        if (entity === "visit")
            AccessLog.opened("visit", recordId, page);
    }

    ReviewEntry {
        id: review

        objectName: "reviewEntry"
    }

    BConfirmDialog {
        id: approveDialog

        objectName: "approveDialog"
        title: qsTr("Approve?")
        text: qsTr("Version %1 is approved and locked: nobody can change it any more. A later correction is an amendment, which comes back to you for review.").arg(review.version)
        acceptText: qsTr("Approve")
        acceptObjectName: "confirmApproveButton"
        onAccepted: review.approve()
    }

    BFormDialog {
        id: returnDialog

        objectName: "returnDialog"
        title: qsTr("Return to the social worker")
        onOpened: commentField.text = ""

        BLabel {
            Layout.fillWidth: true
            text: qsTr("Write what should be corrected or added. The social worker sees it on the entry after their next sync and answers with an amendment.")
        }

        BTextArea {
            id: commentField

            objectName: "returnComment"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget * 3
            label: qsTr("Comment")
        }

        BLabel {
            Layout.fillWidth: true
            visible: review.errorText !== ""
            color: Theme.danger
            text: review.errorText
        }

        Flow {
            Layout.fillWidth: true
            layoutDirection: Qt.RightToLeft
            spacing: Theme.spacingS

            BButton {
                objectName: "confirmReturnButton"
                text: qsTr("Return")
                highlighted: true
                onClicked: {
                    if (review.sendBack(commentField.text))
                        returnDialog.close();
                }
            }

            BButton {
                objectName: "cancelReturnButton"
                text: qsTr("Cancel")
                flat: true
                onClicked: returnDialog.close()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        Flickable {
            id: flick

            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: width
            contentHeight: column.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            clip: true

            ScrollIndicator.vertical: ScrollIndicator {
            }

            ColumnLayout {
                id: column

                width: flick.width
                spacing: Theme.spacingM

                BBackButton {
                    objectName: "reviewBackButton"
                    text: qsTr("Review")
                    Accessible.description: qsTr("Back to the review queue")
                    onClicked: page.StackView.view.pop()
                }

                BCard {
                    Layout.fillWidth: true
                    padding: page.narrow ? Theme.spacingM : Theme.spacingL

                    ColumnLayout {
                        anchors.fill: parent
                        spacing: Theme.spacingS

                        BLabel {
                            objectName: "entryTitle"
                            Layout.fillWidth: true
                            level: BLabel.Level.Headline
                            text: page.title
                        }

                        BLabel {
                            Layout.fillWidth: true
                            muted: true
                            text: page.joined([review.kindText, review.authorName, StockholmTime.dateTime(review.at), qsTr("version %1").arg(review.version)])
                        }

                        BLabel {
                            objectName: "entryStatus"
                            Layout.fillWidth: true
                            font.weight: Font.DemiBold
                            color: review.status === "approved" ? Theme.success : review.status === "returned" ? Theme.warning : Theme.primary
                            text: review.statusText
                        }

                        BLabel {
                            objectName: "entryRefused"
                            Layout.fillWidth: true
                            visible: text !== ""
                            color: Theme.danger
                            text: review.refusedText
                        }

                        BLabel {
                            objectName: "entryMissing"
                            Layout.fillWidth: true
                            visible: !review.found
                            muted: true
                            text: qsTr("This entry is not on this device. Sync to fetch the team's entries.")
                        }
                    }
                }

                // After a return was answered: what it said then beside what it says now.
                BCard {
                    objectName: "comparisonCard"
                    Layout.fillWidth: true
                    visible: review.comparison.length > 0
                    padding: page.narrow ? Theme.spacingM : Theme.spacingL

                    ColumnLayout {
                        anchors.fill: parent
                        spacing: Theme.spacingS

                        BLabel {
                            Layout.fillWidth: true
                            level: BLabel.Level.Title
                            text: qsTr("When returned and now")
                        }

                        Repeater {
                            model: review.comparison

                            GridLayout {
                                id: pair

                                required property var modelData

                                Layout.fillWidth: true
                                columns: width < 560 ? 1 : 3
                                columnSpacing: Theme.spacingM

                                BLabel {
                                    Layout.preferredWidth: pair.columns === 1 ? -1 : 160
                                    muted: true
                                    text: pair.modelData.label
                                }

                                BLabel {
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: 1
                                    text: qsTr("Then: %1").arg(pair.modelData.before)
                                }

                                BLabel {
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: 1
                                    font.weight: pair.modelData.changed ? Font.DemiBold : Font.Normal
                                    text: qsTr("Now: %1").arg(pair.modelData.after)
                                }
                            }
                        }
                    }
                }

                BCard {
                    objectName: "fieldsCard"
                    Layout.fillWidth: true
                    visible: review.found
                    padding: page.narrow ? Theme.spacingM : Theme.spacingL

                    ColumnLayout {
                        anchors.fill: parent
                        spacing: Theme.spacingS

                        Repeater {
                            model: review.fields

                            BLabel {
                                required property var modelData

                                Layout.fillWidth: true
                                text: "<b>" + modelData.label + "</b><br/>" + modelData.value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/\n/g, "<br/>")
                                textFormat: Text.StyledText
                            }
                        }
                    }
                }

                BCard {
                    objectName: "amendmentsCard"
                    Layout.fillWidth: true
                    visible: review.amendments.length > 0
                    padding: page.narrow ? Theme.spacingM : Theme.spacingL

                    ColumnLayout {
                        anchors.fill: parent
                        spacing: Theme.spacingS

                        BLabel {
                            Layout.fillWidth: true
                            level: BLabel.Level.Title
                            text: qsTr("Amendments")
                        }

                        Repeater {
                            model: review.amendments

                            BLabel {
                                required property var modelData

                                Layout.fillWidth: true
                                font.weight: modelData.isNew ? Font.DemiBold : Font.Normal
                                text: (modelData.isNew ? qsTr("New") + " · " : "") + StockholmTime.dateTime(modelData.signedAt) + "\n" + modelData.text
                            }
                        }
                    }
                }

                HandoverCard {
                    objectName: "handoverCard"
                    Layout.fillWidth: true
                    caseId: review.caseId
                }

                BCard {
                    objectName: "historyCard"
                    Layout.fillWidth: true
                    visible: review.history.length > 0
                    padding: page.narrow ? Theme.spacingM : Theme.spacingL

                    ColumnLayout {
                        anchors.fill: parent
                        spacing: Theme.spacingS

                        BLabel {
                            Layout.fillWidth: true
                            level: BLabel.Level.Title
                            text: qsTr("History")
                        }

                        Repeater {
                            model: review.history

                            BLabel {
                                required property var modelData

                                Layout.fillWidth: true
                                text: StockholmTime.dateTime(modelData.at) + " · " + modelData.title + (modelData.detail !== "" ? "\n" + modelData.detail : "")
                            }
                        }
                    }
                }
            }
        }

        // Pinned at the bottom, as the visit's own actions are.
        Flow {
            objectName: "decisionBar"
            Layout.fillWidth: true
            visible: review.canDecide
            layoutDirection: Qt.RightToLeft
            spacing: Theme.spacingS

            BButton {
                objectName: "approveButton"
                text: qsTr("Approve")
                highlighted: true
                onClicked: approveDialog.open()
            }

            BButton {
                objectName: "returnButton"
                text: qsTr("Return with comment")
                onClicked: returnDialog.open()
            }
        }
    }
}
