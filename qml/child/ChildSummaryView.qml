// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Barntid
import Barntid.Models

// "Det här har du sagt": every question with the child's answer, each one open to change before
// "Klar".
ColumnLayout {
    id: view

    property var questions: []
    property var answers: ({})
    property var moodWords: []

    signal change(int index)

    function pick(t) {
        return t ? (Language.code === "en" ? t.en : t.sv) : "";
    }

    function answerText(q) {
        const a = answers[q.id];
        if (a === undefined || a === "")
            return qsTr("Not answered");
        if (a === "declined")
            return qsTr("You didn't want to answer");
        if (q.kind === "smiley5")
            return moodWords[Number(a) - 1] || a;
        if (q.kind === "choice") {
            for (let i = 0; i < q.choices.length; ++i) {
                if (q.choices[i].id === a)
                    return pick(q.choices[i].text);
            }
        }
        return a;
    }

    spacing: ChildTheme.spacingM

    Text {
        Layout.fillWidth: true
        text: qsTr("This is what you said")
        font.pixelSize: ChildTheme.fontSizeTitle
        font.weight: Font.DemiBold
        color: ChildTheme.text
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    Repeater {
        model: view.questions

        Rectangle {
            id: row

            required property var modelData
            required property int index

            objectName: "summaryRow" + index
            // Outer ids from a delegate: resolved at run time, not by qmllint 6.4.
            // qmllint disable unqualified
            Layout.fillWidth: true
            Layout.maximumWidth: ChildTheme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            implicitHeight: rowLayout.implicitHeight + 2 * ChildTheme.spacingS
            radius: ChildTheme.radius
            color: ChildTheme.surface
            border.width: 2
            border.color: ChildTheme.outline

            RowLayout {
                id: rowLayout

                anchors.fill: parent
                anchors.margins: ChildTheme.spacingS
                spacing: ChildTheme.spacingS

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 4

                    Text {
                        Layout.fillWidth: true
                        text: view.pick(row.modelData.text)
                        font.pixelSize: ChildTheme.fontSizeBody - 2
                        color: ChildTheme.textMuted
                        wrapMode: Text.WordWrap
                    }

                    Text {
                        objectName: "summaryAnswer"
                        Layout.fillWidth: true
                        text: view.answerText(row.modelData)
                        font.pixelSize: ChildTheme.fontSizeBody
                        font.weight: Font.DemiBold
                        color: ChildTheme.text
                        wrapMode: Text.WordWrap
                    }
                }

                ChildButton {
                    objectName: "changeButton" + row.index
                    text: qsTr("Change")
                    Accessible.name: qsTr("Change the answer to: %1").arg(view.pick(row.modelData.text))
                    onClicked: view.change(row.index)
                }
            }
            // qmllint enable unqualified
        }
    }
}
