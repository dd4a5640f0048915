// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// Home page once unlocked: the worker's cases (ärenden), searchable, and a new case made on
// the device. Names of children with protected identity arrive masked from the model.
BPage {
    id: page

    readonly property bool narrow: width < 600
    // A wide tablet shows list and case side by side (AppShell decides, from the window's width,
    // so it is known before this page is laid out).
    property bool split: false
    // The case shown beside the list when split.
    property string selectedCaseId: ""
    // What LastPlace keeps of this page (AppShell): the case beside the list.
    readonly property var place: split && selectedCaseId !== "" ? {
        "caseId": selectedCaseId
    } : ({})

    title: qsTr("Cases")
    padding: narrow ? Theme.spacingM : Theme.spacingXl
    // "Today" is read again when the page comes back (a visit was signed in between).
    StackView.onActivated: {
        todayRefresh.start();
        if (detail.item)
            (detail.item as CasePage).refresh();
    }
    // Turned to portrait, the case beside the list goes on the stack; turned back, it returns.
    onSplitChanged: {
        const stack = page.StackView.view;
        if (!stack)
            return;
        if (!split && selectedCaseId !== "" && stack.depth === 1)
            stack.push(casePage, {
                    "caseId": selectedCaseId
                }, StackView.Immediate);
        else if (split && stack.depth === 2 && stack.currentItem["caseId"] !== undefined && stack.currentItem["visitId"] === undefined) {
            selectedCaseId = stack.currentItem["caseId"];
            stack.pop(StackView.Immediate);
        }
    }

    // Later, not in the middle of the layout pass that activates the page: a model reset there
    // destroys rows the layout is still placing.
    Timer {
        id: todayRefresh

        interval: 0
        onTriggered: today.reload()
    }

    // Follows the store's change feed: no reload when the page comes back.
    CaseListModel {
        id: cases

        session: Session
    }

    Component {
        id: casePage

        CasePage {
        }
    }

    Component {
        id: visitPage

        VisitPage {
        }
    }

    Component {
        id: fosterHomePage

        FosterHomePage {
        }
    }

    function openCase(caseId) {
        if (page.split) {
            page.selectedCaseId = caseId;
            return;
        }
        page.StackView.view.push(casePage, {
                "caseId": caseId
            });
    }

    // A row of "Today": a visit opens over its case (back goes to the case), an overdue child
    // opens the case to start the visit, a follow-up opens the foster home.
    function openToday(reason, caseId, visitId, fosterHomeId) {
        const stack = page.StackView.view;
        if (visitId !== "") {
            if (caseId !== "" && page.split)
                page.selectedCaseId = caseId;
            else if (caseId !== "")
                stack.push(casePage, {
                        "caseId": caseId
                    }, StackView.Immediate);
            stack.push(visitPage, {
                    "visitId": visitId
                });
        } else if (caseId !== "") {
            openCase(caseId);
        } else if (fosterHomeId !== "") {
            stack.push(fosterHomePage, {
                    "fosterHomeId": fosterHomeId
                });
        }
    }

    NewCaseDialog {
        id: newCaseDialog

        objectName: "newCaseDialog"
        model: cases
        onCreated: caseId => page.openCase(caseId)
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacingL

        ColumnLayout {
            objectName: "caseListColumn"
            Layout.fillHeight: true
            Layout.fillWidth: !page.split
            Layout.preferredWidth: page.split ? Math.min(420, page.width * 0.4) : -1
            spacing: Theme.spacingM

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingM

                BLabel {
                    Layout.fillWidth: true
                    level: BLabel.Level.Headline
                    text: page.title
                }

                BButton {
                    objectName: "newCaseButton"
                    text: qsTr("New case")
                    highlighted: true
                    onClicked: newCaseDialog.open()
                }
            }

            BTextField {
                id: searchField

                objectName: "caseSearch"
                Layout.fillWidth: true
                label: qsTr("Search cases")
                placeholderText: qsTr("Search by case number or name")
                inputMethodHints: Qt.ImhNoPredictiveText
                onTextChanged: cases.search = text
            }

            // Today's work above the cases (at most a third of the page; it scrolls beyond), out of
            // the way while searching.
            Flickable {
                objectName: "todayArea"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(today.implicitHeight, page.height / 3)
                visible: today.count > 0 && cases.search === ""
                clip: true
                contentWidth: width
                contentHeight: today.implicitHeight
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {
                }

                TodayCard {
                    id: today

                    width: parent.width
                    onChosen: (reason, caseId, visitId, fosterHomeId) => page.openToday(reason, caseId, visitId, fosterHomeId)
                }
            }

            ListView {
                id: list

                objectName: "caseList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.spacingS
                model: cases
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Cases")

                delegate: ItemDelegate {
                    id: row

                    required property var model
                    required property string caseNumber
                    required property string displayName
                    required property int birthYear
                    required property bool protectedIdentity
                    required property int visitCount
                    required property var lastVisitAt

                    width: ListView.view.width
                    implicitHeight: Math.max(Theme.touchTarget + Theme.spacingM, implicitContentHeight + topPadding + bottomPadding)
                    padding: Theme.spacingM
                    Accessible.name: qsTr("Case %1, %2").arg(row.caseNumber).arg(row.displayName)
                    // Outer ids from a delegate: resolved at run time, not by qmllint 6.4.
                    // qmllint disable unqualified
                    onClicked: page.openCase(row.model.id)
                    // The case shown beside the list.
                    highlighted: page.split && page.selectedCaseId === row.model.id

                    Accessible.selectable: page.split
                    // qmllint enable unqualified
                    Accessible.selected: row.highlighted
                    background: Rectangle {
                        color: row.down ? Theme.divider : Theme.surface
                        radius: Theme.radius
                        border.width: row.visualFocus || row.highlighted ? 2 : 1
                        border.color: row.visualFocus ? Theme.focus : row.highlighted ? Theme.primary : Theme.divider
                    }

                    contentItem: GridLayout {
                        // On a phone the visit count goes under the name instead of beside it.
                        columns: row.width < 480 ? 1 : 2
                        columnSpacing: Theme.spacingM
                        rowSpacing: Theme.spacingXs

                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacingXs

                            BLabel {
                                Layout.fillWidth: true
                                level: BLabel.Level.Title
                                text: row.displayName
                                font.italic: row.protectedIdentity
                                color: row.protectedIdentity ? Theme.warning : Theme.text
                                elide: Text.ElideRight
                                wrapMode: Text.NoWrap
                            }

                            BLabel {
                                Layout.fillWidth: true
                                muted: true
                                text: row.birthYear > 0 ? qsTr("%1 · born %2").arg(row.caseNumber).arg(row.birthYear) : row.caseNumber
                            }
                        }

                        ColumnLayout {
                            spacing: Theme.spacingXs

                            BLabel {
                                Layout.alignment: row.width < 480 ? Qt.AlignLeft : Qt.AlignRight
                                text: qsTr("%n visit(s)", "", row.visitCount)
                            }

                            BLabel {
                                Layout.alignment: row.width < 480 ? Qt.AlignLeft : Qt.AlignRight
                                level: BLabel.Level.Small
                                muted: true
                                visible: row.visitCount > 0
                                text: qsTr("Latest %1").arg(StockholmTime.date(row.lastVisitAt))
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
                    text: cases.search !== "" ? qsTr("No case matches the search.") : Sync.signedIn ? qsTr("No cases on this device yet. Create one with “New case”.") : qsTr("No cases on this device yet. Sign in under “Menu” and the sync fetches your cases, or create one with “New case”.")
                }
            }
        }

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            visible: page.split
            color: Theme.divider
        }

        // The chosen case beside the list; its visits open over both.
        Loader {
            id: detail

            objectName: "caseDetail"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: page.split
            active: page.split && page.selectedCaseId !== ""

            sourceComponent: CasePage {
                embedded: true
                padding: 0
                // qmllint disable unqualified
                caseId: page.selectedCaseId
                stack: page.StackView.view
                // qmllint enable unqualified
            }

            BLabel {
                anchors.centerIn: parent
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                muted: true
                visible: !detail.active
                text: qsTr("Choose a case to see its visits and start a visit.")
            }
        }
    }
}
