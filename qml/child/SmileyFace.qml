// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Shapes
import Barntid

// A face for one step of the 5-step scale, drawn (no emoji font needed): the same colour for
// every step, only the mouth changes from a frown (1) to a wide smile (5).
Item {
    id: face

    property int mood: 3

    implicitWidth: 96
    implicitHeight: 96

    Rectangle {
        anchors.fill: parent
        radius: width / 2
        color: ChildTheme.face
        border.width: 3
        border.color: ChildTheme.faceFeatures
    }

    Repeater {
        model: 2

        Rectangle {
            required property int index

            // Outer ids from a delegate: resolved at run time, not by qmllint 6.4.
            // qmllint disable unqualified
            width: face.width * 0.11
            height: width
            radius: width / 2
            color: ChildTheme.faceFeatures
            x: face.width * (index === 0 ? 0.3 : 0.59)
            y: face.height * 0.32
            // qmllint enable unqualified
        }
    }

    Shape {
        anchors.fill: parent

        ShapePath {
            strokeColor: ChildTheme.faceFeatures
            strokeWidth: Math.max(3, face.width * 0.05)
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            startX: face.width * 0.28
            startY: face.height * 0.66

            PathQuad {
                // 1 bends up into a frown, 3 is straight, 5 bends down into a smile.
                controlX: face.width * 0.5
                controlY: face.height * (0.66 + (face.mood - 3) * 0.09)
                x: face.width * 0.72
                y: face.height * 0.66
            }
        }
    }
}
