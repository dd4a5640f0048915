// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Barntid
import Barntid.Models

// After the last wrong PIN: the key is gone, so the store on the device can never be read
// again. Says what that means for the user's work, and offers the only way on: start over.
BCardPage {
    id: page

    title: qsTr("The key has been destroyed")

    BLabel {
        Layout.fillWidth: true
        level: BLabel.Level.Headline
        color: Theme.danger
        text: page.title
    }

    BLabel {
        Layout.fillWidth: true
        text: qsTr("The PIN code was entered wrongly %n times, so the key to the information on this tablet was destroyed to protect it.", "", Session.maxAttempts)
    }

    BLabel {
        Layout.fillWidth: true
        text: qsTr("What was stored on the tablet can no longer be opened by anyone. Work that had been synced is safe on the server.")
    }

    BLabel {
        Layout.fillWidth: true
        muted: true
        text: qsTr("Start over to choose a new PIN code. Synced work can then be fetched from the server again.")
    }

    BButton {
        objectName: "startOverButton"
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingS
        highlighted: true
        text: qsTr("Start over")
        onClicked: Session.startOver()
    }
}
