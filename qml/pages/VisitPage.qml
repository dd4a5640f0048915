// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// The home visit in the order it happens: whose visit it is in the title, check-in (made by
// "Starta hembesök"), who is present, notes with the child's own words and BBIC tags, and pinned
// at the bottom the barntid button with the visit's total and "Signera" (which stops the timer
// and checks out). A draft is saved as it is typed; a signed visit reads as text and takes
// amendments.
BPage {
    id: page

    // Open an existing visit, or start a new draft for a case, or at a foster home (about one
    // placed child's case, or none).
    property string visitId: ""
    property string startCaseId: ""
    property string startFosterHomeId: ""
    // Opened from a foster-home page (the back button says where it goes).
    property bool fromFosterHome: false
    readonly property bool wide: width >= 1000
    readonly property bool narrow: width < 600
    readonly property alias editor: visitEditor
    readonly property alias timer: childTimer
    // What LastPlace keeps of this page (AppShell).
    readonly property var place: ({
            "visitId": visitEditor.visitId
        })

    // Scrolls the children's answers into view (after child mode, the worker looks for them),
    // once the page is laid out.
    function revealSurveys() {
        revealTimer.start();
    }

    title: visitEditor.subject !== "" ? visitEditor.subject : visitEditor.kindText !== "" ? visitEditor.kindText : qsTr("Visit")
    padding: narrow ? Theme.spacingM : Theme.spacingL
    Component.onCompleted: {
        if (visitId !== "")
            visitEditor.load(visitId);
        else if (startFosterHomeId !== "")
            visitEditor.startFosterHomeVisit(startFosterHomeId, startCaseId);
        else if (startCaseId !== "")
            visitEditor.startVisit(startCaseId);
        // Reading the visit is logged once per page (access_event), not on each save.
        AccessLog.opened("visit", visitEditor.visitId, page);
    }
    StackView.onDeactivating: visitEditor.flush()

    VisitEditor {
        id: visitEditor
    }

    Timer {
        id: revealTimer

        interval: 50
        onTriggered: {
            const y = surveysCard.mapToItem(flick.contentItem, 0, 0).y;
            flick.contentY = Math.max(0, Math.min(y - Theme.spacingM, flick.contentHeight - flick.height));
        }
    }

    ChildTimer {
        id: childTimer

        visitId: visitEditor.visitId
    }

    Dialog {
        id: signDialog

        objectName: "signDialog"
        title: visitEditor.signBlocker !== "" ? qsTr("Not ready to sign") : qsTr("Sign the visit?")
        modal: true
        anchors.centerIn: parent
        width: Math.min(560, page.width - Theme.spacingM * 2)

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingM

            BLabel {
                objectName: "signBlocker"
                Layout.fillWidth: true
                visible: text !== ""
                color: Theme.danger
                text: visitEditor.signBlocker
                Accessible.role: Accessible.AlertMessage
            }

            // What signing does, said before it is done.
            BLabel {
                objectName: "signEffects"
                Layout.fillWidth: true
                visible: visitEditor.signBlocker === ""
                text: {
                    const steps = [];
                    if (childTimer.running)
                        steps.push(qsTr("stops barntid (now %1)").arg(actionBar.clock(childTimer.elapsedSeconds)));
                    if (visitEditor.checkedInAt.getTime() > 0 && !(visitEditor.checkedOutAt.getTime() > 0))
                        steps.push(qsTr("checks you out now"));
                    steps.push(qsTr("locks the visit: corrections are then added as amendments below it"));
                    return qsTr("Signing %1.").arg(steps.join(", "));
                }
            }

            BLabel {
                objectName: "signWarning"
                Layout.fillWidth: true
                visible: visitEditor.signBlocker === "" && text !== ""
                color: Theme.warning
                font.weight: Font.DemiBold
                text: visitEditor.signWarning
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingM

                Item {
                    Layout.fillWidth: true
                }

                BButton {
                    text: visitEditor.signBlocker !== "" ? qsTr("Back to the visit") : qsTr("Cancel")
                    flat: true
                    onClicked: signDialog.close()
                }

                BButton {
                    objectName: "confirmSignButton"
                    visible: visitEditor.signBlocker === ""
                    text: visitEditor.signWarning !== "" ? qsTr("Sign anyway") : qsTr("Sign")
                    highlighted: true
                    onClicked: {
                        if (childTimer.running)
                            childTimer.stop();
                        visitEditor.sign();
                        signDialog.close();
                    }
                }
            }
        }
    }

    footer: VisitActionBar {
        id: actionBar

        visible: !visitEditor.isSigned
        timer: childTimer
        editor: visitEditor
        mode: timerCard.nextMode
        onSignRequested: {
            visitEditor.flush();
            signDialog.open();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            BBackButton {
                objectName: "visitBackButton"
                text: qsTr("Back")
                Accessible.description: page.fromFosterHome ? qsTr("Back to the foster home") : qsTr("Back to the case")
                onClicked: {
                    visitEditor.flush();
                    page.StackView.view.pop();
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0

                BLabel {
                    objectName: "visitTitle"
                    Layout.fillWidth: true
                    level: page.narrow ? BLabel.Level.Title : BLabel.Level.Headline
                    text: page.title
                    elide: Text.ElideRight
                    wrapMode: Text.NoWrap
                    Accessible.role: Accessible.Heading
                }

                BLabel {
                    objectName: "savedIndicator"
                    Layout.fillWidth: true
                    level: BLabel.Level.Small
                    muted: true
                    text: {
                        const state = visitEditor.isSigned ? visitEditor.statusText : visitEditor.dirty ? qsTr("Saving…") : visitEditor.savedAt.getTime() > 0 ? qsTr("Saved %1").arg(StockholmTime.time(visitEditor.savedAt)) : "";
                        return [visitEditor.kindText, state].filter(part => part !== "").join(" · ");
                    }
                    Accessible.role: Accessible.StatusBar
                }
            }
        }

        BLabel {
            objectName: "visitError"
            Layout.fillWidth: true
            visible: text !== ""
            color: Theme.danger
            text: visitEditor.errorText
            Accessible.role: Accessible.AlertMessage
        }

        Flickable {
            id: flick

            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: width
            contentHeight: grid.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {
            }

            GridLayout {
                id: grid

                width: flick.width
                columns: page.wide ? 2 : 1
                columnSpacing: Theme.spacingL
                rowSpacing: Theme.spacingM

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.row: page.wide || !visitEditor.isSigned ? 0 : 1
                    Layout.column: 0
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.spacingM

                    BCard {
                        Layout.fillWidth: true
                        padding: Theme.spacingL
                        visible: !visitEditor.isSigned

                        ColumnLayout {
                            anchors.fill: parent
                            spacing: Theme.spacingM

                            GridLayout {
                                Layout.fillWidth: true
                                columns: 2
                                columnSpacing: Theme.spacingM

                                BButton {
                                    objectName: "checkInButton"
                                    Layout.fillWidth: true
                                    enabled: !visitEditor.isSigned
                                    text: qsTr("Check in")
                                    Accessible.name: qsTr("Check in: records the arrival time and, where allowed, the position")
                                    onClicked: visitEditor.checkIn()
                                }

                                BButton {
                                    objectName: "checkOutButton"
                                    Layout.fillWidth: true
                                    enabled: !visitEditor.isSigned && visitEditor.checkedInAt.getTime() > 0
                                    text: qsTr("Check out")
                                    Accessible.name: qsTr("Check out: records the departure time and, where allowed, the position")
                                    onClicked: visitEditor.checkOut()
                                }

                                BLabel {
                                    level: BLabel.Level.Small
                                    muted: true
                                    text: visitEditor.checkedInAt.getTime() > 0 ? qsTr("Checked in %1").arg(StockholmTime.time(visitEditor.checkedInAt)) : qsTr("Not checked in")
                                }

                                BLabel {
                                    level: BLabel.Level.Small
                                    muted: true
                                    text: visitEditor.checkedOutAt.getTime() > 0 ? qsTr("Checked out %1").arg(StockholmTime.time(visitEditor.checkedOutAt)) : ""
                                }

                                // Where the check-in/out was made: searching, its accuracy, or why
                                // there is none. The visit goes on either way.
                                RowLayout {
                                    objectName: "positionStatus"
                                    Layout.columnSpan: 2
                                    Layout.fillWidth: true
                                    Layout.minimumHeight: Theme.touchTarget
                                    visible: visitEditor.position.state !== CheckInPosition.Idle
                                    spacing: Theme.spacingS

                                    BusyIndicator {
                                        Layout.preferredWidth: Theme.touchTarget
                                        Layout.preferredHeight: Theme.touchTarget
                                        visible: running
                                        running: visitEditor.position.state === CheckInPosition.Searching
                                        Accessible.name: positionLabel.text
                                    }

                                    BLabel {
                                        id: positionLabel

                                        objectName: "positionText"
                                        Layout.fillWidth: true
                                        level: BLabel.Level.Small
                                        text: visitEditor.position.text
                                        color: visitEditor.position.state === CheckInPosition.Fixed ? Theme.success : visitEditor.position.state === CheckInPosition.NoFix ? Theme.warning : Theme.textMuted
                                        Accessible.role: Accessible.StatusBar
                                        Accessible.name: text
                                    }
                                }
                            }

                            BLabel {
                                Layout.fillWidth: true
                                level: BLabel.Level.Title
                                text: qsTr("Who is present")
                            }

                            Flow {
                                Layout.fillWidth: true
                                spacing: Theme.spacingS

                                Repeater {
                                    // In the words of the kind: a foster home's adults are its foster parents.
                                    model: visitEditor.presenceChoices

                                    BChip {
                                        id: presenceChip

                                        required property var modelData

                                        objectName: "present_" + presenceChip.modelData.code
                                        exclusive: true
                                        // Outer ids from a delegate: resolved at run time, not by qmllint 6.4.
                                        // qmllint disable unqualified
                                        enabled: !visitEditor.isSigned
                                        text: presenceChip.modelData.text
                                        checked: visitEditor.present === presenceChip.modelData.code
                                        onClicked: visitEditor.present = presenceChip.modelData.code
                                        // qmllint enable unqualified
                                    }
                                }
                            }

                            ComboBox {
                                id: kindBox

                                objectName: "kindBox"
                                Layout.fillWidth: true
                                implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
                                enabled: !visitEditor.isSigned
                                textRole: "text"
                                valueRole: "code"
                                model: [{
                                        "code": "home",
                                        "text": qsTr("Home visit")
                                    }, {
                                        "code": "foster_home",
                                        "text": qsTr("Foster home visit")
                                    }, {
                                        "code": "school",
                                        "text": qsTr("School visit")
                                    }, {
                                        "code": "office",
                                        "text": qsTr("Office meeting")
                                    }, {
                                        "code": "video",
                                        "text": qsTr("Video meeting")
                                    }, {
                                        "code": "other",
                                        "text": qsTr("Other visit")
                                    }]
                                currentIndex: Math.max(0, indexOfValue(visitEditor.kind))
                                Accessible.name: qsTr("Kind of visit: %1").arg(displayText)
                                onActivated: visitEditor.kind = currentValue
                            }
                        }
                    }

                    VisitTimerCard {
                        id: timerCard

                        Layout.fillWidth: true
                        timer: childTimer
                        editable: !visitEditor.isSigned
                        showButton: false
                    }
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    // On one column a signed visit reads text first; a draft starts with the timer.
                    Layout.row: page.wide || !visitEditor.isSigned ? (page.wide ? 0 : 1) : 0
                    Layout.column: page.wide ? 1 : 0
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.spacingM

                    VisitNotesCard {
                        Layout.fillWidth: true
                        visible: !visitEditor.isSigned
                        editor: visitEditor
                    }

                    VisitSurveysCard {
                        id: surveysCard

                        objectName: "visitSurveysCard"
                        Layout.fillWidth: true
                        visitId: visitEditor.visitId
                    }

                    ReviewStatusCard {
                        objectName: "reviewStatusCard"
                        Layout.fillWidth: true
                        recordId: visitEditor.isSigned ? visitEditor.visitId : ""
                    }

                    VisitSignedCard {
                        Layout.fillWidth: true
                        visible: visitEditor.isSigned
                        editor: visitEditor
                    }
                }
            }
        }
    }
}
