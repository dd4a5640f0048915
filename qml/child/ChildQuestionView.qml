// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// One question on one screen: five faces, a few choices, or room to write; and always "I don't
// want to answer". A choice is saved as soon as it is made, written words a moment after the
// child stops typing, so closing the app loses at most what is being typed.
ColumnLayout {
    id: view

    // {id, kind, text: {sv, en}, choices: [{id, text}]}
    property var question: ({})
    property string answer: ""
    property bool pictures: false
    readonly property int faceWidth: pictures ? 164 : 144
    // The five steps' words, from the page (the summary says them too).
    property var moodWords: []

    signal chosen(string value)

    function pick(t) {
        return t ? (Language.code === "en" ? t.en : t.sv) : "";
    }

    // Written words not saved yet go now (the child moves on).
    function flush() {
        if (question.kind === "text" && saveTimer.running) {
            saveTimer.stop();
            chosen(textArea.text.trim());
        }
    }

    spacing: ChildTheme.spacingM

    Text {
        objectName: "questionText"
        Layout.fillWidth: true
        text: view.pick(view.question.text)
        font.pixelSize: ChildTheme.fontSizeQuestion
        font.weight: Font.DemiBold
        color: ChildTheme.text
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    Flow {
        objectName: "faces"
        // As wide as the five faces need (or the screen allows), centred.
        Layout.fillWidth: true
        Layout.maximumWidth: 5 * view.faceWidth + 4 * spacing
        Layout.alignment: Qt.AlignHCenter
        visible: view.question.kind === "smiley5"
        spacing: ChildTheme.spacingS

        Repeater {
            model: 5

            AbstractButton {
                id: faceButton

                required property int index
                readonly property string value: String(index + 1)

                objectName: "face" + value
                // Outer ids from a delegate: resolved at run time, not by qmllint 6.4.
                // qmllint disable unqualified
                width: view.faceWidth
                // The same for every face: room for the face, two lines of words and the tick.
                height: (view.pictures ? 112 : 80) + 120
                padding: ChildTheme.spacingS
                checked: view.answer === value
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.RadioButton
                Accessible.name: view.moodWords[index] || ""
                Accessible.checked: checked
                onClicked: view.chosen(value)

                background: Rectangle {
                    radius: ChildTheme.radius
                    color: faceButton.checked ? ChildTheme.selected : ChildTheme.surface
                    border.width: faceButton.visualFocus ? 4 : faceButton.checked ? 4 : 2
                    border.color: faceButton.visualFocus ? ChildTheme.focus : faceButton.checked ? ChildTheme.primary : ChildTheme.outline
                }

                contentItem: Column {
                    spacing: ChildTheme.spacingS

                    SmileyFace {
                        anchors.horizontalCenter: parent.horizontalCenter
                        width: view.pictures ? 112 : 80
                        height: width
                        mood: faceButton.index + 1
                    }

                    Text {
                        width: faceButton.width - 2 * ChildTheme.spacingS
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: view.moodWords[faceButton.index] || ""
                        font.pixelSize: ChildTheme.fontSizeBody - 4
                        color: ChildTheme.text
                        wrapMode: Text.WordWrap
                        horizontalAlignment: Text.AlignHCenter
                    }

                    // A tick beside the colour: the chosen face is not told by colour alone.
                    Text {
                        anchors.horizontalCenter: parent.horizontalCenter
                        visible: faceButton.checked
                        text: "✓"
                        font.pixelSize: ChildTheme.fontSizeBody
                        color: ChildTheme.primary
                    }
                }
                // qmllint enable unqualified
            }
        }
    }

    Repeater {
        model: view.question.kind === "choice" ? view.question.choices : []

        ChildButton {
            required property var modelData

            objectName: "choice_" + modelData.id
            // qmllint disable unqualified
            Layout.fillWidth: true
            Layout.maximumWidth: ChildTheme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            text: view.pick(modelData.text)
            checked: view.answer === modelData.id
            Accessible.role: Accessible.RadioButton
            Accessible.checked: checked
            onClicked: view.chosen(modelData.id)
            // qmllint enable unqualified
        }
    }

    TextArea {
        id: textArea

        // The question is the field's visible label (a screen reader says it too).
        readonly property string label: view.pick(view.question.text)

        objectName: "answerField"
        Layout.fillWidth: true
        Layout.maximumWidth: ChildTheme.contentMaxWidth
        Layout.alignment: Qt.AlignHCenter
        Layout.minimumHeight: ChildTheme.touchTarget * 2
        visible: view.question.kind === "text"
        text: view.answer === "declined" ? "" : view.answer
        font.pixelSize: ChildTheme.fontSizeBody
        color: ChildTheme.text
        wrapMode: TextEdit.Wrap
        placeholderText: qsTr("Write here, or ask your social worker to write for you")
        placeholderTextColor: ChildTheme.textMuted
        Accessible.name: label
        onTextChanged: {
            if (activeFocus)
                saveTimer.restart();
        }

        background: Rectangle {
            radius: ChildTheme.radius
            color: ChildTheme.surface
            border.width: textArea.activeFocus ? 4 : 2
            border.color: textArea.activeFocus ? ChildTheme.focus : ChildTheme.outline
        }
    }

    Timer {
        id: saveTimer

        interval: 800
        onTriggered: view.chosen(textArea.text.trim())
    }

    ChildButton {
        objectName: "declineButton"
        Layout.alignment: Qt.AlignHCenter
        text: qsTr("I don't want to answer")
        checked: view.answer === "declined"
        onClicked: {
            saveTimer.stop();
            view.chosen("declined");
        }
    }
}
