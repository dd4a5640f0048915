# SPDX-License-Identifier: GPL-3.0-or-later
"""A real barntid-server for the /boka tests: a temporary database, the demo seed and a free
port; plus urllib helpers that keep each family's cookies apart."""

import http.cookiejar
import datetime
import json
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """seed --demo into a fresh database, then serve it; extra serve arguments may be given."""

    def __init__(self, binary, database=None, extra=()):
        self.binary = binary
        self.dir = tempfile.mkdtemp(prefix="barntid-boka-")
        self.database = database or "sqlite:" + os.path.join(self.dir, "barntid.sqlite")
        self.extra = list(extra)
        self.procs = []

    def seed(self):
        self.cli("seed", "--demo")

    def cli(self, *args, stdin=None):
        out = subprocess.run([self.binary, *args, "--database", self.database], input=stdin,
                             capture_output=True, text=True, check=False)
        if out.returncode != 0:
            raise RuntimeError(f"{args[:2]} failed: {out.stderr[-500:]}")
        return out.stdout

    def serve(self, extra=(), env=None):
        """Starts one process; env adds to its environment."""
        port = free_port()
        with open(os.path.join(self.dir, f"serve-{port}.log"), "w") as log:
            proc = subprocess.Popen([self.binary, "serve", "--database", self.database,
                                     "--listen", f"127.0.0.1:{port}", *self.extra, *extra],
                                    stdout=log, stderr=subprocess.STDOUT,
                                    env=dict(os.environ, **env) if env else None)
        self.procs.append(proc)
        base = f"http://127.0.0.1:{port}"
        for _ in range(200):  # waiting for the port to open, not for a result
            if proc.poll() is not None:
                raise RuntimeError("barntid-server exited at start")
            try:
                urllib.request.urlopen(base + "/v1/health", timeout=1).read()
                return base
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("barntid-server did not start")

    def stop(self):
        for p in self.procs:
            p.terminate()
            p.wait(timeout=10)
        shutil.rmtree(self.dir, ignore_errors=True)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Family:
    """One browser's worth of cookies over urllib (no JavaScript, like the page needs)."""

    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())

    def request(self, method, path, fields=None, headers=None):
        data = urllib.parse.urlencode(fields).encode() if fields is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers=headers or {})
        try:
            with self.opener.open(req, timeout=60) as r:
                return r.status, r.headers, r.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as e:
            return e.code, e.headers, e.read().decode("utf-8", "replace")

    def sign_in(self, username, password="barntid-demo"):
        _, _, page = self.request("GET", "/boka")
        token = hidden(page, "token")
        status, headers, _ = self.request("POST", "/boka/logga-in", {
            "token": token, "anvandarnamn": username, "losenord": password})
        return status, headers

    def home(self):
        status, _, page = self.request("GET", "/boka")
        assert status == 200, status
        return page


def hidden(page, name, after=0):
    m = re.compile(r'name="%s" value="([^"]*)"' % re.escape(name)).search(page, after)
    return m.group(1) if m else None


def api_login(base, username, device_id):
    body = json.dumps({"username": username, "password": "barntid-demo", "device_id": device_id,
                       "device_name": "test"}).encode()
    req = urllib.request.Request(base + "/v1/auth/login", data=body, method="POST",
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.load(r)


def api(base, token, method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(base + path, data=data, method=method, headers={
        "Authorization": "Bearer " + token, "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.load(r)


def pull_all(base, token):
    records, since = {}, 0
    while True:
        page = api(base, token, "GET", f"/v1/sync/pull?since={since}&limit=1000")
        for c in page["changes"]:
            key = (c["entity"], c["id"])
            if c["op"] == "upsert":
                records[key] = c["data"]
            else:
                records.pop(key, None)
        since = page["next"]
        if not page["has_more"]:
            return records


def uuid7():
    ms = int(datetime.datetime.now().timestamp() * 1000)
    rand = uuid.uuid4().int & ((1 << 74) - 1)
    value = (ms << 80) | (0x7 << 76) | ((rand >> 62) << 64) | (0b10 << 62) | (rand & ((1 << 62) - 1))
    return str(uuid.UUID(int=value))


def push(base, token, *mutations):
    results = api(base, token, "POST", "/v1/sync/push", {"mutations": list(mutations)})["results"]
    for r in results:
        assert r["status"] == "applied", r
    return results


def upsert(entity, data):
    return {"mutation_id": uuid7(), "entity": entity, "op": "upsert", "id": data["id"],
            "base_version": None, "data": data}


def on_fresh_postgres(test, prefix, run):
    """run(url) on a database of its own in the BARNTID_TEST_POSTGRES cluster, dropped after;
    the test is skipped without a cluster."""
    cluster = os.environ.get("BARNTID_TEST_POSTGRES")
    if not cluster:
        test.skipTest("BARNTID_TEST_POSTGRES is not set (scripts/throwaway-postgres)")
    name = f"{prefix}_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    subprocess.run(["psql", cluster, "-q", "-c", f"CREATE DATABASE {name}"], check=True)
    try:
        run(urllib.parse.urlsplit(cluster)._replace(path="/" + name).geturl())
    finally:
        subprocess.run(["psql", cluster, "-q", "-c", f"DROP DATABASE IF EXISTS {name}"],
                       check=False)
