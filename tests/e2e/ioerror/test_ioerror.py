# SPDX-License-Identifier: GPL-3.0-or-later
"""A disk that fails writes: barntid-server and barntid-cli run with a preloaded library
(eioshim) that makes writes and syncs to their database fail with EIO while a trigger file
exists. Whatever fails, the writer gets a clear error, nothing is half applied, every write
acknowledged before stays, and once the disk works again the same work goes through exactly once.

- server: a push whose database write fails is 503 storage_error with Retry-After; after the
  disk recovers the same push (same mutation ids) applies once, and its replay changes nothing.
- device, saving: `visit add` fails with exit 1 and "could not use the device's storage";
  every visit added before is still listed; after recovery a new one saves.
- device, pulling: the first sync of a large scope fails while applying pulled pages ("sync
  failed: local_store: … disk I/O error"); the store still opens; one more sync brings every
  record once.

usage: test_ioerror.py BARNTID_SERVER BARNTID_CLI EIOSHIM"""

import json
import os
import subprocess
import sys
import tempfile
import unittest
import uuid

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "diskfull"))
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "web"))
import test_diskfull as diskfull  # noqa: E402
from bokaserver import Server, api, api_login, pull_all  # noqa: E402

SERVER = CLI = SHIM = None
PIN = diskfull.PIN


class Failing:
    """The environment that makes a process's writes to files matching `match` fail once the
    trigger file exists (after `after` such writes)."""

    def __init__(self, match, after=0):
        self.dir = tempfile.mkdtemp(prefix="barntid-eio-")
        self.trigger = os.path.join(self.dir, "fail-now")
        self.env = {"LD_PRELOAD": SHIM, "BARNTID_EIO_MATCH": match,
                    "BARNTID_EIO_TRIGGER": self.trigger, "BARNTID_EIO_AFTER": str(after)}

    def start(self):
        open(self.trigger, "w").close()

    def stop(self):
        if os.path.exists(self.trigger):
            os.remove(self.trigger)

    def close(self):
        self.stop()
        os.rmdir(self.dir)


def cli(env, data, *args, stdin=None):
    full = dict(os.environ, BARNTID_PIN=PIN, **env)
    p = subprocess.run([CLI, "--data", data, "--json", *args], input=stdin, capture_output=True,
                       text=True, env=full, timeout=300)
    return p.returncode, p.stdout, p.stderr


