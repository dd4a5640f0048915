#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Independent check of Barntid's calendar files (ctest ics_validate).

Runs the sample writer (argv[1]) into a fresh folder and parses each file back with Debian's
`icalendar`: the event times, resolved through the file's own VTIMEZONE, must be the UTC
instants written, and no purpose, reason, address or home id may appear."""
import datetime
import subprocess
import sys
import tempfile
from pathlib import Path

import icalendar

UTC = datetime.timezone.utc
EXPECTED = {
    # file: (uid, sequence, method, status, start UTC, end UTC, location, url)
    "winter.ics": ("0193a1b2-c3d4-7e5f-8a6b-000000000001@barntid", 0, "PUBLISH", "TENTATIVE",
                   datetime.datetime(2026, 12, 8, 16, 0, tzinfo=UTC),
                   datetime.datetime(2026, 12, 8, 16, 45, tzinfo=UTC),
                   "Familjehemsenheten, Storgatan 1; rum 3, plan 2", None),
    "summer.ics": ("0193a1b2-c3d4-7e5f-8a6b-000000000002@barntid", 2, "PUBLISH", "CONFIRMED",
                   datetime.datetime(2027, 6, 15, 15, 0, tzinfo=UTC),
                   datetime.datetime(2027, 6, 15, 15, 45, tzinfo=UTC),
                   "Videomöte", "https://video.example.se/m/abc-123"),
    # 01:30-02:15 local on the night clocks go forward: the end is already summer time.
    "cancelled.ics": ("0193a1b2-c3d4-7e5f-8a6b-000000000003@barntid", 4, "CANCEL", "CANCELLED",
                      datetime.datetime(2027, 3, 28, 0, 30, tzinfo=UTC),
                      datetime.datetime(2027, 3, 28, 1, 15, tzinfo=UTC),
                      "Familjehemsenheten, Storgatan 1; rum 3, plan 2", None),
}
FORBIDDEN = ["HEMLIG", "Kalle", "2026-0042", "familj@example.se",
             "0193a1b2-c3d4-7e5f-9a6b-7c8d9e0f1a2c"]
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)


def instant(prop, zone):
    """The UTC instant of DTSTART/DTEND, read through the file's VTIMEZONE, not the reader's."""
    check(prop.params.get("TZID") == "Europe/Stockholm", "TZID is Europe/Stockholm")
    naive = prop.dt.replace(tzinfo=None)
    return zone.localize(naive).astimezone(UTC)


def validate(name, raw):
    uid, seq, method, status, start, end, location, url = EXPECTED[name]
    lines = raw.split(b"\r\n")
    check(lines[-1] == b"" and b"\n" not in b"".join(lines), f"{name}: CRLF line ends")
    check(all(len(line) <= 75 for line in lines), f"{name}: lines of at most 75 octets")
    for line in lines:
        line.decode("utf-8")  # a cut UTF-8 sequence raises here
    text = raw.decode("utf-8")
    for word in FORBIDDEN:
        check(word not in text.replace("\r\n ", ""), f"{name}: {word!r} must not appear")
    cal = icalendar.Calendar.from_ical(raw)
    check(str(cal["VERSION"]) == "2.0", f"{name}: VERSION")
    check(bool(str(cal.get("PRODID", ""))), f"{name}: PRODID")
    check(str(cal["METHOD"]) == method, f"{name}: METHOD {method}")
    zones = cal.walk("VTIMEZONE")
    check(len(zones) == 1 and str(zones[0]["TZID"]) == "Europe/Stockholm",
          f"{name}: one VTIMEZONE Europe/Stockholm")
    zone = zones[0].to_tz()
    events = cal.walk("VEVENT")
    check(len(events) == 1, f"{name}: one VEVENT")
    ev = events[0]
    check(str(ev["UID"]) == uid, f"{name}: UID {ev.get('UID')}")
    check(int(ev["SEQUENCE"]) == seq, f"{name}: SEQUENCE {ev.get('SEQUENCE')}")
    check(str(ev["STATUS"]) == status, f"{name}: STATUS {ev.get('STATUS')}")
    check(ev["DTSTAMP"].dt == datetime.datetime(2026, 12, 1, 9, 30, tzinfo=UTC),
          f"{name}: DTSTAMP in UTC")
    got_start, got_end = instant(ev["DTSTART"], zone), instant(ev["DTEND"], zone)
    check(got_start == start, f"{name}: DTSTART {got_start} != {start}")
    check(got_end == end, f"{name}: DTEND {got_end} != {end}")
    check(str(ev["LOCATION"]) == location, f"{name}: LOCATION {ev.get('LOCATION')!r}")
    check(str(ev["SUMMARY"]) == "Möte med Åsa Öberg-Ärlig 😀 med ett långt namn",
          f"{name}: SUMMARY {ev.get('SUMMARY')!r}")
    check((str(ev["URL"]) if "URL" in ev else None) == url, f"{name}: URL")
    check("Familjehemsenheten Ludvika" in str(ev.get("DESCRIPTION", "")),
          f"{name}: the unit in DESCRIPTION")


def main():
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.argv[1], folder], check=True)
        files = sorted(Path(folder).glob("*.ics"))
        check([f.name for f in files] == sorted(EXPECTED), "the sample wrote every file")
        for f in files:
            validate(f.name, f.read_bytes())
    for f in failures:
        print("FAIL:", f)
    checked = len(EXPECTED)
    print(f"{checked - len({f.split(':')[0] for f in failures})} passed, "
          f"{len({f.split(':')[0] for f in failures})} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
