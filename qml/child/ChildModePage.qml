// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// The whole window while a child answers (issue 16): who will read the answers, one question per
// screen with back and forward, "det här har du sagt", "klar", thanks. Nothing of the app is
// here: no header, no sync indicator, no menu. Escape and the system back key hand the tablet
// back (the store locks; the worker's PIN opens it), as does the corner button; no timer hurries
// the child.
Page {
    id: page

    readonly property int step: ChildMode.step
    readonly property int count: ChildMode.questions.length
    readonly property bool narrow: width < 600
    readonly property bool stacked: narrow && ReadAloud.available
    // The smiley scale's steps in words, for the faces and the summary alike.
    readonly property var moodWords: [qsTr("Very bad"), qsTr("Bad"), qsTr("So-so"), qsTr("Good"), qsTr("Very good")]

    function pick(t) {
        return t ? (Language.code === "en" ? t.en : t.sv) : "";
    }

    // What "Read aloud" says on this screen: the words shown, and for a question what can be
    // answered, so a child who does not read yet can answer alone.
    function spokenText() {
        if (step === -1)
            return (ChildMode.childName !== "" ? qsTr("Hi %1!").arg(ChildMode.childName) : qsTr("Hi!")) + " " + pick(ChildMode.intro) + " " + qsTr("You can go back and change your answers until you are done.");
        if (step >= 0 && step < count) {
            const q = ChildMode.questions[step];
            let options = "";
            if (q.kind === "smiley5")
                options = qsTr("You can choose: %1.").arg(moodWords.join(", "));
            else if (q.kind === "choice")
                options = qsTr("You can choose: %1.").arg(q.choices.map(c => pick(c.text)).join(", "));
            else
                options = qsTr("You can write your answer.");
            return qsTr("Question %1 of %2").arg(step + 1).arg(count) + ". " + pick(q.text) + " " + options + " " + qsTr("Or: I don't want to answer.");
        }
        if (step === count)
            return qsTr("This is what you said. You can change an answer, or press Done.");
        return qsTr("Thank you for answering!") + " " + qsTr("Now give the tablet back to your social worker.");
    }

    function goNext() {
        if (questionView.visible)
            questionView.flush();
        ChildMode.next();
    }

    function goBack() {
        if (questionView.visible)
            questionView.flush();
        ChildMode.back();
    }

    objectName: "childModePage"
    focus: true
    onStepChanged: ReadAloud.stop()
    Binding {
        target: ReadAloud
        property: "language"
        value: Language.code
    }
    padding: narrow ? ChildTheme.spacingM : ChildTheme.spacingL
    Keys.onPressed: event => {
        if (event.key === Qt.Key_Escape || event.key === Qt.Key_Back) {
            event.accepted = true;
            ChildMode.handBack();
        }
    }
    Component.onCompleted: forceActiveFocus()

    background: Rectangle {
        color: ChildTheme.background
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: ChildTheme.spacingM

        // On a phone "Read aloud" gets a row of its own under the progress, above the question.
        GridLayout {
            Layout.fillWidth: true
            columns: page.stacked ? 2 : 3

            Text {
                objectName: "progressText"
                Layout.fillWidth: true
                Layout.row: 0
                Layout.column: 0
                text: page.step < 0 || page.step >= page.count ? "" : page.narrow ? qsTr("%1 of %2").arg(page.step + 1).arg(page.count) : qsTr("Question %1 of %2").arg(page.step + 1).arg(page.count)
                font.pixelSize: ChildTheme.fontSizeBody
                color: ChildTheme.textMuted
                elide: Text.ElideRight
            }

            // Only where a voice for the app's language exists; a new screen stops the reading.
            ChildButton {
                objectName: "readAloudButton"
                Layout.row: page.stacked ? 1 : 0
                Layout.column: page.stacked ? 0 : 1
                Layout.columnSpan: page.stacked ? 2 : 1
                visible: ReadAloud.available
                text: ReadAloud.speaking ? qsTr("Stop reading") : qsTr("Read aloud")
                onClicked: ReadAloud.speaking ? ReadAloud.stop() : ReadAloud.say(page.spokenText())
            }

            ChildButton {
                objectName: "handBackButton"
                Layout.row: 0
                Layout.column: page.stacked ? 1 : 2
                Layout.alignment: Qt.AlignRight
                text: qsTr("Give back")
                onClicked: ChildMode.handBack()
            }
        }

        Text {
            objectName: "errorText"
            Layout.fillWidth: true
            visible: text !== ""
            text: ChildMode.errorText
            font.pixelSize: ChildTheme.fontSizeBody
            color: ChildTheme.text
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.AlertMessage
        }

        Flickable {
            id: flick

            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: width
            contentHeight: Math.max(height, content.implicitHeight)
            boundsBehavior: Flickable.StopAtBounds
            clip: true

            ColumnLayout {
                id: content

                width: flick.width
                y: Math.max(0, (flick.height - implicitHeight) / 2)
                spacing: ChildTheme.spacingM

                // The intro: who will read the answers, in the set's words for the child's age.
                ColumnLayout {
                    objectName: "intro"
                    Layout.fillWidth: true
                    visible: page.step === -1
                    spacing: ChildTheme.spacingM

                    Text {
                        Layout.fillWidth: true
                        text: ChildMode.childName !== "" ? qsTr("Hi %1!").arg(ChildMode.childName) : qsTr("Hi!")
                        font.pixelSize: ChildTheme.fontSizeTitle
                        font.weight: Font.DemiBold
                        color: ChildTheme.text
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.WordWrap
                    }

                    Text {
                        objectName: "introText"
                        Layout.fillWidth: true
                        Layout.maximumWidth: ChildTheme.contentMaxWidth
                        Layout.alignment: Qt.AlignHCenter
                        text: page.pick(ChildMode.intro)
                        font.pixelSize: ChildTheme.fontSizeQuestion
                        color: ChildTheme.text
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.WordWrap
                    }

                    Text {
                        Layout.fillWidth: true
                        text: qsTr("You can go back and change your answers until you are done.")
                        font.pixelSize: ChildTheme.fontSizeBody
                        color: ChildTheme.textMuted
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.WordWrap
                    }
                }

                ChildQuestionView {
                    id: questionView

                    objectName: "questionView"
                    Layout.fillWidth: true
                    visible: page.step >= 0 && page.step < page.count
                    question: visible ? ChildMode.questions[page.step] : ({})
                    answer: visible ? (ChildMode.answers[question.id] || "") : ""
                    pictures: ChildMode.pictures
                    moodWords: page.moodWords
                    onChosen: value => ChildMode.answer(question.id, value)
                }

                ChildSummaryView {
                    objectName: "summary"
                    Layout.fillWidth: true
                    visible: page.step === page.count
                    questions: ChildMode.questions
                    answers: ChildMode.answers
                    moodWords: page.moodWords
                    onChange: index => ChildMode.goTo(index)
                }

                ColumnLayout {
                    objectName: "thanks"
                    Layout.fillWidth: true
                    visible: page.step > page.count
                    spacing: ChildTheme.spacingM

                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Thank you for answering!")
                        font.pixelSize: ChildTheme.fontSizeTitle
                        font.weight: Font.DemiBold
                        color: ChildTheme.text
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.WordWrap
                    }

                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Now give the tablet back to your social worker.")
                        font.pixelSize: ChildTheme.fontSizeBody
                        color: ChildTheme.text
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: ChildTheme.spacingM
            visible: page.step <= page.count

            ChildButton {
                objectName: "backButton"
                visible: page.step > -1
                text: qsTr("Back")
                onClicked: page.goBack()
            }

            Item {
                Layout.fillWidth: true
            }

            ChildButton {
                objectName: "nextButton"
                primary: true
                text: page.step === -1 ? qsTr("Start") : page.step === page.count ? qsTr("Done") : qsTr("Next")
                onClicked: page.step === page.count ? ChildMode.finish() : page.goNext()
            }
        }

        ChildButton {
            objectName: "giveBackButton"
            Layout.alignment: Qt.AlignHCenter
            visible: page.step > page.count
            primary: true
            text: qsTr("Give back")
            onClicked: ChildMode.handBack()
        }
    }
}
