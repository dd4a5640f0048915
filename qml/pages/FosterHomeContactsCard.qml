// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Barntid
import Barntid.Models

// The contact log of one foster home (FosterHomePage): each contact with its kind, time,
// duration, note and the follow-up it planned; the button that logs a new one.
BCard {
    id: card

    property ContactLogModel contacts
    property bool narrow: false

    signal newContactRequested

    padding: narrow ? Theme.spacingM : Theme.spacingL

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true

            BLabel {
                Layout.fillWidth: true
                level: BLabel.Level.Title
                text: qsTr("Contacts")
            }

            BButton {
                objectName: "newContactButton"
                text: qsTr("New contact")
                highlighted: true
                onClicked: card.newContactRequested()
            }
        }

        Repeater {
            objectName: "contactList"
            model: card.contacts

            delegate: ColumnLayout {
                id: contactRow

                required property int index
                required property string kindText
                required property string atText
                required property int durationMinutes
                required property string notePreview
                required property string nextFollowUp

                objectName: "contact_" + index
                Layout.fillWidth: true
                spacing: 2

                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: 1
                    color: Theme.divider
                }

                BLabel {
                    Layout.fillWidth: true
                    font.weight: Font.DemiBold
                    text: contactRow.durationMinutes > 0 ? qsTr("%1 · %2 · %3 min").arg(contactRow.kindText).arg(contactRow.atText).arg(contactRow.durationMinutes) : qsTr("%1 · %2").arg(contactRow.kindText).arg(contactRow.atText)
                }

                BLabel {
                    Layout.fillWidth: true
                    muted: true
                    visible: text !== ""
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    text: contactRow.notePreview
                }

                BLabel {
                    Layout.fillWidth: true
                    level: BLabel.Level.Small
                    muted: true
                    visible: contactRow.nextFollowUp !== ""
                    text: qsTr("Next follow-up %1").arg(contactRow.nextFollowUp)
                }
            }
        }

        BLabel {
            Layout.fillWidth: true
            muted: true
            visible: !card.contacts || card.contacts.count === 0
            text: qsTr("No contacts logged yet.")
        }
    }
}
