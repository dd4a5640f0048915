// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import QtQuick.Shapes
import Barntid

// A line chart of shares (0–1) over periods, drawn with Qt Quick Shapes in Theme colours: one
// thin line per series and a thick one for the emphasised series (the whole team). A value
// below 0 is a period with nothing to count: the line breaks there. The numbers reach screen
// readers through `description`, so the drawing itself is ignored by them.
Item {
    id: chart

    // [{name, isTeam, values: [share or -1]}], one value per tick
    property var series: []
    property var ticks: []
    property string description: ""
    property string emphasisedText: ""
    property string othersText: ""

    // Every drawn point of a series, the runs one after another.
    function points(values, width, height) {
        const out = [];
        for (const run of runs(values, width, height))
            out.push(...run);
        return out;
    }

    // Where the i-th of n periods is drawn across a width: inset so the ticks' text fits.
    function xAt(i, n, width) {
        const inner = Math.max(0, width - 2 * inset);
        return n > 1 ? inset + i * inner / (n - 1) : width / 2;
    }

    // The unbroken runs of a series as lists of points in the plot's coordinates.
    function runs(values, width, height) {
        const out = [];
        let run = [];
        for (let i = 0; i < values.length; ++i) {
            if (values[i] < 0) {
                if (run.length > 0)
                    out.push(run);
                run = [];
                continue;
            }
            run.push(Qt.point(xAt(i, values.length, width), height * (1 - Math.min(1, values[i]))));
        }
        if (run.length > 0)
            out.push(run);
        return out;
    }

    readonly property real inset: tickMetrics.width / 2 + 2
    // Every step-th tick is labelled, counted back from the last, so the labels never overlap.
    readonly property int tickStep: Math.max(1, Math.ceil(ticks.length * (tickMetrics.width + Theme.spacingS) / Math.max(1, plot.width)))

    implicitHeight: 220
    implicitWidth: 320
    Accessible.role: Accessible.Chart
    Accessible.name: description

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingS

            // The scale: 0, 50 and 100 %, beside their grid lines.
            Item {
                Layout.fillHeight: true
                implicitWidth: scaleMetrics.width + 2

                TextMetrics {
                    id: scaleMetrics

                    font.pixelSize: Theme.fontSizeSmall
                    text: "100 %"
                }

                // Outer ids from delegates: resolved at run time, not by qmllint 6.4.
                // qmllint disable unqualified
                Repeater {
                    model: [1, 0.5, 0]

                    BLabel {
                        required property real modelData

                        y: Math.max(0, Math.min(parent.height - height, (1 - modelData) * plot.height - height / 2))
                        width: parent.width
                        horizontalAlignment: Text.AlignRight
                        wrapMode: Text.NoWrap
                        level: BLabel.Level.Small
                        muted: true
                        text: Math.round(modelData * 100) + " %"
                        Accessible.ignored: true
                    }
                }
            }

            Item {
                id: plot

                Layout.fillWidth: true
                Layout.fillHeight: true

                Repeater {
                    model: [1, 0.5, 0]

                    Rectangle {
                        required property real modelData

                        y: (1 - modelData) * plot.height
                        width: plot.width
                        height: 1
                        color: Theme.divider
                    }
                }

                // Workers first, the emphasised series last so it is drawn on top.
                Repeater {
                    model: chart.series

                    Shape {
                        id: line

                        required property var modelData

                        anchors.fill: parent
                        z: modelData.isTeam ? 1 : 0
                        antialiasing: true

                        ShapePath {
                            strokeColor: line.modelData.isTeam ? Theme.accent : Theme.outline
                            strokeWidth: line.modelData.isTeam ? 3 : 1.5
                            fillColor: "transparent"
                            capStyle: ShapePath.RoundCap
                            joinStyle: ShapePath.RoundJoin

                            PathMultiline {
                                paths: chart.runs(line.modelData.values, plot.width, plot.height)
                            }
                        }
                    }
                }

                // A dot on every value of the emphasised series: a lone period shows too.
                Repeater {
                    model: chart.series.filter(s => s.isTeam)

                    Repeater {
                        id: dots

                        required property var modelData

                        model: chart.points(modelData.values, plot.width, plot.height)

                        Rectangle {
                            required property point modelData

                            z: 2
                            x: modelData.x - width / 2
                            y: modelData.y - height / 2
                            width: 8
                            height: 8
                            radius: 4
                            color: Theme.accent
                        }
                    }
                }
            }
        }

        // The ticks under the plot, each centred on its period.
        Item {
            Layout.fillWidth: true
            Layout.leftMargin: scaleMetrics.width + 2 + Theme.spacingS
            implicitHeight: tickMetrics.height

            TextMetrics {
                id: tickMetrics

                font.pixelSize: Theme.fontSizeSmall
                text: "v. 48"
            }

            Repeater {
                model: chart.ticks

                BLabel {
                    required property int index
                    required property string modelData

                    x: chart.xAt(index, chart.ticks.length, parent.width) - width / 2
                    visible: (chart.ticks.length - 1 - index) % chart.tickStep === 0
                    level: BLabel.Level.Small
                    muted: true
                    text: modelData
                    Accessible.ignored: true
                }
            }
            // qmllint enable unqualified
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM

            Repeater {
                model: [{
                        "color": Theme.accent,
                        "width": 3,
                        "text": chart.emphasisedText
                    }, {
                        "color": Theme.outline,
                        "width": 1.5,
                        "text": chart.othersText
                    }]

                RowLayout {
                    id: legendItem

                    required property var modelData

                    visible: modelData.text !== ""
                    spacing: Theme.spacingXs

                    Rectangle {
                        implicitWidth: 20
                        implicitHeight: legendItem.modelData.width
                        radius: height / 2
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
