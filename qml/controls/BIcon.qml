// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Shapes
import Barntid

// A line icon drawn as a path in the given colour (so it follows the Theme in light and dark
// without image plugins). `name` picks one of the app's few icons; 24 × 24 units, scaled.
Item {
    id: icon

    property string name: ""
    property color color: Theme.text

    // Outlines on a 24-unit grid: drawn with a 2-unit stroke, no fill.
    readonly property var paths: ({
            "cases": "M3 6.5 Q3 5 4.5 5 L9.5 5 L11.5 7 L19.5 7 Q21 7 21 8.5 L21 18.5 Q21 20 19.5 20 L4.5 20 Q3 20 3 18.5 Z",
            "fosterHomes": "M3 11.5 L12 4 L21 11.5 M5.5 9.5 L5.5 20 L18.5 20 L18.5 9.5 M10 20 L10 14.5 L14 14.5 L14 20",
            "week": "M5 5 L19 5 Q20.5 5 20.5 6.5 L20.5 18.5 Q20.5 20 19 20 L5 20 Q3.5 20 3.5 18.5 L3.5 6.5 Q3.5 5 5 5 Z M3.5 10 L20.5 10 M8 3 L8 7 M16 3 L16 7",
            "lock": "M6.5 10.5 L17.5 10.5 Q19 10.5 19 12 L19 19 Q19 20.5 17.5 20.5 L6.5 20.5 Q5 20.5 5 19 L5 12 Q5 10.5 6.5 10.5 Z M8 10.5 L8 7.5 Q8 3.5 12 3.5 Q16 3.5 16 7.5 L16 10.5 M12 14.5 L12 16.5",
            "menu": "M12 4 L12 6 M12 11 L12 13 M12 18 L12 20",
            "back": "M15 5 L8 12 L15 19",
            "review": "M8.5 4.5 L6.5 4.5 Q5 4.5 5 6 L5 19.5 Q5 21 6.5 21 L17.5 21 Q19 21 19 19.5 L19 6 Q19 4.5 17.5 4.5 L15.5 4.5 M9 3 L15 3 L15 6 L9 6 Z M8.5 13.5 L11 16 L15.5 11",
            "team": "M3.5 20.5 L20.5 20.5 M6.5 17.5 L6.5 12 M11 17.5 L11 5.5 M15.5 17.5 L15.5 9.5 M20 17.5 L20 14",
            "schedule": "M5 5 L19 5 Q20.5 5 20.5 6.5 L20.5 18.5 Q20.5 20 19 20 L5 20 Q3.5 20 3.5 18.5 L3.5 6.5 Q3.5 5 5 5 Z M3.5 10 L20.5 10 M8 3 L8 7 M16 3 L16 7 M8.5 15 L11 17.5 L15.5 13",
            "meetings": "M4.5 4.5 L19.5 4.5 Q21 4.5 21 6 L21 14.5 Q21 16 19.5 16 L11 16 L6.5 20 L6.5 16 L4.5 16 Q3 16 3 14.5 L3 6 Q3 4.5 4.5 4.5 Z M7.5 9 L16.5 9 M7.5 12 L13.5 12",
            "childVoices": "M12 3 Q21 3 21 12 Q21 21 12 21 Q3 21 3 12 Q3 3 12 3 Z M9 9 L9 10.5 M15 9 L15 10.5 M8 14.5 Q12 18 16 14.5",
            "accessLog": "M2.5 12 Q12 3 21.5 12 Q12 21 2.5 12 Z M12 9 Q15 9 15 12 Q15 15 12 15 Q9 15 9 12 Q9 9 12 9 Z"
        })

    implicitWidth: 24
    implicitHeight: 24
    Accessible.ignored: true

    Shape {
        anchors.centerIn: parent
        width: 24
        height: 24
        scale: Math.min(icon.width, icon.height) / 24
        antialiasing: true

        ShapePath {
            strokeColor: icon.color
            strokeWidth: icon.name === "menu" ? 3 : 2
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            joinStyle: ShapePath.RoundJoin

            PathSvg {
                path: icon.paths[icon.name] ?? ""
            }
        }
    }
}
