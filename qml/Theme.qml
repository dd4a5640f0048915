// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// The one place for colours, spacing and type sizes. Pages and controls use these semantic
// names, never colour literals, so light/dark and contrast (WCAG 2.1 AA) are decided here.
// tests/quick/tst_theme.qml checks the contrast ratios of the pairs that carry text.
QtObject {
    id: theme

    // Dark palette on/off; main.cpp sets the start value (--theme, BARNTID_THEME).
    property bool dark: false

    // Surfaces
    readonly property color background: dark ? "#121418" : "#f5f6f8"
    readonly property color surface: dark ? "#1d2127" : "#ffffff"
    readonly property color outline: dark ? "#8b93a0" : "#767e8a"
    // Decorative hairlines (card edges, separators); never the only cue for anything
    readonly property color divider: dark ? "#2f353d" : "#dde1e6"
    // Text on background or surface
    readonly property color text: dark ? "#e6e8ec" : "#1a1d22"
    readonly property color textMuted: dark ? "#aab1bc" : "#545b66"
    // Brand and state colours; textOn* is for text drawn on top of them
    readonly property color primary: dark ? "#8fb8f0" : "#1f5ea8"
    readonly property color textOnPrimary: dark ? "#0d1f38" : "#ffffff"
    readonly property color accent: dark ? "#6fcfbf" : "#00695c"
    readonly property color textOnAccent: dark ? "#0b2622" : "#ffffff"
    readonly property color danger: dark ? "#f2968f" : "#b3261e"
    readonly property color warning: dark ? "#f5cd6b" : "#7a5200"
    readonly property color success: dark ? "#8fd19a" : "#2e7d32"
    readonly property color focus: dark ? "#ffb74d" : "#b45309"

    // Geometry (logical pixels). 48 is the minimum touch target (WCAG 2.5.5, Material).
    readonly property int touchTarget: 48
    readonly property int radius: 8
    readonly property int spacingXs: 4
    readonly property int spacingS: 8
    readonly property int spacingM: 16
    readonly property int spacingL: 24
    readonly property int spacingXl: 40
    readonly property int contentMaxWidth: 720
    // A window narrower than this is a phone's: what a row lays out beside each other stacks.
    readonly property int narrowWindow: 600

    // Type scale (pixel sizes)
    readonly property int fontSizeSmall: 14
    readonly property int fontSizeBody: 17
    readonly property int fontSizeTitle: 22
    readonly property int fontSizeHeadline: 32
    readonly property int fontSizeDisplay: 56
}
