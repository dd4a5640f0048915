// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// The foster homes (familjehem) on this device, searchable, with what needs doing at a glance:
// training not yet offered, an overdue follow-up. A new foster home can be made on the device.
BPage {
    id: page

    readonly property bool narrow: width < 600

    function openHome(homeId) {
        page.StackView.view.push(homePage, {
                "fosterHomeId": homeId
            });
    }

    title: qsTr("Foster homes")
    padding: narrow ? Theme.spacingM : Theme.spacingXl

    // Follows the store's change feed: no reload when the page comes back.
    FosterHomeListModel {
        id: homes

        session: Session
    }

    // Follow-ups fall overdue at midnight, also on a list left open.
    DayWatcher {
        objectName: "dayWatcher"
        onDayChanged: homes.reload()
    }

    Component {
        id: homePage

        FosterHomePage {
        }
    }

    NewFosterHomeDialog {
        id: newDialog

        objectName: "newFosterHomeDialog"
        model: homes
        onCreated: homeId => page.openHome(homeId)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM

            BLabel {
                Layout.fillWidth: true
                // A phone has no room for the headline size beside the button.
                level: page.narrow ? BLabel.Level.Title : BLabel.Level.Headline
                text: page.title
            }

            BButton {
                objectName: "newFosterHomeButton"
                text: qsTr("New foster home")
                highlighted: true
                onClicked: newDialog.open()
            }
        }

        BTextField {
            objectName: "fosterHomeSearch"
            Layout.fillWidth: true
            label: qsTr("Search foster homes")
            placeholderText: qsTr("Search by name or contact person")
            inputMethodHints: Qt.ImhNoPredictiveText
            onTextChanged: homes.search = text
        }

        ListView {
            id: list

            objectName: "fosterHomeList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingS
            model: homes
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Foster homes")

            delegate: ItemDelegate {
                id: row

                required property var model
                required property string name
                required property string contactPersons
                required property string phone
                required property string trainingText
                required property bool trainingPending
                required property string supervisionText
                required property string followUpText
                required property bool followUpOverdue
                required property int placedCount

                width: ListView.view.width
                implicitHeight: Math.max(Theme.touchTarget + Theme.spacingM, implicitContentHeight + topPadding + bottomPadding)
                padding: Theme.spacingM
                Accessible.name: qsTr("Foster home %1, %2, %3").arg(row.name).arg(row.trainingText).arg(row.followUpText)
                // Outer ids from a delegate: resolved at run time, not by qmllint 6.4.
                // qmllint disable unqualified
                onClicked: page.openHome(row.model.id)

                // qmllint enable unqualified
                background: Rectangle {
                    color: row.down ? Theme.divider : Theme.surface
                    radius: Theme.radius
                    border.width: row.visualFocus ? 2 : 1
                    border.color: row.visualFocus ? Theme.focus : Theme.divider
                }

                contentItem: GridLayout {
                    columns: row.width < 560 ? 1 : 2
                    columnSpacing: Theme.spacingM
                    rowSpacing: Theme.spacingXs

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingXs

                        BLabel {
                            Layout.fillWidth: true
                            level: BLabel.Level.Title
                            text: row.name
                            elide: Text.ElideRight
                            wrapMode: Text.NoWrap
                        }

                        BLabel {
                            Layout.fillWidth: true
                            muted: true
                            visible: text !== ""
                            text: row.contactPersons !== "" && row.phone !== "" ? qsTr("%1 · %2").arg(row.contactPersons).arg(row.phone) : row.contactPersons + row.phone
                        }

                        BLabel {
                            Layout.fillWidth: true
                            level: BLabel.Level.Small
                            muted: true
                            text: qsTr("%n child(ren) placed", "", row.placedCount)
                        }
                    }

                    ColumnLayout {
                        spacing: Theme.spacingXs

                        BLabel {
                            Layout.alignment: row.width < 560 ? Qt.AlignLeft : Qt.AlignRight
                            font.weight: row.trainingPending ? Font.DemiBold : Font.Normal
                            color: row.trainingPending ? Theme.warning : Theme.text
                            text: (row.trainingPending ? "⚠ " : "") + row.trainingText
                        }

                        BLabel {
                            Layout.alignment: row.width < 560 ? Qt.AlignLeft : Qt.AlignRight
                            level: BLabel.Level.Small
                            muted: true
                            text: row.supervisionText
                        }

                        BLabel {
                            Layout.alignment: row.width < 560 ? Qt.AlignLeft : Qt.AlignRight
                            level: BLabel.Level.Small
                            font.weight: row.followUpOverdue ? Font.DemiBold : Font.Normal
                            color: row.followUpOverdue ? Theme.danger : Theme.textMuted
                            text: row.followUpText
                        }
                    }
                }
            }

            BLabel {
                anchors.centerIn: parent
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                muted: true
                visible: list.count === 0
                text: homes.search !== "" ? qsTr("No foster home matches the search.") : qsTr("No foster homes on this device yet. Create one with “New foster home”.")
            }
        }
    }
}
