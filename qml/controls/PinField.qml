// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Barntid

// Masked input for the PIN or passphrase that unlocks the store: no prediction, no
// autocorrect, nothing the input method may learn. `digitsOnly` narrows it to a numeric PIN.
BTextField {
    id: control

    property bool digitsOnly: true

    echoMode: TextInput.Password
    passwordMaskDelay: 0
    maximumLength: digitsOnly ? 12 : 128
    validator: RegularExpressionValidator {
        regularExpression: control.digitsOnly ? /[0-9]*/ : /.*/
    }
    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhHiddenText | (digitsOnly ? Qt.ImhDigitsOnly : Qt.ImhNone)
    // Spaced dots are easier to count; the placeholder stays ordinary text.
    font.letterSpacing: length > 0 ? 4 : 0
}
