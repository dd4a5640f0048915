// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Barntid

// Base for every page on the StackView: themed background, comfortable tablet margins, and
// the page title as its accessible name.
Page {
    id: page

    padding: Theme.spacingXl
    background: Rectangle {
        color: Theme.background
    }
    Accessible.role: Accessible.Pane
    Accessible.name: title
}
