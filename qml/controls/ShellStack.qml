// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// One destination's StackView in the shell: says when what it shows changed place (another
// page on top, or the page's own place, e.g. a new visit getting its id), for LastPlace.
StackView {
    id: stack

    signal placeChanged

    onCurrentItemChanged: placeChanged()

    Connections {
        target: stack.currentItem
        ignoreUnknownSignals: true

        function onPlaceChanged() {
            stack.placeChanged();
        }
    }
}
