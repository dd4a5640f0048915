#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# systemd-analyze verify on the units in deploy/, with ExecStart pointing at the built
# barntid-server (verify checks that the binary exists). Usage: verify-units.sh DEPLOY_DIR SERVER
set -euo pipefail
deploy=$1 server=$2
command -v systemd-analyze >/dev/null || { echo "systemd-analyze missing (Debian: systemd)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for unit in "$deploy"/*.service "$deploy"/*.timer; do
  name=$(basename "$unit")
  # A template is verified as one of its instances (the instance is a port).
  sed "s#/usr/bin/barntid-server#$server#" "$unit" > "$tmp/${name/@./@8787.}"
done
cd "$tmp"
out=$(systemd-analyze verify ./*.service ./*.timer 2>&1) || { echo "$out"; exit 1; }
# verify exits 0 on some complaints; any line it prints is one.
if [ -n "$out" ]; then echo "$out"; exit 1; fi
echo "verified: $(ls)"
