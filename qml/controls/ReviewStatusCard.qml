// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Barntid
import Barntid.Models

// The author's own entry as the supervisor decided on it: approved, or returned with the
// supervisor's comment and what to do about it. Shown only once a decision has synced here.
BCard {
    id: card

    property string entity: "visit"
    property string recordId: ""

    visible: review.authorStatusText !== ""
    padding: Theme.spacingL
    onRecordIdChanged: review.load(entity, recordId)
    Component.onCompleted: review.load(entity, recordId)

    ReviewEntry {
        id: review

        objectName: "authorReview"
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        BLabel {
            objectName: "reviewStatusText"
            Layout.fillWidth: true
            font.weight: Font.DemiBold
            color: review.status === "approved" ? Theme.success : review.status === "returned" ? Theme.warning : Theme.text
            text: review.authorStatusText
        }

        BLabel {
            objectName: "reviewComment"
            Layout.fillWidth: true
            visible: review.returnComment !== ""
            text: qsTr("“%1” (%2)").arg(review.returnComment).arg(StockholmTime.dateTime(review.returnedAt))
        }

        BLabel {
            Layout.fillWidth: true
            visible: review.status === "returned"
            muted: true
            text: card.entity === "visit" ? qsTr("Answer with an amendment below: the visit goes back to your supervisor for review.") : qsTr("Correct the entry: the change goes back to your supervisor for review.")
        }
    }
}
