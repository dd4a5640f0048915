# SPDX-License-Identifier: GPL-3.0-or-later
"""The TLS front of deploy/haproxy/barntid.cfg, that very file with only its ports, certificate
and log target changed, in front of three barntid-server processes on one database (SQLite, and
PostgreSQL when BARNTID_TEST_POSTGRES is set): TLS ends at HAProxy; a session made through it
works whichever process answers; every process serves; a process stopped mid-run costs no
request, a push included.

usage: test_front.py BARNTID_SERVER DEPLOY_DIR"""

import json
import os
import re
import shutil
import ssl
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.error
import urllib.parse
import urllib.request
import uuid

from bokaserver import Server, free_port, on_fresh_postgres, upsert, uuid7

BINARY = None
DEPLOY = None


class Front:
    """HAProxy with the repository's configuration, on a free loopback port."""

    def __init__(self, backends, directory):
        self.dir = directory
        self.port = free_port()
        crt, key, pem = (os.path.join(directory, n) for n in ("front.crt", "front.key", "front.pem"))
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                        "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1",
                        "-keyout", key, "-out", crt], check=True, capture_output=True)
        with open(pem, "w") as out, open(crt) as c, open(key) as k:
            out.write(c.read() + k.read())
        with open(os.path.join(DEPLOY, "haproxy", "barntid.cfg")) as f:
            config = f.read()
        config = config.replace("bind :443", f"bind 127.0.0.1:{self.port}")
        config = config.replace("/etc/haproxy/barntid.pem", pem)
        config = config.replace("log /dev/log local0", "log stderr format raw local0")
        for i, port in enumerate(backends):
            config = config.replace(f"127.0.0.1:878{i + 1}", f"127.0.0.1:{port}")
        assert not re.search(r"127\.0\.0\.1:878\d", config), "a backend of the file not replaced"
        self.config = os.path.join(directory, "haproxy.cfg")
        with open(self.config, "w") as out:
            out.write(config)
        check = subprocess.run(["haproxy", "-c", "-f", self.config], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
        self.log = open(os.path.join(directory, "haproxy.log"), "w")
        self.proc = subprocess.Popen(["haproxy", "-db", "-f", self.config], stdout=self.log,
                                     stderr=subprocess.STDOUT)
        self.context = ssl.create_default_context(cafile=crt)
        self.base = f"https://127.0.0.1:{self.port}"
        for _ in range(200):  # waiting for the port to open, not for a result
            try:
                self.request("GET", "/v1/health")
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("haproxy did not start")

    def request(self, method, path, token=None, body=None, headers=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json", **(headers or {})})
        if token:
            req.add_header("Authorization", "Bearer " + token)
        try:
            with urllib.request.urlopen(req, timeout=60, context=self.context) as r:
                return r.status, r.headers, self.body(r.read())
        except urllib.error.HTTPError as e:
            return e.code, e.headers, self.body(e.read())

    @staticmethod
    def body(raw):
        """The server answers JSON; HAProxy's own error pages are HTML, kept as text."""
        try:
            return json.loads(raw or b"null")
        except ValueError:
            return raw.decode("utf-8", "replace")

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=10)
        self.log.close()


def served(server, port):
    """Requests answered by the process on this port, from its own log."""
    with open(os.path.join(server.dir, f"serve-{port}.log")) as log:
        return sum(1 for line in log if "/v1/" in line and "barntid.server.http" in line)


class FrontTest(unittest.TestCase):
    def run_front(self, database=None):
        server = Server(BINARY, database, extra=["--trusted-proxy", "127.0.0.1"])
        directory = tempfile.mkdtemp(prefix="barntid-front-")
        front = None
        try:
            server.seed()
            ports = [int(server.serve().rsplit(":", 1)[1]) for _ in range(3)]
            front = Front(ports, directory)

            status, headers, body = front.request("GET", "/v1/health")
            self.assertEqual(status, 200)
            self.assertIn("max-age=", headers.get("Strict-Transport-Security", ""))

            status, _, login = front.request("POST", "/v1/auth/login", body={
                "username": "worker1", "password": "barntid-demo",
                "device_id": str(uuid.uuid4()), "device_name": "front"})
            self.assertEqual(status, 200, login)
            token = login["token"]
            before = [served(server, p) for p in ports]
            for _ in range(30):
                status, _, page = front.request("GET", "/v1/sync/pull?since=0&limit=5", token)
                self.assertEqual(status, 200, page)
            after = [served(server, p) for p in ports]
            for port, b, a in zip(ports, before, after):
                self.assertGreater(a, b, f"the process on {port} served nothing through the front")

            # One process stops (as in an upgrade or a crash): nothing a device sends is lost.
            server.procs[0].terminate()
            server.procs[0].wait(timeout=10)
            visits = []
            for i in range(10):
                case = {"id": uuid7(), "case_number": f"FRONT-{i}", "child_name": "Alva K"}
                status, _, answer = front.request("POST", "/v1/sync/push", token,
                                                  {"mutations": [upsert("case", case)]})
                self.assertEqual(status, 200, answer)
                self.assertEqual(answer["results"][0]["status"], "applied", answer)
                visits.append(case["id"])
                status, _, page = front.request("GET", "/v1/sync/pull?since=0&limit=1", token)
                self.assertEqual(status, 200, page)
            for case_id in visits:
                status, _, record = front.request("GET", f"/v1/records/case/{case_id}", token)
                self.assertEqual(status, 200, record)
        finally:
            if front:
                front.stop()
            server.stop()
            shutil.rmtree(directory, ignore_errors=True)

    def test_sqlite(self):
        self.run_front()

    def test_postgresql(self):
        on_fresh_postgres(self, "front", self.run_front)


if __name__ == "__main__":
    BINARY = sys.argv.pop(1)
    DEPLOY = sys.argv.pop(1)
    unittest.main(verbosity=2)
