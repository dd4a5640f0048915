# SPDX-License-Identifier: GPL-3.0-or-later
"""20 families in 20 homes of one worker send the /boka book form for the same time at once:
exactly one booking exists (seen through the worker's pull), 19 pages say the time is no longer
free, and replaying the winner's form keeps one booking. On SQLite, and on PostgreSQL when
BARNTID_TEST_POSTGRES is set (a database of its own is created there).

usage: test_boka_race.py BARNTID_SERVER"""

import datetime
import os
import subprocess
import sys
import threading
import unittest
import urllib.parse
import uuid
from zoneinfo import ZoneInfo

from bokaserver import (Family, Server, api_login, hidden, on_fresh_postgres, pull_all, push,
                        upsert, uuid7)

BINARY = None
FAMILIES = 20
TAKEN = "Tiden är inte längre ledig."


def evening_time(days_ahead):
    """18:00–18:45 Stockholm time on a Thursday at least days_ahead from now."""
    tz = ZoneInfo("Europe/Stockholm")
    day = datetime.datetime.now(tz).date() + datetime.timedelta(days=days_ahead)
    while day.weekday() != 3:
        day += datetime.timedelta(days=1)
    start = datetime.datetime(day.year, day.month, day.day, 18, 0, tzinfo=tz)
    return start.isoformat(), (start + datetime.timedelta(minutes=45)).isoformat()


class Race:
    """The one race, on the server's database."""

    def __init__(self, server):
        self.server = server
        server.seed()
        self.base = server.serve()
        self.worker = api_login(self.base, "worker1", str(uuid.uuid4()))["token"]
        homes = [{"id": uuid7(), "name": f"Familjehem {i}"} for i in range(FAMILIES)]
        push(self.base, self.worker, *[upsert("foster_home", h) for h in homes])
        self.families = []
        for i, home in enumerate(homes):
            name = f"racefamilj{i}"
            server.cli("user", "add", "--username", name, "--display-name", f"Familj {i}",
                       "--role", "foster_parent", "--foster-home", home["id"], "--password-stdin",
                       stdin="barntid-demo\n")
            family = Family(self.base)
            status, _ = family.sign_in(name)
            assert status == 303, status
            self.families.append(family)
        starts, ends = evening_time(9)
        self.slot = uuid7()
        push(self.base, self.worker, upsert("slot", {
            "id": self.slot, "starts_at": starts, "ends_at": ends, "place": "Familjehemsenheten"}))

    def form(self, family):
        page = family.home()
        at = page.index(f'name="tid" value="{self.slot}"')
        return {"csrf": hidden(page, "csrf"), "tid": self.slot,
                "begaran": hidden(page, "begaran", at), "agare": hidden(page, "agare", at),
                "start": hidden(page, "start", at), "syfte": "Vi vill prata om hösten"}

    def active_bookings(self):
        records = pull_all(self.base, self.worker)
        return [d for (entity, _), d in records.items() if entity == "booking"
                and d.get("slot_id") == self.slot and d.get("status") != "cancelled"]


class BokaRaceTest(unittest.TestCase):
    def run_race(self, database=None):
        server = Server(BINARY, database)
        try:
            race = Race(server)
            forms = [race.form(f) for f in race.families]
            start = threading.Barrier(FAMILIES)
            answers = [None] * FAMILIES

            def send(i):
                start.wait()
                answers[i] = race.families[i].request("POST", "/boka/boka", forms[i])

            threads = [threading.Thread(target=send, args=(i,)) for i in range(FAMILIES)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            won = [i for i, a in enumerate(answers) if a[0] == 303]
            lost = [i for i, a in enumerate(answers) if a[0] == 409 and TAKEN in a[2]]
            self.assertEqual(len(won), 1, [a[0] for a in answers])
            self.assertEqual(len(lost), FAMILIES - 1)
            # The loser keeps what was typed, offered for the worker's nearest free times.
            alert = answers[lost[0]][2]
            alert = alert[alert.index('role="alert"'):alert.index("Mina bokningar")]
            self.assertIn("Närmaste lediga tider", alert)
            self.assertEqual(alert.count('name="tid"'), 3)
            self.assertEqual(alert.count("Vi vill prata om hösten"), 3)
            self.assertEqual(len(race.active_bookings()), 1)
            winner = race.families[won[0]]
            self.assertEqual(winner.request("POST", "/boka/boka", forms[won[0]])[0], 303)
            self.assertEqual(len(race.active_bookings()), 1, "a replay made a second booking")
            self.assertIn("Väntar på bekräftelse", winner.home())
        finally:
            server.stop()

    def test_sqlite(self):
        self.run_race()

    def test_postgresql(self):
        on_fresh_postgres(self, "boka_race", self.run_race)


if __name__ == "__main__":
    BINARY = sys.argv.pop(1)
    unittest.main(verbosity=2)
