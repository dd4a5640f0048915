// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// Pinned under a draft visit, where the thumb is: barntid on/off with the visit's total, and
// "Signera". Both stay in reach however far the notes scroll.
Rectangle {
    id: bar

    // The page's timer and editor; idle ones of its own when shown alone (smoke test, previews).
    property ChildTimer timer: ChildTimer {
    }
    property VisitEditor editor: VisitEditor {
    }
    // The chosen barntid mode (in person, video, phone) from the timer card.
    property string mode: "in_person"

    signal signRequested

    function clock(seconds) {
        const h = Math.floor(seconds / 3600);
        const m = Math.floor(seconds % 3600 / 60);
        const s = seconds % 60;
        return h + ":" + (m < 10 ? "0" : "") + m + ":" + (s < 10 ? "0" : "") + s;
    }

    implicitHeight: row.implicitHeight + Theme.spacingM * 2
    color: Theme.surface

    Rectangle {
        width: parent.width
        height: 1
        color: Theme.divider
    }

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingM

        BButton {
            id: timerButton

            objectName: "timerButton"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget + Theme.spacingS
            highlighted: true
            destructive: bar.timer.running
            font.pixelSize: Theme.fontSizeTitle
            text: bar.timer.running ? qsTr("Stop barntid") : qsTr("Start barntid")
            Accessible.name: bar.timer.running ? qsTr("Stop barntid, running %1").arg(bar.clock(bar.timer.elapsedSeconds)) : text
            onClicked: bar.timer.running ? bar.timer.stop() : bar.timer.start(bar.mode)

            // Filled in its own colour: the one control a worker must find without looking.
            background: Rectangle {
                radius: Theme.radius
                color: timerButton.down ? Qt.darker(timerButton.destructive ? Theme.danger : Theme.primary, 1.15) : timerButton.destructive ? Theme.danger : Theme.primary
                border.width: timerButton.visualFocus ? 3 : 0
                border.color: Theme.focus
            }
        }

        BLabel {
            objectName: "visitTotal"
            Layout.minimumWidth: implicitWidth
            horizontalAlignment: Text.AlignHCenter
            level: BLabel.Level.Title
            color: bar.timer.running ? Theme.accent : Theme.text
            text: bar.clock(bar.timer.totalSeconds)
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Barntid in this visit %1").arg(text)
        }

        BButton {
            objectName: "signButton"
            Layout.preferredHeight: Theme.touchTarget + Theme.spacingS
            enabled: bar.editor.visitId !== ""
            text: qsTr("Sign")
            onClicked: bar.signRequested()
        }
    }
}
