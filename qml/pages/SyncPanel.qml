// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Barntid
import Barntid.Models

// What the sync page shows (SyncPage makes it each time it opens). Signed out: the sign-in form.
// Signed in: the "safe to leave" receipt or what is still only on this tablet and why, the last
// sync, "Sync now", and the changes the server did not take ("needs attention"). A row names its
// record (kind, case number, date; the child's name masked for protected identity); the content
// of a record shows only when the worker asks for the server's version of a conflict.
ColumnLayout {
    id: panel

    // Signed out after having been signed in: the session expired, the work is kept.
    readonly property bool expired: !Sync.signedIn && Sync.username !== ""
    readonly property int attention: Sync.needsAttention

    signal closeRequested
    // "Open" on a refused change: the shell opens the record (AppShell.openRecord).
    signal openRecord(string entity, string recordId, string caseId, string fosterHomeId)

    function signIn() {
        if (signInButton.enabled)
            Sync.signIn(serverField.text, usernameField.text, passwordField.text);
    }

    spacing: Theme.spacingM

    Connections {
        function onSignInFinished(ok) {
            if (ok)
                passwordField.clear();
            else
                passwordField.selectAll();
        }

        target: Sync
    }

    // Follows the outbox through the store's change feed.
    SyncProblemModel {
        id: problems

        session: Session
        controller: Sync
    }

    // Taking the server's version drops this device's: asked once more, naming what is lost.
    BConfirmDialog {
        id: takeServerDialog

        property int row: -1
        property string recordTitle: ""

        objectName: "takeServerDialog"
        title: qsTr("Take the server's version?")
        text: qsTr("This device's version of %1 is deleted, and the server's version takes its place. This cannot be undone.").arg(recordTitle)
        acceptText: qsTr("Take the server's version")
        acceptObjectName: "confirmTakeServerButton"
        destructive: true
        onAccepted: problems.takeServerVersion(row)
    }

    // Signing out is asked once more: the next sync needs the password again.
    BConfirmDialog {
        id: signOutDialog

        objectName: "signOutDialog"
        title: qsTr("Sign out?")
        text: Sync.pending > 0 ? qsTr("%n change(s) not yet sent stay on the device and are sent once you have signed in again.", "", Sync.pending) : qsTr("Everything is on the server. To sync again you sign in with your password.")
        acceptText: qsTr("Sign out")
        acceptObjectName: "confirmSignOutButton"
        onAccepted: Sync.signOut()
    }

    // Signed out: sign in (again).
    ColumnLayout {
        objectName: "signInForm"
        Layout.fillWidth: true
        visible: !Sync.signedIn
        spacing: Theme.spacingM

        BLabel {
            Layout.fillWidth: true
            level: BLabel.Level.Title
            color: panel.expired ? Theme.warning : Theme.text
            text: panel.expired ? qsTr("Sign in again") : qsTr("Sign in to sync")
        }

        BLabel {
            objectName: "signInExplanation"
            Layout.fillWidth: true
            text: !panel.expired ? qsTr("Your work is saved on this tablet. Sign in to the municipality's server to send it there and to get your cases.") : Sync.pending > 0 ? qsTr("The sign-in has expired. %n change(s) are kept on this tablet and are sent once you have signed in again. Nothing is lost.", "", Sync.pending) : qsTr("The sign-in has expired. Sign in again to keep syncing.")
        }

        BTextField {
            id: serverField

            objectName: "serverField"
            Layout.fillWidth: true
            label: qsTr("Server address")
            // Read once: Sync's change signal must not overwrite what is being typed.
            Component.onCompleted: text = Sync.serverUrl
            placeholderText: qsTr("e.g. https://barntid.kommun.se")
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            enabled: !Sync.busy
        }

        BTextField {
            id: usernameField

            objectName: "usernameField"
            Layout.fillWidth: true
            label: qsTr("Username")
            Component.onCompleted: text = Sync.username
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText | Qt.ImhPreferLowercase
            enabled: !Sync.busy
            onAccepted: passwordField.forceActiveFocus()
        }

        BTextField {
            id: passwordField

            objectName: "passwordField"
            Layout.fillWidth: true
            label: qsTr("Password")
            echoMode: TextInput.Password
            passwordMaskDelay: 0
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhHiddenText
            enabled: !Sync.busy
            onAccepted: panel.signIn()
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
            onClicked: panel.signIn()
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

        // Another account signed in on this tablet: what the previous one had here is gone.
        BLabel {
            objectName: "accountReplacedNotice"
            Layout.fillWidth: true
            visible: Sync.accountReplaced
            text: qsTr("Another account signed in: the previous account's data was removed from this tablet.")
            Accessible.role: Accessible.StatusBar
        }

        // A Pane: its height follows the wrapped text inside.
        Pane {
            objectName: "receiptBox"
            Layout.fillWidth: true
            padding: Theme.spacingM

            background: Rectangle {
                radius: Theme.radius
                color: Theme.surface
                border.width: 2
                border.color: Sync.safeToLeave ? Theme.success : Theme.warning
            }

            ColumnLayout {
                width: parent.width
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
                    text: Sync.safeToLeave ? qsTr("Safe to leave: nothing is kept only on this tablet.") : Sync.errorText !== "" ? Sync.errorText : Sync.busy ? qsTr("Sending now. Stay connected until the receipt is shown.") : Sync.needsAttention > 0 ? qsTr("The server did not accept %n change(s): see below. Nothing is deleted from this tablet.", "", Sync.needsAttention) : qsTr("They are kept on this tablet and are sent as soon as there is a connection.")
                }
            }
        }

        BLabel {
            objectName: "lastSync"
            Layout.fillWidth: true
            muted: true
            text: Sync.lastSyncText
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

            BLabel {
                objectName: "problemsError"
                Layout.fillWidth: true
                visible: text !== ""
                color: Theme.danger
                text: problems.errorText
                Accessible.role: Accessible.AlertMessage
            }

            Repeater {
                model: problems

                // Outer ids from a delegate: resolved at run time, not by qmllint 6.4.
                // qmllint disable unqualified
                SyncProblemRow {
                    required property var model
                    required property int index

                    problem: model
                    rowIndex: index
                    Layout.fillWidth: true
                    onOpenRequested: (entity, recordId, caseId, fosterHomeId) => panel.openRecord(entity, recordId, caseId, fosterHomeId)
                    onShowServerRequested: row => problems.showServerVersion(row)
                    onKeepMineRequested: row => problems.keepMine(row)
                    onTakeServerRequested: (row, title) => {
                        takeServerDialog.row = row;
                        takeServerDialog.recordTitle = title;
                        takeServerDialog.open();
                    }
                }
                // qmllint enable unqualified
            }
        }

        // Changes that wait only for the network: one row, and "Try again" syncs now.
        Pane {
            objectName: "waitingRow"
            Layout.fillWidth: true
            visible: Sync.waitingForConnection > 0
            padding: Theme.spacingM

            background: Rectangle {
                radius: Theme.radius
                color: Theme.background
                border.width: 1
                border.color: Theme.divider
            }

            RowLayout {
                width: parent.width
                spacing: Theme.spacingS

                BLabel {
                    objectName: "waitingText"
                    Layout.fillWidth: true
                    text: qsTr("%n change(s) waiting – no connection", "", Sync.waitingForConnection)
                }

                BButton {
                    objectName: "retryConnectionButton"
                    text: qsTr("Try again")
                    enabled: !Sync.busy
                    onClicked: Sync.syncNow()
                }
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
            onClicked: signOutDialog.open()
        }

        Item {
            Layout.fillWidth: true
        }

        BButton {
            objectName: "closeSyncButton"
            flat: true
            text: qsTr("Close")
            onClicked: panel.closeRequested()
        }
    }
}
