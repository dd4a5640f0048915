#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a QML file formats a point in time itself: JavaScript's and Qt's formatting use
the device's own time zone, and every time on screen is Europe/Stockholm (StockholmTime).
Calendar days picked in the date controls (qml/controls, a date without a time) may still use
toLocaleDateString."""
import argparse
import pathlib
import re
import sys

ANYWHERE = re.compile(r"Qt\.format(Time|Date|DateTime)\s*\(|\.toLocale(Time)?String\s*\(|\.get(Hours|Minutes)\s*\(")
OUTSIDE_CONTROLS = re.compile(r"\.toLocaleDateString\s*\(")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("qml_dir", type=pathlib.Path)
    args = parser.parse_args()
    problems = []
    files = sorted(args.qml_dir.rglob("*.qml"))
    for path in files:
        in_controls = "controls" in path.relative_to(args.qml_dir).parts
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if ANYWHERE.search(line) or (not in_controls and OUTSIDE_CONTROLS.search(line)):
                problems.append(f"{path}:{number}: formats a time itself (use StockholmTime): {line.strip()}")
    if not files:
        problems.append(f"no QML files under {args.qml_dir}")
    for problem in problems:
        print(problem)
    print(f"{len(files)} QML files, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
