#!/usr/bin/env bash
# Makes sure the Debian browsers the browser tests (tests/e2e/) drive are installed:
#   bash scripts/ensure-browser.sh chromium firefox
# Quick and silent-ish for a browser that is there; installs the missing ones with apt in one go
# (CI is a fresh Debian machine and runs as root; else sudo). Exits 1 if any is still missing.
set -euo pipefail

# NAME → the executable the harness launches, and the Debian package that provides it.
declare -A EXECUTABLE=([chromium]=/usr/bin/chromium [firefox]=/usr/bin/firefox-esr)
declare -A PACKAGE=([chromium]=chromium [firefox]=firefox-esr)

# The version a browser reports (the Debian Chromium launcher prints a harmless shell warning on
# stderr: keep only the version).
version() { "${EXECUTABLE[$1]}" --version 2>/dev/null || echo 'present'; }

if [ $# -eq 0 ]; then
  echo "usage: $0 chromium|firefox…" >&2
  exit 2
fi
missing=()
for name in "$@"; do
  if [ -z "${EXECUTABLE[$name]:-}" ]; then
    echo "ensure-browser: unknown browser '$name' (chromium or firefox)" >&2
    exit 2
  fi
  if [ -x "${EXECUTABLE[$name]}" ]; then
    echo "$name: $(version "$name")"
  else
    echo "$name: ${EXECUTABLE[$name]} is missing; installing the Debian package ${PACKAGE[$name]}"
    missing+=("$name")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

packages=()
for name in "${missing[@]}"; do packages+=("${PACKAGE[$name]}"); done
SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
  else
    echo "ensure-browser: not root and no sudo; install them with: apt-get install -y ${packages[*]}" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
echo "+ apt-get update"
"${SUDO[@]}" apt-get update
echo "+ apt-get install -y ${packages[*]}"
"${SUDO[@]}" apt-get install -y "${packages[@]}"

status=0
for name in "${missing[@]}"; do
  if [ -x "${EXECUTABLE[$name]}" ]; then
    echo "$name: installed $(version "$name")"
  else
    echo "$name: apt finished but ${EXECUTABLE[$name]} is still missing" >&2
    status=1
  fi
done
exit $status
