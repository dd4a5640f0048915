// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Barntid
import Barntid.Models

// The way to the municipality's journal: for a signed visit whether the nightly export has taken
// it, and a button that opens the PDF from the server in the platform's viewer or share sheet
// (the app itself keeps no file); for a case, every note it has sent, as one PDF.
ColumnLayout {
    id: row

    property string entity: "visit"
    property string recordId: ""
    property string buttonText: qsTr("Share to the journal")

    spacing: Theme.spacingXs

    JournalShare {
        id: share

        entity: row.entity
        recordId: row.recordId
    }

    // Side by side when there is room; on a phone the button goes below the status. By the
    // window's width: the row's own width is set in the same layout pass (a polish loop).
    GridLayout {
        Layout.fillWidth: true
        columns: row.Window.width < Theme.narrowWindow ? 1 : 2
        columnSpacing: Theme.spacingM
        rowSpacing: Theme.spacingXs

        BLabel {
            objectName: "journalStatus"
            Layout.fillWidth: true
            Layout.preferredWidth: 0
            visible: share.statusText !== ""
            color: share.inJournal ? Theme.success : Theme.textMuted
            text: share.statusText
        }

        BButton {
            objectName: "journalShareButton"
            Layout.alignment: Qt.AlignLeft | Qt.AlignVCenter
            enabled: !share.busy && row.recordId !== ""
            text: share.busy ? qsTr("Fetching…") : row.buttonText
            Accessible.description: qsTr("Opens the PDF from the server; nothing is saved in Barntid")
            onClicked: share.share()
        }
    }

    BLabel {
        objectName: "journalError"
        Layout.fillWidth: true
        visible: share.errorText !== ""
        color: Theme.danger
        text: share.errorText
    }
}
