// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// One foster home: who to call, its training (familjehemsutbildning) and supervision
// (handledning) with quick actions, the contact log with the next follow-up, and the children
// placed there with the date their next visit is due; overdue ones stand out.
BPage {
    id: page

    property string fosterHomeId: ""
    property var home: ({})
    property var placeable: []
    readonly property bool narrow: width < 600
    readonly property bool wide: width >= 1000
    readonly property var supervisionCodes: ["none", "offered", "ongoing", "completed", "declined"]
    readonly property var supervisionTexts: [qsTr("Not offered yet"), qsTr("Offered"), qsTr("Ongoing"), qsTr("Completed"), qsTr("Declined")]

    function refresh() {
        homes.reload();
        home = homes.fosterHomeData(fosterHomeId);
        contacts.reload();
        children.reload();
        placeable = children.placeableCases();
    }

    title: home.name !== undefined ? home.name : qsTr("Foster home")
    padding: narrow ? Theme.spacingM : Theme.spacingXl
    Component.onCompleted: refresh()
    StackView.onActivated: refresh()

    FosterHomeListModel {
        id: homes
    }

    ContactLogModel {
        id: contacts

        fosterHomeId: page.fosterHomeId
        onFosterHomeChanged: page.refresh()
    }

    VisitDueModel {
        id: children

        fosterHomeId: page.fosterHomeId
    }

    ContactDialog {
        id: contactDialog

        objectName: "contactDialog"
        model: contacts
    }

    Flickable {
        id: flick

        anchors.fill: parent
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

            BButton {
                objectName: "fosterHomeBackButton"
                text: qsTr("‹ Foster homes")
                flat: true
                Accessible.name: qsTr("Back to foster homes")
                onClicked: page.StackView.view.pop()
            }

            BCard {
                Layout.fillWidth: true
                padding: page.narrow ? Theme.spacingM : Theme.spacingL

                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacingS

                    BLabel {
                        objectName: "fosterHomeTitle"
                        Layout.fillWidth: true
                        level: BLabel.Level.Headline
                        text: page.title
                    }

                    BLabel {
                        Layout.fillWidth: true
                        muted: true
                        visible: text !== ""
                        text: [page.home.contactPersons ?? "", page.home.phone ?? ""].filter(s => s !== "").join(" · ")
                    }

                    BLabel {
                        objectName: "trainingStatus"
                        Layout.fillWidth: true
                        font.weight: page.home.trainingPending ? Font.DemiBold : Font.Normal
                        color: page.home.trainingPending ? Theme.warning : Theme.text
                        text: (page.home.trainingPending ? "⚠ " : "") + (page.home.trainingText ?? "")
                    }

                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacingS

                        BButton {
                            objectName: "trainingOfferedButton"
                            visible: page.home.trainingPending === true
                            text: qsTr("Training offered today")
                            onClicked: contacts.setTraining(contacts.today(), "")
                        }

                        BButton {
                            objectName: "trainingCompletedButton"
                            visible: (page.home.trainingCompletedOn ?? "") === ""
                            text: qsTr("Training completed today")
                            onClicked: contacts.setTraining(page.home.trainingOfferedOn || contacts.today(), contacts.today())
                        }
                    }

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingS

                        BLabel {
                            Layout.fillWidth: true
                            text: page.home.supervisionText ?? ""
                        }

                        ComboBox {
                            objectName: "supervisionBox"
                            implicitHeight: Theme.touchTarget
                            Layout.preferredWidth: 220
                            model: page.supervisionTexts
                            currentIndex: Math.max(0, page.supervisionCodes.indexOf(page.home.supervisionStatus ?? "none"))
                            Accessible.name: qsTr("Supervision status")
                            onActivated: index => contacts.setSupervisionStatus(page.supervisionCodes[index])
                        }
                    }

                    BLabel {
                        objectName: "followUpStatus"
                        Layout.fillWidth: true
                        font.weight: page.home.followUpOverdue ? Font.DemiBold : Font.Normal
                        color: page.home.followUpOverdue ? Theme.danger : Theme.textMuted
                        text: page.home.followUpText ?? ""
                    }

                    BLabel {
                        Layout.fillWidth: true
                        visible: text !== ""
                        color: Theme.danger
                        text: contacts.errorText
                        Accessible.role: Accessible.AlertMessage
                    }
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: page.wide ? 2 : 1
                columnSpacing: Theme.spacingM
                rowSpacing: Theme.spacingM

                BCard {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 1
                    padding: page.narrow ? Theme.spacingM : Theme.spacingL

                    ColumnLayout {
                        anchors.fill: parent
                        spacing: Theme.spacingS

                        RowLayout {
                            Layout.fillWidth: true

                            BLabel {
                                Layout.fillWidth: true
                                level: BLabel.Level.Title
                                text: qsTr("Contacts")
                            }

                            BButton {
                                objectName: "newContactButton"
                                text: qsTr("New contact")
                                highlighted: true
                                onClicked: contactDialog.open()
                            }
                        }

                        Repeater {
                            objectName: "contactList"
                            model: contacts

                            delegate: ColumnLayout {
                                id: contactRow

                                required property int index
                                required property string kindText
                                required property string atText
                                required property int durationMinutes
                                required property string notePreview
                                required property string nextFollowUp

                                objectName: "contact_" + index
                                Layout.fillWidth: true
                                spacing: 2

                                Rectangle {
                                    Layout.fillWidth: true
                                    implicitHeight: 1
                                    color: Theme.divider
                                }

                                BLabel {
                                    Layout.fillWidth: true
                                    font.weight: Font.DemiBold
                                    text: contactRow.durationMinutes > 0 ? qsTr("%1 · %2 · %3 min").arg(contactRow.kindText).arg(contactRow.atText).arg(contactRow.durationMinutes) : qsTr("%1 · %2").arg(contactRow.kindText).arg(contactRow.atText)
                                }

                                BLabel {
                                    Layout.fillWidth: true
                                    muted: true
                                    visible: text !== ""
                                    maximumLineCount: 2
                                    elide: Text.ElideRight
                                    text: contactRow.notePreview
                                }

                                BLabel {
                                    Layout.fillWidth: true
                                    level: BLabel.Level.Small
                                    muted: true
                                    visible: contactRow.nextFollowUp !== ""
                                    text: qsTr("Next follow-up %1").arg(contactRow.nextFollowUp)
                                }
                            }
                        }

                        BLabel {
                            Layout.fillWidth: true
                            muted: true
                            visible: contacts.count === 0
                            text: qsTr("No contacts logged yet.")
                        }
                    }
                }

                BCard {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 1
                    padding: page.narrow ? Theme.spacingM : Theme.spacingL

                    ColumnLayout {
                        anchors.fill: parent
                        spacing: Theme.spacingS

                        BLabel {
                            Layout.fillWidth: true
                            level: BLabel.Level.Title
                            text: qsTr("Placed children")
                        }

                        Repeater {
                            objectName: "placedList"
                            model: children

                            delegate: ColumnLayout {
                                id: childRow

                                required property int index
                                required property string caseNumber
                                required property string displayName
                                required property bool protectedIdentity
                                required property string dueText
                                required property bool overdue

                                objectName: "placed_" + index
                                Layout.fillWidth: true
                                spacing: 2

                                Rectangle {
                                    Layout.fillWidth: true
                                    implicitHeight: 1
                                    color: Theme.divider
                                }

                                BLabel {
                                    Layout.fillWidth: true
                                    font.weight: Font.DemiBold
                                    font.italic: childRow.protectedIdentity
                                    text: qsTr("%1 · %2").arg(childRow.displayName).arg(childRow.caseNumber)
                                }

                                BLabel {
                                    objectName: "due_" + childRow.index
                                    Layout.fillWidth: true
                                    font.weight: childRow.overdue ? Font.DemiBold : Font.Normal
                                    color: childRow.overdue ? Theme.danger : Theme.textMuted
                                    text: (childRow.overdue ? "⚠ " : "") + childRow.dueText
                                }
                            }
                        }

                        BLabel {
                            Layout.fillWidth: true
                            muted: true
                            visible: children.count === 0
                            text: qsTr("No children placed here on this device.")
                        }

                        GridLayout {
                            Layout.fillWidth: true
                            columns: page.narrow ? 1 : 2
                            columnSpacing: Theme.spacingS
                            visible: page.placeable.length > 0

                            ComboBox {
                                id: caseBox

                                objectName: "placeCaseBox"
                                Layout.fillWidth: true
                                implicitHeight: Theme.touchTarget
                                model: page.placeable
                                textRole: "label"
                                valueRole: "id"
                                Accessible.name: qsTr("Case to place here")
                            }

                            BButton {
                                objectName: "placeCaseButton"
                                text: qsTr("Place child here")
                                onClicked: {
                                    if (children.placeCase(caseBox.currentValue))
                                        page.refresh();
                                }
                            }
                        }

                        BLabel {
                            Layout.fillWidth: true
                            visible: text !== ""
                            color: Theme.danger
                            text: children.errorText
                            Accessible.role: Accessible.AlertMessage
                        }
                    }
                }
            }
        }
    }
}
