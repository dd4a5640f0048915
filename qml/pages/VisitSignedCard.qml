// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// A signed visit as it was signed, read only, with its amendments (tillägg) below the
// original and a field to add one. Nothing here can change what was signed.
BCard {
    id: card

    // The page's editor; an empty one of its own when shown alone (smoke test, previews).
    property VisitEditor editor: VisitEditor {
    }

    function timeText(at) {
        return at.getTime() > 0 ? StockholmTime.time(at) : "–";
    }

    function bbicLabels(codes) {
        let labels = [];
        for (let i = 0; i < codes.length; ++i)
            labels.push(BbicAreas.label(codes[i]));
        return labels.join(", ");
    }

    padding: Theme.spacingL

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        BLabel {
            objectName: "signedBanner"
            Layout.fillWidth: true
            color: Theme.success
            font.weight: Font.DemiBold
            text: qsTr("Signed %1. The visit can no longer be changed.").arg(StockholmTime.dateTime(card.editor.signedAt))
        }

        JournalRow {
            objectName: "visitJournal"
            Layout.fillWidth: true
            entity: "visit"
            recordId: card.editor.visitId
        }

        // What the draft showed as controls, as plain text: a signed visit is read, not edited.
        // On a phone each fact's label stands above its value, so neither is squeezed (by the
        // window's width: the card's own is set in the same layout pass).
        GridLayout {
            objectName: "signedFacts"
            Layout.fillWidth: true
            columns: card.Window.width < Theme.narrowWindow ? 1 : 2
            columnSpacing: Theme.spacingM
            rowSpacing: Theme.spacingXs

            BLabel {
                muted: true
                text: qsTr("Kind of visit")
            }

            BLabel {
                objectName: "signedKind"
                Layout.fillWidth: true
                text: card.editor.kindText
            }

            BLabel {
                muted: true
                text: qsTr("Present")
            }

            BLabel {
                objectName: "signedPresent"
                Layout.fillWidth: true
                text: card.editor.presenceText(card.editor.present)
            }

            BLabel {
                muted: true
                text: qsTr("Checked in and out")
            }

            BLabel {
                objectName: "signedTimes"
                Layout.fillWidth: true
                text: qsTr("%1–%2").arg(card.timeText(card.editor.checkedInAt)).arg(card.timeText(card.editor.checkedOutAt))
            }
        }

        BLabel {
            Layout.fillWidth: true
            level: BLabel.Level.Title
            text: qsTr("Note")
        }

        BLabel {
            objectName: "signedNote"
            Layout.fillWidth: true
            text: card.editor.note !== "" ? card.editor.note : qsTr("(no note)")
            muted: card.editor.note === ""
            textFormat: Text.PlainText
        }

        BLabel {
            Layout.fillWidth: true
            level: BLabel.Level.Title
            text: qsTr("The child's own words")
        }

        BLabel {
            objectName: "signedChildWords"
            Layout.fillWidth: true
            text: card.editor.childWords !== "" ? card.editor.childWords : qsTr("(not recorded)")
            muted: card.editor.childWords === ""
            textFormat: Text.PlainText
        }

        BLabel {
            Layout.fillWidth: true
            visible: card.editor.bbic.length > 0
            muted: true
            text: qsTr("BBIC: %1").arg(card.bbicLabels(card.editor.bbic))
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.divider
        }

        BLabel {
            Layout.fillWidth: true
            level: BLabel.Level.Title
            text: qsTr("Amendments")
        }

        Repeater {
            objectName: "amendmentList"
            model: card.editor.amendments

            ColumnLayout {
                id: amendment

                required property var modelData
                required property int index

                objectName: "amendment_" + index
                Layout.fillWidth: true
                spacing: Theme.spacingXs

                BLabel {
                    Layout.fillWidth: true
                    level: BLabel.Level.Small
                    muted: true
                    text: qsTr("Amendment signed %1").arg(StockholmTime.dateTime(amendment.modelData.signedAt))
                }

                BLabel {
                    Layout.fillWidth: true
                    textFormat: Text.PlainText
                    text: amendment.modelData.text
                }
            }
        }

        BLabel {
            Layout.fillWidth: true
            visible: card.editor.amendments.length === 0
            muted: true
            text: qsTr("No amendments.")
        }

        BTextArea {
            id: amendmentField

            objectName: "amendmentField"
            Layout.fillWidth: true
            label: qsTr("Add amendment")
            placeholderText: qsTr("Correction or addition to the signed visit")
        }

        BButton {
            objectName: "addAmendmentButton"
            Layout.alignment: Qt.AlignRight
            text: qsTr("Add amendment")
            enabled: amendmentField.text.trim() !== ""
            onClicked: {
                if (card.editor.addAmendment(amendmentField.text))
                    amendmentField.clear();
            }
        }
    }
}
