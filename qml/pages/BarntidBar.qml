// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// The slim bar every page shows while barntid is being counted: "Barntid 0:12 · Stoppa". The
// bar opens the visit; Stoppa ends the segment there and then. Nothing about the child is shown
// here, so it is the same on every page whoever looks over the worker's shoulder.
Rectangle {
    id: bar

    // Emitted with the running visit when the bar (not Stoppa) is tapped.
    signal openVisit(string visitId, string caseId)

    readonly property alias timer: running

    function clock(seconds) {
        const h = Math.floor(seconds / 3600);
        const m = Math.floor(seconds % 3600 / 60);
        return h > 0 ? h + ":" + (m < 10 ? "0" : "") + m + " h" : m + ":" + (seconds % 60 < 10 ? "0" : "") + seconds % 60;
    }

    implicitHeight: Theme.touchTarget
    color: Theme.accent

    ChildTimer {
        id: running

        followRunning: true
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        AbstractButton {
            id: openButton

            objectName: "barntidBarOpen"
            Layout.fillWidth: true
            Layout.fillHeight: true
            leftPadding: Theme.spacingM
            rightPadding: Theme.spacingM
            text: qsTr("Barntid %1").arg(bar.clock(running.elapsedSeconds))
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Barntid %1, open the visit").arg(bar.clock(running.elapsedSeconds))
            onClicked: bar.openVisit(running.visitId, running.caseId)

            contentItem: Text {
                text: openButton.text
                font.pixelSize: Theme.fontSizeBody
                font.weight: Font.DemiBold
                color: Theme.textOnAccent
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideRight
            }

            background: Rectangle {
                color: openButton.down ? Qt.darker(Theme.accent, 1.15) : "transparent"
                border.width: openButton.visualFocus ? 2 : 0
                border.color: Theme.focus
            }
        }

        AbstractButton {
            id: stopButton

            objectName: "barntidBarStop"
            Layout.fillHeight: true
            Layout.minimumWidth: Theme.touchTarget * 2
            leftPadding: Theme.spacingL
            rightPadding: Theme.spacingL
            text: qsTr("Stop")
            Accessible.role: Accessible.Button
            Accessible.name: text
            onClicked: running.stop()

            contentItem: Text {
                text: "■ " + stopButton.text
                font.pixelSize: Theme.fontSizeBody
                font.weight: Font.DemiBold
                color: Theme.textOnAccent
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }

            background: Rectangle {
                color: stopButton.down ? Qt.darker(Theme.accent, 1.15) : Qt.darker(Theme.accent, 1.08)
                border.width: stopButton.visualFocus ? 2 : 0
                border.color: Theme.focus
            }
        }
    }
}
