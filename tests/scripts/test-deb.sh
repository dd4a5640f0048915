#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The barntid-server Debian package (issue 15, item 7).
#   test-deb.sh package BUILD_DIR SOURCE_DIR   cpack builds it; its control data, files, conffiles
#                                              and units are checked without installing it
#   test-deb.sh install BUILD_DIR SOURCE_DIR   dpkg -i on this machine (root only; exit 77 = skip):
#                                              the service user, systemd-analyze verify, the unit's
#                                              ExecStart run as that user on SQLite and PostgreSQL
#                                              (BARNTID_TEST_POSTGRES), the contract check against
#                                              the installed binary, then dpkg --purge
set -euo pipefail
mode=$1 build=$(cd "$2" && pwd) source=$(cd "$3" && pwd)
packages=$build/packages
fail() { echo "test-deb: $*" >&2; exit 1; }

deb() { ls "$packages"/barntid-server_*.deb 2>/dev/null | head -n 1 || true; }
# Written before dpkg -i and removed after the purge: a run killed in between (a ctest timeout
# sends SIGKILL, no trap runs) leaves it, and the next run purges its own leftover.
marker=/var/lib/barntid-test-deb.installed

if [[ $mode == package ]]; then
  rm -rf "$packages"
  (cd "$build" && cpack -G DEB >/dev/null) || fail "cpack failed"
  file=$(deb)
  [[ -n $file ]] || fail "no barntid-server_*.deb in $packages"
  info=$(dpkg-deb --info "$file")
  contents=$(dpkg-deb --contents "$file")
  grep -q '^ Package: barntid-server$' <<<"$info" || fail "package name"
  depends=$(dpkg-deb --field "$file" Depends)
  for dep in adduser fonts-dejavu-core libqt6sql6-psql libqt6sql6-sqlite libqt6httpserver6 \
             libsodium23 libqt6gui6; do
    grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep: $depends"
  done
  for path in ./usr/bin/barntid-server ./usr/lib/systemd/system/barntid-server@.service \
              ./usr/lib/systemd/system/barntid-journal-export.service \
              ./usr/lib/systemd/system/barntid-journal-export.timer \
              ./etc/barntid/barntid-server.env ./etc/barntid/server.json \
              ./usr/share/doc/barntid-server/operations.md ./usr/share/doc/barntid-server/copyright \
              ./usr/share/doc/barntid-server/examples/haproxy/barntid.cfg; do
    grep -q " $path\$" <<<"$contents" || fail "$path is not in the package"
  done
  # Nothing of the app, the CLI or the tests rides along, and nothing writable by everyone.
  if grep -E 'barntid-cli|/tst_|bench_' <<<"$contents"; then fail "more than the server is packaged"; fi
  if awk '{print $1}' <<<"$contents" | grep -E '^.{8}w'; then fail "a file writable by others"; fi
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  dpkg-deb --control "$file" "$tmp/control"
  diff <(sort "$tmp/control/conffiles") <(sort "$source/deploy/debian/conffiles") \
    || fail "conffiles differ"
  for script in postinst prerm postrm; do
    [[ -x $tmp/control/$script ]] || fail "$script missing or not executable"
    sh -n "$tmp/control/$script" || fail "$script is not valid sh"
  done
  # The binary in the package is stripped and starts.
  dpkg-deb --extract "$file" "$tmp/root"
  usage=$("$tmp/root/usr/bin/barntid-server" 2>&1 || true)
  grep -q 'serve' <<<"$usage" || fail "the packaged binary does not start: $usage"
  if readelf -S "$tmp/root/usr/bin/barntid-server" | grep -q '\.debug_info'; then
    fail "the packaged binary is not stripped"
  fi
  echo "test-deb: $(basename "$file") ($(du -h "$file" | cut -f1)) checked"
  exit 0
fi

[[ $mode == install ]] || fail "usage: test-deb.sh package|install BUILD_DIR SOURCE_DIR"
if [[ $(id -u) -ne 0 ]]; then
  echo "test-deb: skipped: installing a package needs root (CI runs as root)"
  exit 77
fi
if [[ -e $marker ]]; then
  echo "test-deb: purging the package an interrupted earlier run left installed"
  dpkg --purge barntid-server >/dev/null 2>&1 || true
  rm -f "$marker"
fi
if dpkg-query -W -f='${Status}' barntid-server 2>/dev/null | grep -q 'installed'; then
  echo "test-deb: skipped: a barntid-server package is already installed here; not touching it"
  exit 77
fi
file=$(deb)
[[ -n $file ]] || fail "no package: run the deb_package test first"

