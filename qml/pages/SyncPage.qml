// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// Sync with the municipality's server (Sync in Barntid.Models), opened from the header's
// SyncIndicator. Signed out: the sign-in form. Signed in: the "safe to leave" receipt or what is
// still only on this tablet and why, the last sync, "Sync now", and the changes the server did
// not take ("needs attention"). It names kinds of records and times, never their content.
Dialog {
    id: dialog

    // Signed out after having been signed in: the session expired, the work is kept.
    readonly property bool expired: !Sync.signedIn && Sync.username !== ""
    readonly property int attention: Sync.needsAttention

    function signIn() {
        if (signInButton.enabled)
            Sync.signIn(serverField.text, usernameField.text, passwordField.text);
    }

    title: qsTr("Sync with the server")
    modal: true
    anchors.centerIn: parent
    width: Math.min(640, (parent ? parent.width : 640) - Theme.spacingM * 2)
    height: Math.min(implicitHeight, (parent ? parent.height : 800) - Theme.spacingM * 2)
    padding: Theme.spacingL
    onAttentionChanged: problems.reload()
    onAboutToShow: {
        serverField.text = Sync.serverUrl;
        usernameField.text = Sync.username;
        passwordField.clear();
        problems.reload();
    }

    Connections {
        function onSignInFinished(ok) {
            if (ok)
                passwordField.clear();
            else
                passwordField.selectAll();
        }

        target: Sync
    }

    SyncProblemModel {
        id: problems
    }

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius * 2
        border.width: 1
        border.color: Theme.divider
    }

    Flickable {
        id: flickable

        anchors.fill: parent
        implicitHeight: column.implicitHeight
        contentWidth: width
        contentHeight: column.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ScrollIndicator.vertical: ScrollIndicator {
        }

        ColumnLayout {
            id: column

            width: flickable.width
            spacing: Theme.spacingM

            // Signed out: sign in (again).
            ColumnLayout {
                objectName: "signInForm"
                Layout.fillWidth: true
                visible: !Sync.signedIn
                spacing: Theme.spacingM

                BLabel {
                    Layout.fillWidth: true
                    level: BLabel.Level.Title
                    color: dialog.expired ? Theme.warning : Theme.text
                    text: dialog.expired ? qsTr("Sign in again") : qsTr("Sign in to sync")
                }

                BLabel {
                    objectName: "signInExplanation"
                    Layout.fillWidth: true
                    text: !dialog.expired ? qsTr("Your work is saved on this tablet. Sign in to the municipality's server to send it there and to get your cases.") : Sync.pending > 0 ? qsTr("The sign-in has expired. %n change(s) are kept on this tablet and are sent once you have signed in again. Nothing is lost.", "", Sync.pending) : qsTr("The sign-in has expired. Sign in again to keep syncing.")
                }

                BTextField {
                    id: serverField

                    objectName: "serverField"
                    Layout.fillWidth: true
                    label: qsTr("Server address")
                    placeholderText: qsTr("Server address, e.g. https://barntid.kommun.se")
                    inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                    enabled: !Sync.busy
                }

                BTextField {
                    id: usernameField

                    objectName: "usernameField"
                    Layout.fillWidth: true
                    label: qsTr("Username")
                    placeholderText: qsTr("Username")
                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText | Qt.ImhPreferLowercase
                    enabled: !Sync.busy
                    onAccepted: passwordField.forceActiveFocus()
                }

                BTextField {
                    id: passwordField

                    objectName: "passwordField"
                    Layout.fillWidth: true
                    label: qsTr("Password")
                    placeholderText: qsTr("Password")
                    echoMode: TextInput.Password
                    passwordMaskDelay: 0
                    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhHiddenText
                    enabled: !Sync.busy
                    onAccepted: dialog.signIn()
                }

                BLabel {
                    objectName: "signInError"
                    Layout.fillWidth: true
                    visible: text !== "" && !Sync.busy
                    color: Theme.danger
                    text: Sync.errorText
                    Accessible.role: Accessible.AlertMessage
                }

                BBusyLabel {
                    objectName: "signInBusy"
                    Layout.fillWidth: true
                    visible: Sync.busy
                    text: qsTr("Signing in …")
                }

                BButton {
                    id: signInButton

                    objectName: "signInButton"
                    Layout.alignment: Qt.AlignRight
                    text: qsTr("Sign in")
                    highlighted: true
                    enabled: !Sync.busy && serverField.text.trim() !== "" && usernameField.text.trim() !== "" && passwordField.text !== ""
                    onClicked: dialog.signIn()
                }
            }

            // Signed in: is it safe to leave?
            ColumnLayout {
                objectName: "syncStatus"
                Layout.fillWidth: true
                visible: Sync.signedIn
                spacing: Theme.spacingM

                BLabel {
                    objectName: "signedInAs"
                    Layout.fillWidth: true
                    muted: true
                    text: qsTr("Signed in as %1").arg(Sync.displayName !== "" ? Sync.displayName : Sync.username)
                }

                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: receiptColumn.implicitHeight + Theme.spacingM * 2
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: 2
                    border.color: Sync.safeToLeave ? Theme.success : Theme.warning

                    ColumnLayout {
                        id: receiptColumn

                        anchors.fill: parent
                        anchors.margins: Theme.spacingM
                        spacing: Theme.spacingS

                        BLabel {
                            objectName: "receipt"
                            Layout.fillWidth: true
                            level: BLabel.Level.Title
                            color: Sync.safeToLeave ? Theme.success : Theme.warning
                            text: Sync.safeToLeave ? "✓ " + Sync.receipt : Sync.pending > 0 ? qsTr("%n change(s) not on the server yet", "", Sync.pending) : qsTr("Not synced yet")
                            Accessible.role: Accessible.StatusBar
                        }

                        BLabel {
                            objectName: "receiptDetail"
                            Layout.fillWidth: true
                            text: Sync.safeToLeave ? qsTr("Safe to leave: nothing is kept only on this tablet.") : Sync.errorText !== "" ? Sync.errorText : Sync.busy ? qsTr("Sending now. Stay connected until the receipt is shown.") : qsTr("They are kept on this tablet and are sent as soon as there is a connection.")
                        }
                    }
                }

                BLabel {
                    objectName: "lastSync"
                    Layout.fillWidth: true
                    muted: true
                    text: isNaN(Sync.lastSuccess.getTime()) ? qsTr("Never synced on this tablet") : qsTr("Last synced %1").arg(Sync.lastSuccess.toLocaleString(Qt.locale(), Locale.ShortFormat))
                }

                BButton {
                    objectName: "syncNowButton"
                    Layout.fillWidth: true
                    text: Sync.busy ? (Sync.progressText !== "" ? Sync.progressText : qsTr("Syncing …")) : qsTr("Sync now")
                    highlighted: true
                    enabled: !Sync.busy
                    Accessible.name: Sync.busy ? text : qsTr("Sync now")
                    onClicked: Sync.syncNow()
                }

                // Changes the server refused or found in conflict: the copies stay here.
                ColumnLayout {
                    objectName: "problems"
                    Layout.fillWidth: true
                    visible: problems.count > 0
                    spacing: Theme.spacingS

                    BLabel {
                        Layout.fillWidth: true
                        level: BLabel.Level.Title
                        color: Theme.danger
                        text: qsTr("Needs attention (%1)").arg(problems.count)
                    }

                    BLabel {
                        Layout.fillWidth: true
                        muted: true
                        text: qsTr("The server did not take these changes. Your versions are kept on this tablet.")
                    }

                    Repeater {
                        model: problems

                        // Outer ids from a delegate: resolved at run time, not by qmllint 6.4.
                        // qmllint disable unqualified
                        Rectangle {
                            id: problem

                            required property int index
                            required property string entityText
                            required property string reason
                            required property string whenText

                            objectName: "problem_" + index
                            Layout.fillWidth: true
                            implicitHeight: problemColumn.implicitHeight + Theme.spacingM * 2
                            radius: Theme.radius
                            color: Theme.background
                            border.width: 1
                            border.color: Theme.divider

                            ColumnLayout {
                                id: problemColumn

                                anchors.fill: parent
                                anchors.margins: Theme.spacingM
                                spacing: Theme.spacingXs

                                BLabel {
                                    Layout.fillWidth: true
                                    font.weight: Font.DemiBold
                                    text: problem.whenText !== "" ? qsTr("%1, saved %2").arg(problem.entityText).arg(problem.whenText) : problem.entityText
                                }

                                BLabel {
                                    Layout.fillWidth: true
                                    text: problem.reason
                                }
                            }
                        }
                        // qmllint enable unqualified
                    }

                    BButton {
                        objectName: "retryButton"
                        Layout.alignment: Qt.AlignRight
                        text: qsTr("Try again")
                        enabled: !Sync.busy
                        onClicked: Sync.retryRefused()
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingM

                BButton {
                    objectName: "signOutButton"
                    visible: Sync.signedIn
                    flat: true
                    text: qsTr("Sign out")
                    enabled: !Sync.busy
                    onClicked: Sync.signOut()
                }

                Item {
                    Layout.fillWidth: true
                }

                BButton {
                    objectName: "closeSyncButton"
                    flat: true
                    text: qsTr("Close")
                    onClicked: dialog.close()
                }
            }
        }
    }
}
