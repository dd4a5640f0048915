// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Barntid
import Barntid.Models

// Creates a foster home on the device (it syncs later): its name, contact persons and phone.
BFormDialog {
    id: dialog

    property FosterHomeListModel model

    signal created(string homeId)

    function submit() {
        if (!model)
            return;
        const id = model.createFosterHome(nameField.text, personsField.text, phoneField.text);
        if (id === "")
            return;
        dialog.close();
        dialog.created(id);
    }

    title: qsTr("New foster home")
    onAboutToShow: {
        nameField.clear();
        personsField.clear();
        phoneField.clear();
        nameField.forceActiveFocus();
    }

    BTextField {
        id: nameField

        objectName: "fosterHomeNameField"
        Layout.fillWidth: true
        label: qsTr("Name of the foster home")
        placeholderText: qsTr("e.g. Familjen Berg")
    }

    BTextField {
        id: personsField

        objectName: "contactPersonsField"
        Layout.fillWidth: true
        label: qsTr("Contact persons")
        placeholderText: qsTr("Optional")
    }

    BTextField {
        id: phoneField

        objectName: "phoneField"
        Layout.fillWidth: true
        label: qsTr("Phone")
        placeholderText: qsTr("Optional")
        inputMethodHints: Qt.ImhDialableCharactersOnly
    }

    BLabel {
        objectName: "newFosterHomeError"
        Layout.fillWidth: true
        visible: text !== ""
        color: Theme.danger
        text: dialog.model ? dialog.model.errorText : ""
        Accessible.role: Accessible.AlertMessage
    }

    // Right-aligned, the main action rightmost; on a narrow phone the buttons wrap instead of
    // running out of the dialog.
    Flow {
        Layout.fillWidth: true
        layoutDirection: Qt.RightToLeft
        spacing: Theme.spacingS

        BButton {
            objectName: "createFosterHomeButton"
            text: qsTr("Create foster home")
            highlighted: true
            onClicked: dialog.submit()
        }

        BButton {
            text: qsTr("Cancel")
            flat: true
            onClicked: dialog.close()
        }
    }
}
