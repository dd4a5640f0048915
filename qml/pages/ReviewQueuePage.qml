// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// The supervisor's review queue: the team's signed visits, contacts and time entries as the
// last sync brought them, oldest first, filtered by status, worker, kind and date. A row opens
// the entry read-only, with approve and return.
BPage {
    id: page

    readonly property bool narrow: width < 600
    readonly property var statusCodes: ["toReview", "returned", "approved", ""]
    readonly property var statusTexts: [qsTr("To review"), qsTr("Returned"), qsTr("Approved"), qsTr("All")]
    readonly property var kindCodes: ["", "visit", "contact", "time_entry"]
    readonly property var kindTexts: [qsTr("All kinds"), qsTr("Visits"), qsTr("Contacts"), qsTr("Time entries")]
    readonly property var workerChoices: choices(TeamRoster.workers)
    // What LastPlace keeps of this page (AppShell): the queue itself, no record.
    readonly property var place: ({})

    // "Everyone" first, then the team's social workers.
    function choices(workers) {
        let list = [{
                "id": "",
                "displayName": qsTr("Everyone")
            }];
        for (let i = 0; i < workers.length; ++i)
            list.push(workers[i]);
        return list;
    }

    function openEntry(entity, recordId) {
        page.StackView.view.push(entryPage, {
                "entity": entity,
                "recordId": recordId
            });
    }

    title: qsTr("Review")
    padding: narrow ? Theme.spacingM : Theme.spacingXl

    ReviewQueueModel {
        id: queue

        objectName: "reviewQueue"
        session: Session
    }

    Connections {
        // Names come with the roster a sync stores.
        function onSynced() {
            queue.reload();
        }

        target: Sync
    }

    Component {
        id: entryPage

        ReviewEntryPage {
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        BLabel {
            Layout.fillWidth: true
            level: BLabel.Level.Headline
            text: page.title
        }

        BLabel {
            objectName: "toReviewCount"
            Layout.fillWidth: true
            muted: true
            text: queue.toReviewCount === 0 ? qsTr("Nothing waits for your review.") : qsTr("%n entries wait for your review.", "", queue.toReviewCount)
        }

        Flow {
            objectName: "statusFilter"
            Layout.fillWidth: true
            spacing: Theme.spacingS

            Repeater {
                model: page.statusCodes.length

                BChip {
                    required property int index

                    objectName: "statusChip_" + index
                    exclusive: true
                    // qmllint disable unqualified
                    text: page.statusTexts[index]
                    checked: queue.status === page.statusCodes[index]
                    onClicked: queue.status = page.statusCodes[index]
                    // qmllint enable unqualified
                }
            }
        }

        // Fixed widths in a Flow: the date fields' heights follow their widths, which a grid
        // layout would chase in a polish loop.
        Flow {
            id: filters

            readonly property real itemWidth: page.narrow ? width : (width - spacing * 3) / 4

            Layout.fillWidth: true
            spacing: Theme.spacingM

            ComboBox {
                objectName: "workerFilter"
                width: filters.itemWidth
                implicitHeight: Theme.touchTarget
                model: page.workerChoices
                textRole: "displayName"
                valueRole: "id"
                Accessible.name: qsTr("Social worker: %1").arg(displayText)
                onActivated: queue.worker = currentValue
            }

            ComboBox {
                objectName: "kindFilter"
                width: filters.itemWidth
                implicitHeight: Theme.touchTarget
                model: page.kindTexts
                Accessible.name: qsTr("Kind: %1").arg(displayText)
                onActivated: index => queue.entity = page.kindCodes[index]
            }

            BDateField {
                objectName: "fromFilter"
                width: filters.itemWidth
                label: qsTr("From")
                optional: true
                date: queue.from
                onDateChanged: queue.from = date
            }

            BDateField {
                objectName: "toFilter"
                width: filters.itemWidth
                label: qsTr("To")
                optional: true
                date: queue.to
                onDateChanged: queue.to = date
            }
        }

        BLabel {
            objectName: "queueEmpty"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingM
            visible: list.count === 0
            muted: true
            text: queue.errorText !== "" ? queue.errorText : qsTr("No entries match. The team's entries arrive when you sync.")
        }

        ListView {
            id: list

            objectName: "reviewList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingS
            model: queue
            boundsBehavior: Flickable.StopAtBounds

            ScrollIndicator.vertical: ScrollIndicator {
            }

            delegate: ItemDelegate {
                id: row

                required property string entity
                required property string recordId
                required property string title
                required property string kindText
                required property string authorName
                required property var at
                required property string statusText
                required property string refused
                required property int amendmentCount

                objectName: "reviewRow_" + recordId
                function joined(parts, separator) {
                    return parts.filter(s => s !== "").join(separator);
                }

                width: ListView.view.width
                implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
                padding: Theme.spacingM
                text: row.joined([title, kindText, authorName, StockholmTime.dateTime(at), statusText], ", ")
                Accessible.name: text
                // qmllint disable unqualified
                onClicked: page.openEntry(entity, recordId)

                // qmllint enable unqualified
                background: Rectangle {
                    color: row.down ? Theme.divider : Theme.surface
                    radius: Theme.radius * 2
                    border.width: row.visualFocus ? 2 : 1
                    border.color: row.visualFocus ? Theme.focus : Theme.divider
                }

                contentItem: ColumnLayout {
                    spacing: Theme.spacingXs

                    BLabel {
                        Layout.fillWidth: true
                        font.weight: Font.DemiBold
                        text: row.title !== "" ? row.title : row.kindText
                    }

                    BLabel {
                        Layout.fillWidth: true
                        muted: true
                        text: row.joined([row.kindText, row.authorName, StockholmTime.dateTime(row.at), row.amendmentCount > 0 ? qsTr("%n amendments", "", row.amendmentCount) : ""], " · ")
                    }

                    BLabel {
                        Layout.fillWidth: true
                        color: row.refused !== "" ? Theme.danger : Theme.primary
                        text: row.refused !== "" ? row.refused : row.statusText
                    }
                }
            }
        }
    }
}