tmp=$(mktemp -d)
chmod 0755 "$tmp"
server_pid=
cleanup() {
  [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  { dpkg --purge barntid-server >/dev/null 2>&1 && rm -f "$marker"; } || true
  rm -rf "$tmp"
}
trap cleanup EXIT

touch "$marker"
dpkg -i "$file" >"$tmp/dpkg.log" 2>&1 || { cat "$tmp/dpkg.log"; fail "dpkg -i failed"; }
getent passwd barntid | grep -q ':/var/lib/barntid:' || fail "no system user barntid"
[[ $(stat -c '%U:%G %a' /var/lib/barntid) == "barntid:barntid 750" ]] || fail "/var/lib/barntid"
[[ $(stat -c '%U:%G %a' /etc/barntid/barntid-server.env) == "root:barntid 640" ]] \
  || fail "the environment file is readable by others"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# The template as the instance this test runs (its port), beside the export units.
mkdir -p "$tmp/units"
cp "/usr/lib/systemd/system/barntid-server@.service" "$tmp/units/barntid-server@$port.service"
out=$(systemd-analyze verify "$tmp/units/barntid-server@$port.service" \
      /usr/lib/systemd/system/barntid-journal-export.service \
      /usr/lib/systemd/system/barntid-journal-export.timer 2>&1) || { echo "$out"; fail "verify"; }
[[ -z $out ]] || { echo "$out"; fail "systemd-analyze verify complained"; }

# The unit's ExecStart, as systemd would run it for instance $port: its user, its environment
# file, its runtime folder.
exec_start=$(sed -n 's/^ExecStart=//p' /usr/lib/systemd/system/barntid-server@.service)
[[ $exec_start == '/usr/bin/barntid-server serve --listen 127.0.0.1:%i $BARNTID_SERVE_OPTIONS' ]] \
  || fail "unexpected ExecStart: $exec_start"
runtime=$tmp/run
install -d -o barntid -g barntid -m 0700 "$runtime"

serve() { # DATABASE_OPTION...
  # shellcheck disable=SC1091
  options="--listen 127.0.0.1:$port $(. /etc/barntid/barntid-server.env && echo "$BARNTID_SERVE_OPTIONS")"
  [[ $# -gt 0 ]] && options=$(sed -E "s#--database [^ ]+#--database $1#" <<<"$options")
  # shellcheck disable=SC2086
  # setpriv, not runuser: it becomes the server process itself, so SIGTERM reaches the server.
  setpriv --reuid=barntid --regid=barntid --init-groups --inh-caps=-all -- \
    env -i PATH=/usr/bin:/bin HOME=/var/lib/barntid USER=barntid XDG_RUNTIME_DIR="$runtime" \
    /usr/bin/barntid-server serve $options >"$tmp/serve.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 100); do
    curl -fsS "http://127.0.0.1:$port/v1/health" >/dev/null 2>&1 && return 0
    kill -0 "$server_pid" 2>/dev/null || { cat "$tmp/serve.log"; fail "serve exited"; }
    sleep 0.2
  done
  cat "$tmp/serve.log"
  fail "serve did not answer"
}
stop() {
  kill "$server_pid"
  wait "$server_pid" || fail "serve did not stop cleanly on SIGTERM"
  server_pid=
}

serve
[[ -f /var/lib/barntid/barntid-server.db ]] || fail "the SQLite database is not in /var/lib/barntid"
[[ $(stat -c '%U' /var/lib/barntid/barntid-server.db) == barntid ]] || fail "database owner"
stop

if [[ -n ${BARNTID_TEST_POSTGRES:-} ]]; then
  # A fresh database in the test cluster: the installed server creates its schema on start.
  db=barntid_deb_$$
  admin=${BARNTID_TEST_POSTGRES%/*}/postgres
  psql -q "$admin" -c "CREATE DATABASE $db" || fail "cannot create $db"
  serve "${BARNTID_TEST_POSTGRES%/*}/$db"
  stop
  tables=$(psql -tA "${BARNTID_TEST_POSTGRES%/*}/$db" \
           -c "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
  psql -q "$admin" -c "DROP DATABASE $db" || true
  [[ $tables -gt 5 ]] || fail "no schema on PostgreSQL after the start ($tables tables)"
fi

# The shared contract check against the installed binary (the CLI is not in this package).
contract=$(dirname "$source")/shared/checks/contract-smoke
if [[ -f $contract ]]; then
  mkdir -p "$tmp/installed"
  ln -s /usr/bin/barntid-server "$tmp/installed/barntid-server"
  python3 "$contract" "$tmp/installed" | tail -n 1 | tee "$tmp/contract.log"
  grep -q ' 0 failed' "$tmp/contract.log" || fail "the contract check failed on the installed binary"
else
  echo "test-deb: no contract check at $contract"
fi

dpkg --purge barntid-server >/dev/null || fail "dpkg --purge failed"
rm -f "$marker"
[[ ! -e /usr/bin/barntid-server && ! -e /etc/barntid ]] || fail "purge left files behind"
echo "test-deb: installed, verified, served from SQLite${BARNTID_TEST_POSTGRES:+ and PostgreSQL}, purged"
