// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// Child mode's own look (issue 16): calm and large. One light palette whatever the app's theme
// (a child's screen does not change under them), no red or green that would judge an answer,
// type and targets well above the app's. tests/quick/test_childmodeaccess.qml checks every pair
// that carries text for WCAG 2.1 AA contrast and every control for its 48 dp target.
QtObject {
    readonly property color background: "#fbf7ef"
    readonly property color surface: "#ffffff"
    readonly property color outline: "#6b7280"
    readonly property color text: "#1f2933"
    readonly property color textMuted: "#4b5563"
    // The chosen answer and the way forward
    readonly property color primary: "#25607d"
    readonly property color textOnPrimary: "#ffffff"
    // A face's skin and features: soft, and the same for every step of the scale
    readonly property color face: "#f6d88a"
    readonly property color faceFeatures: "#3b3226"
    readonly property color selected: "#dbeaf2"
    readonly property color focus: "#b45309"

    readonly property int touchTarget: 72
    readonly property int radius: 20
    readonly property int spacingS: 12
    readonly property int spacingM: 24
    readonly property int spacingL: 40
    readonly property int contentMaxWidth: 900

    readonly property int fontSizeBody: 24
    readonly property int fontSizeQuestion: 34
    readonly property int fontSizeTitle: 40
}
