// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// The open app: the signed-in role's destinations (Shell) on a navigation rail at tablet width
// or a bottom bar on a phone, one StackView per destination so each keeps its place, the
// barntid bar while time with a child is counted, and the lock within thumb reach. Where the
// worker is (ids only) goes to LastPlace on every move, so unlocking comes back to it.
Page {
    id: shell

    // A tablet (landscape or a large portrait): the rail; below it, the phone's bottom bar.
    readonly property bool railed: width >= 840
    // Wide enough for the case list and a case side by side (a landscape tablet).
    readonly property bool listDetail: width >= 1000
    // A phone, or a tablet's split screen: the header keeps only what fits.
    readonly property bool compact: width < Theme.contentMaxWidth
    property int currentIndex: 0
    // The StackViews below, in this order, by destination name.
    readonly property var stackNames: ["cases", "fosterHomes", "week", "review", "team", "accessLog", "childVoices", "schedule", "meetings"]
    readonly property string currentName: Shell.destinations[currentIndex] ? Shell.destinations[currentIndex].name : ""
    readonly property var currentStack: stackNamed(currentName)
    // True until the place is restored: the StackViews' first pages must not overwrite it.
    property bool restoring: true

    function select(index) {
        currentIndex = Math.max(0, Math.min(index, Shell.destinations.length - 1));
        rememberPlace();
    }

    // Ids of what the current stack shows, deepest last: what LastPlace keeps.
    function rememberPlace() {
        if (restoring)
            return;
        const place = {
            "section": currentName
        };
        const view = currentStack;
        for (let i = 0; view && i < view.depth; ++i) {
            const item = view.get(i, StackView.DontLoad);
            const kept = item ? item["place"] : undefined;
            if (kept === undefined)
                continue;
            for (const key in kept)
                place[key] = kept[key];
        }
        LastPlace.remember(place);
    }

    function stackNamed(name) {
        const i = stackNames.indexOf(name);
        const child = i < 0 ? null : stacks.children[i];
        // A role's own stacks are made only for that role (a Loader holds them).
        return child && child.objectName.endsWith("Loader") ? child.item : child;
    }

    // A case on the cases stack: beside the list on a wide tablet, else a page of its own.
    function showCase(view, caseId) {
        const home = view.get(0, StackView.DontLoad);
        if (listDetail && home && home.objectName === "homePage")
            home.selectedCaseId = caseId;
        else
            view.push(casePage, {
                    "caseId": caseId
                }, StackView.Immediate);
    }

    // The place LastPlace kept: the section, then its case or foster home, then the visit.
    function restorePlace() {
        const place = LastPlace.recall();
        if (!place["section"]) {
            restoring = false;
            return;
        }
        const index = Shell.indexOf(place["section"]);
        currentIndex = index;
        const name = Shell.destinations[index].name;
        const view = stackNamed(name);
        if (name === "review" && place["reviewId"])
            view.push(reviewEntryPage, {
                    "entity": place["reviewEntity"],
                    "recordId": place["reviewId"]
                }, StackView.Immediate);
        else if (name === "cases" && place["caseId"])
            showCase(view, place["caseId"]);
        else if (name === "fosterHomes" && place["fosterHomeId"])
            view.push(fosterHomePage, {
                    "fosterHomeId": place["fosterHomeId"]
                }, StackView.Immediate);
        if (place["visitId"] && (name === "cases" || name === "fosterHomes"))
            view.push(visitPage, {
                    "visitId": place["visitId"],
                    "fromFosterHome": name === "fosterHomes"
                }, StackView.Immediate);
        restoring = false;
        rememberPlace();
    }

    // The visit the current page shows, or "".
    function shellVisitId() {
        const top = currentStack ? currentStack.currentItem : null;
        const kept = top ? top["place"] : undefined;
        return kept !== undefined && kept["visitId"] ? kept["visitId"] : "";
    }

    // The barntid bar's "open the visit": where it already shows, or on the cases stack.
    function openRunningVisit(visitId, caseId) {
        if (shellVisitId() === visitId)
            return;
        const index = Shell.indexOf("cases");
        currentIndex = index;
        const view = stackNamed("cases") as StackView;
        view.pop(null, StackView.Immediate);
        if (caseId !== "")
            showCase(view, caseId);
        view.push(visitPage, {
                "visitId": visitId
            }, StackView.Immediate);
        rememberPlace();
    }

    // "Open" on a change the server refused (the sync page): the record's visit, case or
    // foster home, rebuilt from the store like any other page.
    function openRecord(entity, recordId, caseId, fosterHomeId) {
        if (Shell.role === "supervisor") {
            const target = entity === "review" ? reviewLookup.targetOf(recordId) : {
                "entity": entity,
                "id": recordId
            };
            openReviewEntry(target["entity"] ?? "", target["id"] ?? "");
            return;
        }
        if (entity === "visit" && (caseId !== "" || fosterHomeId === "")) {
            openRunningVisit(recordId, caseId);
            return;
        }
        const section = caseId !== "" ? "cases" : "fosterHomes";
        const index = Shell.indexOf(section);
        if (index < 0 || (caseId === "" && fosterHomeId === ""))
            return;
        currentIndex = index;
        const view = stackNamed(section) as StackView;
        view.pop(null, StackView.Immediate);
        if (caseId !== "")
            showCase(view, caseId);
        else
            view.push(fosterHomePage, {
                    "fosterHomeId": fosterHomeId
                }, StackView.Immediate);
        if (entity === "visit")
            view.push(visitPage, {
                    "visitId": recordId,
                    "fromFosterHome": caseId === ""
                }, StackView.Immediate);
        rememberPlace();
    }

    // A supervisor's entry (from the needs-attention list or a number on the dashboard).
    function openReviewEntry(entity, recordId) {
        const view = stackNamed("review") as StackView;
        if (!view || entity === "")
            return;
        currentIndex = Shell.indexOf("review");
        view.pop(null, StackView.Immediate);
        view.push(reviewEntryPage, {
                "entity": entity,
                "recordId": recordId
            }, StackView.Immediate);
        rememberPlace();
    }

    // A case of the team (from the dashboard): who is responsible, and the handover.
    function openTeamCase(caseId) {
        const view = stackNamed("team") as StackView;
        if (!view)
            return;
        view.push(teamCasePage, {
                "caseId": caseId
            });
    }

    objectName: "openView"
    // After creation: the stacks hold their first pages by then, and the shell has its size
    // (whether the case goes beside the list depends on it).
    Component.onCompleted: restoreTimer.start()

    Timer {
        id: restoreTimer

        interval: 0
        onTriggered: shell.restorePlace()
    }

    // The destinations as tests and tools see them, whichever of rail and bar shows: the same
    // API as a TabBar (currentIndex, itemAt()).
    Item {
        objectName: "sections"
        visible: false

        readonly property int currentIndex: shell.currentIndex

        function itemAt(index) {
            return shell.railed ? railButtons.itemAt(index) : barButtons.itemAt(index);
        }
    }

    Component {
        id: casePage

        CasePage {
        }
    }

    Component {
        id: fosterHomePage

        FosterHomePage {
        }
    }

    Component {
        id: visitPage

        VisitPage {
        }
    }

    Component {
        id: teamCasePage

        TeamCasePage {
        }
    }

    // Finds the entry a refused decision is about.
    ReviewEntry {
        id: reviewLookup
    }

    Component {
        id: reviewEntryPage

        ReviewEntryPage {
        }
    }

    header: ToolBar {
        id: toolBar

        background: Rectangle {
            color: Theme.surface

            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.divider
            }
        }

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingM
            anchors.rightMargin: Theme.spacingXs
            spacing: Theme.spacingS

            BLabel {
                Layout.fillWidth: true
                level: BLabel.Level.Title
                color: Theme.primary
                elide: Text.ElideRight
                wrapMode: Text.NoWrap
                text: qsTr("Barntid")
            }

            SyncIndicator {
                objectName: "syncIndicator"
                Layout.maximumWidth: implicitWidth
                Layout.minimumWidth: Theme.touchTarget
                compact: shell.compact
                onClicked: syncPage.open()
            }

            ToolButton {
                id: menuButton

                objectName: "menuButton"
                implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
                implicitHeight: Theme.touchTarget
                leftPadding: Theme.spacingS
                rightPadding: Theme.spacingM
                font.pixelSize: Theme.fontSizeBody
                font.capitalization: Font.MixedCase
                text: qsTr("Menu")
                Accessible.name: text
                onClicked: appMenu.open()

                contentItem: Row {
                    spacing: Theme.spacingXs

                    BIcon {
                        anchors.verticalCenter: parent.verticalCenter
                        name: "menu"
                    }

                    Text {
                        anchors.verticalCenter: parent.verticalCenter
                        visible: !shell.compact
                        text: menuButton.text
                        font: menuButton.font
                        color: Theme.text
                    }
                }

                Menu {
                    id: appMenu

                    objectName: "appMenu"
                    y: menuButton.height

                    MenuItem {
                        objectName: "languageItem"
                        implicitHeight: Theme.touchTarget
                        // Each language is offered in its own words, so it can be found either way.
                        text: Language.code === "sv" ? "In English" : "På svenska"
                        Accessible.name: text
                        onTriggered: Language.code = Language.code === "sv" ? "en" : "sv"
                    }

                    MenuItem {
                        objectName: "syncItem"
                        implicitHeight: Theme.touchTarget
                        text: qsTr("Sync and account")
                        Accessible.name: text
                        onTriggered: syncPage.open()
                    }
                }
            }
        }
    }

    // Sign-in, the "safe to leave" receipt and what needs attention.
    SyncPage {
        id: syncPage

        objectName: "syncPage"
        onOpenRecord: (entity, recordId, caseId, fosterHomeId) => shell.openRecord(entity, recordId, caseId, fosterHomeId)
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        // The rail: destinations at the top, the lock at the bottom, where a thumb holding a
        // tablet rests.
        // Above the stacks, so a page sliding in passes under it and never takes its taps
        // (a clipping StackView would do the same, but Material's raised buttons lose their
        // background inside a clip in the software renderer).
        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 112
            z: 1
            visible: shell.railed
            color: Theme.surface

            ColumnLayout {
                anchors.fill: parent
                anchors.topMargin: Theme.spacingM
                anchors.bottomMargin: Theme.spacingM
                spacing: Theme.spacingS

                Repeater {
                    id: railButtons

                    model: Shell.destinations

                    BNavButton {
                        required property var modelData
                        required property int index

                        objectName: "nav_" + modelData.name
                        Layout.alignment: Qt.AlignHCenter
                        Layout.preferredWidth: 104
                        text: modelData.label
                        iconName: modelData.name
                        // Outer ids from a delegate: resolved at run time, not by qmllint 6.4.
                        // qmllint disable unqualified
                        selected: shell.currentIndex === index
                        onClicked: shell.select(index)
                        // qmllint enable unqualified
                    }
                }

                Item {
                    Layout.fillHeight: true
                }

                BNavButton {
                    objectName: shell.railed ? "lockButton" : "railLockHidden"
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredWidth: 104
                    destination: false
                    text: qsTr("Lock")
                    iconName: "lock"
                    onClicked: Session.lock()
                }
            }

            Rectangle {
                anchors.right: parent.right
                width: 1
                height: parent.height
                color: Theme.divider
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            // A meeting reminder where the platform has no notification service.
            ReminderBanner {
                Layout.fillWidth: true
            }

            BarntidBar {
                id: barntidBar

                objectName: "barntidBar"
                Layout.fillWidth: true
                // Not over the visit it belongs to: that page shows the timer itself.
                visible: timer.running && shell.shellVisitId() !== timer.visitId
                onOpenVisit: (visitId, caseId) => shell.openRunningVisit(visitId, caseId)
            }

            // One StackView per destination the app has; the role decides which the rail offers.
            StackLayout {
                id: stacks

                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: shell.stackNames.indexOf(shell.currentName)

                ShellStack {
                    objectName: "stack"
                    initialItem: casesHome
                    onPlaceChanged: shell.rememberPlace()
                }

                ShellStack {
                    objectName: "fosterHomesStack"
                    initialItem: fosterHomesHome
                    onPlaceChanged: shell.rememberPlace()
                }

                ShellStack {
                    objectName: "weekStack"
                    initialItem: weekHome
                    onPlaceChanged: shell.rememberPlace()
                }

                Loader {
                    objectName: "reviewStackLoader"
                    active: Shell.role === "supervisor"

                    sourceComponent: ShellStack {
                        objectName: "reviewStack"
                        // qmllint disable unqualified
                        initialItem: reviewHome
                        onPlaceChanged: shell.rememberPlace()
                        // qmllint enable unqualified
                    }
                }

                Loader {
                    objectName: "teamStackLoader"
                    active: Shell.role === "supervisor"

                    sourceComponent: ShellStack {
                        objectName: "teamStack"
                        // qmllint disable unqualified
                        initialItem: teamHome
                        onPlaceChanged: shell.rememberPlace()
                        // qmllint enable unqualified
                    }
                }

                Loader {
                    objectName: "accessLogStackLoader"
                    active: Shell.role === "supervisor"

                    sourceComponent: ShellStack {
                        objectName: "accessLogStack"
                        // qmllint disable unqualified
                        initialItem: accessLogHome
                        onPlaceChanged: shell.rememberPlace()
                        // qmllint enable unqualified
                    }
                }

                Loader {
                    objectName: "childVoicesStackLoader"
                    active: Shell.role === "supervisor"

                    sourceComponent: ShellStack {
                        objectName: "childVoicesStack"
                        // qmllint disable unqualified
                        initialItem: childVoicesHome
                        onPlaceChanged: shell.rememberPlace()
                        // qmllint enable unqualified
                    }
                }

                Loader {
                    objectName: "scheduleStackLoader"
                    active: Shell.role !== "foster_parent" && Shell.role !== "supervisor"

                    sourceComponent: ShellStack {
                        objectName: "scheduleStack"
                        // qmllint disable unqualified
                        initialItem: scheduleHome
                        onPlaceChanged: shell.rememberPlace()
                        // qmllint enable unqualified
                    }
                }

                Loader {
                    objectName: "meetingsStackLoader"
                    active: Shell.role === "foster_parent"

                    sourceComponent: ShellStack {
                        objectName: "meetingsStack"
                        // qmllint disable unqualified
                        initialItem: meetingsHome
                        onPlaceChanged: shell.rememberPlace()
                        // qmllint enable unqualified
                    }
                }
            }
        }
    }

    Component {
        id: casesHome

        CasesPage {
            objectName: "homePage"
            // qmllint disable unqualified
            split: shell.listDetail
            // qmllint enable unqualified
        }
    }

    Component {
        id: scheduleHome

        SchedulePage {
        }
    }

    Component {
        id: meetingsHome

        MeetingsPage {
        }
    }

    Component {
        id: fosterHomesHome

        FosterHomesPage {
        }
    }

    Component {
        id: weekHome

        WeekPage {
        }
    }

    Component {
        id: reviewHome

        ReviewQueuePage {
        }
    }

    Component {
        id: teamHome

        TeamPage {
            // A child whose visit is due: the case, as the review stack shows a team's case.
            // qmllint disable unqualified
            onOpenCase: caseId => shell.openTeamCase(caseId)
            // qmllint enable unqualified
        }
    }

    Component {
        id: childVoicesHome

        ChildVoicesPage {
        }
    }

    Component {
        id: accessLogHome

        AccessLogPage {
        }
    }

    // The phone's bottom bar: the same destinations and the lock, each an icon with its label.
    footer: ToolBar {
        visible: !shell.railed
        implicitHeight: Theme.touchTarget + Theme.spacingM + Theme.spacingS

        background: Rectangle {
            color: Theme.surface

            Rectangle {
                width: parent.width
                height: 1
                color: Theme.divider
            }
        }

        RowLayout {
            anchors.fill: parent
            spacing: 0

            Repeater {
                id: barButtons

                model: Shell.destinations

                BNavButton {
                    required property var modelData
                    required property int index

                    objectName: "bar_" + modelData.name
                    // Equal shares, so a long label does not squeeze its neighbours into "Ärend…".
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: modelData.label
                    iconName: modelData.name
                    // qmllint disable unqualified
                    selected: shell.currentIndex === index
                    onClicked: shell.select(index)
                    // qmllint enable unqualified
                }
            }

            BNavButton {
                objectName: shell.railed ? "barLockHidden" : "lockButton"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                destination: false
                text: qsTr("Lock")
                iconName: "lock"
                onClicked: Session.lock()
            }
        }
    }
}