class IoErrorTest(unittest.TestCase):
    def setUp(self):
        self.cleanups = []
        self.tmp = tempfile.mkdtemp(prefix="barntid-eio-data-")

    def tearDown(self):
        for c in reversed(self.cleanups):
            c()
        subprocess.run(["rm", "-rf", self.tmp], check=False)

    def failing(self, match, after=0):
        f = Failing(match, after)
        self.cleanups.append(f.close)
        return f

    def server(self, database=None, env=None):
        s = Server(SERVER, database)
        self.cleanups.append(s.stop)
        s.seed()
        return s, s.serve(env=env)

    def test_server_database_fails(self):
        disk = self.failing("eio-server.db")
        database = "sqlite:" + os.path.join(self.tmp, "eio-server.db")
        server, base = self.server(database, env=disk.env)
        token = api_login(base, "worker1", str(uuid.uuid4()))["token"]
        case_id = diskfull.DiskFullTest.worker_case(None, base, token)
        applied = []
        for _ in range(3):
            batch = [diskfull.visit(case_id) for _ in range(5)]
            status, body, _ = diskfull.DiskFullTest.post(base, token, {"mutations": batch})
            self.assertEqual(status, 200, body)
            applied += [m["id"] for m in batch]

        disk.start()
        batch = [diskfull.visit(case_id) for _ in range(5)]
        status, body, headers = diskfull.DiskFullTest.post(base, token, {"mutations": batch})
        self.assertEqual(status, 503, body)
        self.assertEqual(body["error"]["code"], "storage_error", body)
        self.assertTrue(headers.get("Retry-After"), "no Retry-After on storage_error")
        disk.stop()

        records = pull_all(base, token)
        for vid in applied:
            self.assertIn(("visit", vid), records, "an acknowledged visit is gone")
        for m in batch:
            self.assertNotIn(("visit", m["id"]), records, "a failed push left a visit behind")
        status, body, _ = diskfull.DiskFullTest.post(base, token, {"mutations": batch})
        self.assertEqual(status, 200, body)
        self.assertTrue(all(r["status"] == "applied" for r in body["results"]), body)
        status, body, _ = diskfull.DiskFullTest.post(base, token, {"mutations": batch})
        self.assertEqual(status, 200, body)
        records = pull_all(base, token)
        visits = [k for k in records if k[0] == "visit" and records[k].get("case_id") == case_id]
        self.assertEqual(len(visits), len(applied) + len(batch), "a visit doubled or went missing")

    def test_device_store_fails_on_save(self):
        disk = self.failing("barntid.db")
        data = os.path.join(self.tmp, "device")
        self.assertEqual(cli(disk.env, data, "init")[0], 0)
        rc, out, err = cli(disk.env, data, "case", "add", "--number", "EIO-1",
                           "--child-name", "Alva K")
        self.assertEqual(rc, 0, err)
        case_id = json.loads(out)["id"]
        saved = []
        for _ in range(3):
            rc, out, err = cli(disk.env, data, "visit", "add", "--case", case_id, "--kind",
                               "home", "--note", "Anteckning.")
            self.assertEqual(rc, 0, err)
            saved.append(json.loads(out)["id"])

        disk.start()
        rc, out, err = cli(disk.env, data, "visit", "add", "--case", case_id, "--kind", "home",
                           "--note", "Anteckning som inte får sparas till hälften.")
        self.assertEqual(rc, 1, out + err)
        self.assertIn("could not use the device's storage", err)
        self.assertIn("nothing was changed", err)
        disk.stop()

        rc, out, err = cli(disk.env, data, "visit", "list")
        self.assertEqual(rc, 0, err)
        self.assertEqual(sorted(v["id"] for v in json.loads(out)), sorted(saved))
        rc, out, err = cli(disk.env, data, "visit", "add", "--case", case_id, "--kind", "home",
                           "--note", "Anteckning.")
        self.assertEqual(rc, 0, err)
        rc, out, err = cli(disk.env, data, "visit", "list")
        self.assertEqual(len(json.loads(out)), len(saved) + 1)
        self.assertEqual(cli(disk.env, data, "unlock-check")[0], 0)

    def test_device_store_fails_on_pull(self):
        server, base = self.server()
        token = api_login(base, "worker1", str(uuid.uuid4()))["token"]
        case_id = diskfull.DiskFullTest.worker_case(None, base, token)
        for _ in range(12):
            api(base, token, "POST", "/v1/sync/push",
                {"mutations": [diskfull.visit(case_id, "Anteckning. " * 200) for _ in range(10)]})
        expected = {k[1] for k, v in pull_all(base, token).items()
                    if k[0] == "visit" and v.get("case_id") == case_id}
        self.assertEqual(len(expected), 120)

        # The unlock and the sign-in take the first few dozen writes and a clean first sync makes
        # between 250 and 500 here, nearly all of them applying the pulled page: the 101st
        # fails inside that apply.
        disk = self.failing("barntid.db", after=100)
        data = os.path.join(self.tmp, "device")
        self.assertEqual(cli(disk.env, data, "init")[0], 0)
        sync = ("sync", "--server", base, "--username", "worker1", "--password-stdin",
                "--retries", "0")
        disk.start()
        rc, out, err = cli(disk.env, data, *sync, stdin="barntid-demo\n")
        self.assertEqual(rc, 1, out + err)
        self.assertIn("sync failed: local_store", err)
        self.assertIn("I/O error", err)
        disk.stop()
        rc, out, err = cli(disk.env, data, "unlock-check")
        self.assertEqual(rc, 0, "the store is damaged after an I/O error: " + err)

        rc, out, err = cli(disk.env, data, *sync, stdin="barntid-demo\n")
        self.assertEqual(rc, 0, out + err)
        rc, out, err = cli(disk.env, data, "visit", "list", "--case", case_id)
        self.assertEqual(rc, 0, err)
        ids = [v["id"] for v in json.loads(out)]
        self.assertEqual(len(ids), len(set(ids)), "a pulled visit doubled")
        self.assertEqual(set(ids), expected)


if __name__ == "__main__":
    SERVER, CLI, SHIM = sys.argv.pop(1), sys.argv.pop(1), sys.argv.pop(1)
    unittest.main(verbosity=2)
