#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test inside a private D-Bus session with a real secret service (gnome-keyring, started
# unlocked in a throwaway home), so keystore tests never touch the user's own keyring or bus.
# With --hanging the session has instead a secret service that takes the bus name and never
# answers, to show that a stuck keystore costs one timeout and never hangs the store.
# Usage: with-secret-service.sh [--hanging] TEST [ARGS...]
# The test reads BARNTID_KEYSTORE_TEST: "secret-service" or "hanging" when that is running, or
# "skip:<reason>" when a package it needs is not installed (scripts/setup installs them).
set -euo pipefail

if [[ "${1:-}" != --inside ]]; then
  mode=secret-service
  [[ "${1:-}" == --hanging ]] && { mode=hanging; shift; }
  skip() {
    export BARNTID_KEYSTORE_TEST="skip:$1 is not installed (scripts/setup installs it)"
    shift
    exec "$@"
  }
  command -v dbus-run-session >/dev/null 2>&1 || skip dbus-run-session "$@"
  if [[ $mode == hanging ]]; then
    /usr/bin/python3 -c 'import dbus' 2>/dev/null || skip python3-dbus "$@"
  else
    command -v gnome-keyring-daemon >/dev/null 2>&1 || skip gnome-keyring "$@"
    command -v secret-tool >/dev/null 2>&1 || skip secret-tool "$@"
  fi
  exec dbus-run-session -- "$0" --inside "$mode" "$@"
fi
mode=$2
shift 2

scratch=$(mktemp -d)
silent=
cleanup() {
  [[ -n $silent ]] && kill "$silent" 2>/dev/null
  rm -rf "$scratch"
}
trap cleanup EXIT
# gnome-keyring keeps its keyring files and sockets under these; fresh ones per run.
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/.local/share"
export XDG_RUNTIME_DIR="$scratch/run" XDG_CONFIG_HOME="$scratch/home/.config"
export XDG_CACHE_HOME="$scratch/home/.cache"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"

if [[ $mode == hanging ]]; then
  # Owns org.freedesktop.secrets but never reads the bus: every call waits for an answer.
  /usr/bin/python3 -c '
import dbus, sys, time
dbus.SessionBus().request_name("org.freedesktop.secrets")
print("ready", flush=True)
time.sleep(600)' >"$scratch/ready" &
  silent=$!
  for _ in $(seq 100); do [[ -s "$scratch/ready" ]] && break; sleep 0.1; done
  [[ -s "$scratch/ready" ]] || { echo "the silent secret service did not start" >&2; exit 1; }
else
  # --unlock reads the new login keyring's password from stdin and creates it unlocked, so no
  # prompt is ever needed; the daemon ends with this D-Bus session.
  eval "$(printf 'test-only' | gnome-keyring-daemon --unlock --components=secrets)"
fi
export BARNTID_KEYSTORE_TEST=$mode
"$@"
