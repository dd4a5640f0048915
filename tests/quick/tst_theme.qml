// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Barntid

// The Theme's text-carrying colour pairs meet WCAG 2.1 AA in both palettes.
TestCase {
    name: "Theme"

    // WCAG relative luminance of a QML color (channels 0..1).
    function luminance(c) {
        const channel = v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
    }

    function contrast(a, b) {
        const la = luminance(a);
        const lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    function cleanup() {
        Theme.dark = false;
    }

    function test_contrast_data() {
        return [{
                "tag": "light",
                "dark": false
            }, {
                "tag": "dark",
                "dark": true
            }];
    }

    function test_contrast(data) {
        Theme.dark = data.dark;
        // [foreground, background, minimum ratio]: 4.5 for text, 3 for non-text UI (1.4.11).
        const pairs = [["text", "background", 4.5], ["text", "surface", 4.5], ["textMuted", "background", 4.5], ["textMuted", "surface", 4.5], ["textOnPrimary", "primary", 4.5], ["primary", "background", 4.5], ["danger", "background", 4.5], ["warning", "background", 4.5], ["success", "background", 4.5], ["accent", "background", 3], ["focus", "background", 3], ["outline", "background", 3]];
        for (const [fg, bg, minimum] of pairs) {
            const ratio = contrast(Theme[fg], Theme[bg]);
            verify(ratio >= minimum, `${fg} on ${bg}: ${ratio.toFixed(2)} < ${minimum}`);
        }
    }

    function test_darkSwitchesPalette() {
        Theme.dark = false;
        const light = [Theme.background, Theme.text, Theme.primary].map(String);
        Theme.dark = true;
        const dark = [Theme.background, Theme.text, Theme.primary].map(String);
        for (let i = 0; i < light.length; ++i)
            verify(light[i] !== dark[i], `colour ${i} is the same in both palettes`);
        verify(luminance(Theme.background) < luminance(Theme.text), "dark background is darker than its text");
    }
}
