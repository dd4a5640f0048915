// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid

// One free time a foster family can book: the day and time large, where and with whom below,
// "Kvällstid" when it is outside office hours. The whole row is the button.
ItemDelegate {
    id: row

    required property string slotId
    required property string day
    required property string time
    required property string place
    required property bool afterHours
    required property string ownerName

    signal bookRequested(string slotId)

    implicitHeight: Math.max(Theme.touchTarget + Theme.spacingM, implicitContentHeight + topPadding + bottomPadding)
    padding: Theme.spacingM
    Accessible.name: qsTr("Book") + ", " + row.day + ", " + row.time + ", " + row.place + (row.afterHours ? ", " + qsTr("Evening time") : "") + (row.ownerName !== "" ? ", " + row.ownerName : "")
    onClicked: row.bookRequested(row.slotId)

    background: Rectangle {
        color: row.down ? Theme.divider : Theme.surface
        radius: Theme.radius
        border.width: row.visualFocus ? 2 : 1
        border.color: row.visualFocus ? Theme.focus : Theme.divider
    }

    contentItem: RowLayout {
        spacing: Theme.spacingM

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXs

            BLabel {
                Layout.fillWidth: true
                level: BLabel.Level.Title
                text: row.day.charAt(0).toUpperCase() + row.day.slice(1)
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingS

                BLabel {
                    text: row.time
                    font.bold: true
                }

                BTag {
                    visible: row.afterHours
                    text: qsTr("Evening time")
                }
            }

            BLabel {
                Layout.fillWidth: true
                muted: true
                text: row.ownerName !== "" ? qsTr("%1 · with %2").arg(row.place).arg(row.ownerName) : row.place
            }
        }

        BLabel {
            color: Theme.primary
            font.bold: true
            text: qsTr("Book")
            Accessible.ignored: true
        }
    }
}
