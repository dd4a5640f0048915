// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// The barntid timer: big, obvious, one tap to start or stop a segment of direct time with the
// child, in person, on video or by phone. Segments and the total are listed below.
BCard {
    id: card

    // The page's timer; an idle one of its own when shown alone (smoke test, previews).
    property ChildTimer timer: ChildTimer {
    }
    property bool editable: true
    // The visit page pins the start/stop button under the visit instead (VisitActionBar).
    property bool showButton: true
    property string nextMode: "in_person"

    function clock(seconds) {
        const h = Math.floor(seconds / 3600);
        const m = Math.floor(seconds % 3600 / 60);
        const s = seconds % 60;
        return h + ":" + (m < 10 ? "0" : "") + m + ":" + (s < 10 ? "0" : "") + s;
    }

    function modeText(mode) {
        return mode === "video" ? qsTr("Video") : mode === "phone" ? qsTr("Phone") : qsTr("In person");
    }

    padding: Theme.spacingL

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        BLabel {
            Layout.fillWidth: true
            level: BLabel.Level.Title
            text: qsTr("Time with the child")
        }

        BLabel {
            objectName: "timerDisplay"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            level: BLabel.Level.Display
            color: card.timer.running ? Theme.accent : Theme.text
            text: card.clock(card.timer.running ? card.timer.elapsedSeconds : card.timer.totalSeconds)
            Accessible.role: Accessible.StaticText
            Accessible.name: card.timer.running ? qsTr("Running, %1, %2").arg(card.modeText(card.timer.mode)).arg(text) : qsTr("Total %1").arg(text)
        }

        BLabel {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            muted: true
            text: card.timer.running ? qsTr("%1 · total %2").arg(card.modeText(card.timer.mode)).arg(card.clock(card.timer.totalSeconds)) : qsTr("Total time with the child")
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            visible: card.editable && !card.timer.running

            Repeater {
                model: ["in_person", "video", "phone"]

                BChip {
                    id: modeChip

                    required property string modelData

                    objectName: "mode_" + modeChip.modelData
                    exclusive: true
                    // Outer ids from a delegate: resolved at run time, not by qmllint 6.4.
                    // qmllint disable unqualified
                    text: card.modeText(modeChip.modelData)
                    checked: card.nextMode === modeChip.modelData
                    onClicked: card.nextMode = modeChip.modelData
                    // qmllint enable unqualified
                }
            }
        }

        BButton {
            objectName: "timerButton"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget * 1.5
            visible: card.editable && card.showButton
            highlighted: true
            destructive: card.timer.running
            font.pixelSize: Theme.fontSizeTitle
            text: card.timer.running ? qsTr("Stop barntid") : qsTr("Start barntid")
            onClicked: card.timer.running ? card.timer.stop() : card.timer.start(card.nextMode)
        }

        BLabel {
            Layout.fillWidth: true
            visible: card.timer.errorText !== ""
            color: Theme.danger
            text: card.timer.errorText
        }

        Repeater {
            objectName: "segmentList"
            model: card.timer.segments

            BLabel {
                required property var modelData
                required property int index

                objectName: "segment_" + index
                Layout.fillWidth: true
                text: qsTr("%1–%2 · %3 · %4").arg(StockholmTime.time(modelData.startsAt)).arg(StockholmTime.time(modelData.endsAt)).arg(modelData.modeText).arg(card.clock(modelData.seconds))
            }
        }
    }
}
