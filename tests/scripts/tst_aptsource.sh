#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# scripts/apt-bookworm-source takes the machine's own bookworm mirror for backports: an internal
# mirror in deb822 or one-line form is followed, disabled and security entries are not, and a
# machine without a bookworm source gets an error instead of a guessed host.
set -euo pipefail
script=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

mkdir -p "$tmp/a/sources.list.d"
cat >"$tmp/a/sources.list.d/security.sources" <<'SRC'
Types: deb
URIs: http://security.example.internal/debian-security
Suites: bookworm-security
Components: main
SRC
cat >"$tmp/a/sources.list.d/old.sources" <<'SRC'
Enabled: no
Types: deb
URIs: http://disabled.example.internal/debian
Suites: bookworm
Components: main
SRC
cat >"$tmp/a/sources.list.d/debian.sources" <<'SRC'
# the municipality's mirror
Types: deb deb-src
URIs: https://apt.kommun.example/debian
Suites: bookworm bookworm-updates
Components: main contrib
Signed-By: /usr/share/keyrings/kommun.gpg
SRC
out=$(APT_ROOT="$tmp/a" "$script") || fail "deb822 mirror not found"
grep -qx 'URIs: https://apt.kommun.example/debian' <<<"$out" || fail "deb822 URIs: $out"
grep -qx 'Suites: bookworm-backports' <<<"$out" || fail "suite: $out"
grep -qx 'Signed-By: /usr/share/keyrings/kommun.gpg' <<<"$out" || fail "keyring: $out"

mkdir -p "$tmp/b/sources.list.d"
cat >"$tmp/b/sources.list" <<'SRC'
# deb http://commented.example/debian bookworm main
deb [arch=amd64 signed-by=/etc/apt/keyrings/local.gpg] http://10.0.0.5/debian bookworm main
deb http://10.0.0.5/debian-security bookworm-security main
SRC
out=$(APT_ROOT="$tmp/b" "$script") || fail "one-line mirror not found"
grep -qx 'URIs: http://10.0.0.5/debian' <<<"$out" || fail "one-line URIs: $out"
grep -qx 'Signed-By: /etc/apt/keyrings/local.gpg' <<<"$out" || fail "one-line keyring: $out"

mkdir -p "$tmp/c/sources.list.d"
echo 'deb http://10.0.0.5/debian bullseye main' >"$tmp/c/sources.list"
if APT_ROOT="$tmp/c" "$script" >/dev/null; then fail "a machine without bookworm got a source"; fi

if grep -Eq 'deb\.debian\.org|ftp\.[a-z]+\.debian' "$(dirname "$script")/setup" "$script"; then
  fail "a mirror host is written in the setup scripts"
fi
echo "PASS"
