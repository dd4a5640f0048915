// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Barntid

// A small bar chart of one week: per local day, registered time and the time with children
// beside it. Plain Rectangles in Theme colours (QtCharts' QML needs QApplication); the numbers
// reach screen readers through `description`.
Item {
    id: chart

    // Seven maps {dayName, childSeconds, registeredSeconds} (WeekSummaryModel.days)
    property var days: []
    property real maxSeconds: 0
    property string description: ""

    implicitHeight: 180
    implicitWidth: 320
    Accessible.role: Accessible.Chart
    Accessible.name: description

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        RowLayout {
            id: bars

            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingS

            // Outer ids from a delegate: resolved at run time, not by qmllint 6.4.
            // qmllint disable unqualified
            Repeater {
                model: chart.days

                ColumnLayout {
                    id: day

                    required property var modelData

                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    spacing: Theme.spacingXs

                    Item {
                        id: barArea

                        Layout.fillWidth: true
                        Layout.fillHeight: true

                        Rectangle {
                            anchors.bottom: parent.bottom
                            anchors.right: parent.horizontalCenter
                            anchors.rightMargin: 1
                            width: Math.min(16, parent.width / 2 - 2)
                            height: chart.maxSeconds > 0 ? barArea.height * day.modelData.registeredSeconds / chart.maxSeconds : 0
                            radius: 2
                            color: Theme.primary
                        }

                        Rectangle {
                            anchors.bottom: parent.bottom
                            anchors.left: parent.horizontalCenter
                            anchors.leftMargin: 1
                            width: Math.min(16, parent.width / 2 - 2)
                            height: chart.maxSeconds > 0 ? barArea.height * day.modelData.childSeconds / chart.maxSeconds : 0
                            radius: 2
                            color: Theme.accent
                        }

                        Rectangle {
                            anchors.bottom: parent.bottom
                            width: parent.width
                            height: 1
                            color: Theme.divider
                        }
                    }

                    BLabel {
                        Layout.alignment: Qt.AlignHCenter
                        level: BLabel.Level.Small
                        muted: true
                        text: day.modelData.dayName
                        Accessible.ignored: true
                    }
                }
            }
        }

        // qmllint enable unqualified
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM

            Repeater {
                model: [{
                        "color": Theme.primary,
                        "text": qsTr("Registered time")
                    }, {
                        "color": Theme.accent,
                        "text": qsTr("With children")
                    }]

                RowLayout {
                    id: legendItem

                    required property var modelData

                    spacing: Theme.spacingXs

                    Rectangle {
                        implicitWidth: 12
                        implicitHeight: 12
                        radius: 2
                        color: legendItem.modelData.color
                    }

                    BLabel {
                        level: BLabel.Level.Small
                        text: legendItem.modelData.text
                        Accessible.ignored: true
                    }
                }
            }
        }
    }
}
